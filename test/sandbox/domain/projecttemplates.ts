/**
 * Project templates (docs/api/projecttemplates.md): type, budget, statuses (own or a workflow's)
 * and a task bundle of task lists with tasks that projects created from the template receive.
 */
import type { Store } from '../store';
import type { HandlerTable } from '../types';
import {
	auditFields,
	projectStatusesOf,
	projectTemplatesOf,
	publicView,
	touch,
	type StoredProjectTemplate,
	type TemplateTaskList,
} from './projects-model';
import { createDefaultStatuses, newProjectStatus, statusesOfTemplate } from './projects-create';
import { assertName, invalidOperation, requireBodyObject, requireUsableProjectType } from './projects-rules';
import { assertProjectStatusForm } from './workflows';
import { taskStatusesOf, type StoredTaskStatus, type TaskStatusType } from './tasks-shared';
import { byOrder, ensureWorkflowStatuses, newTaskStatus } from './taskstatuses-scope';
import { applyChanges } from './shared/changes';
import { withoutInternals } from './shared/internals';
import { noContent, ok } from './shared/respond';

const BILLABLE_MODES = ['on', 'off', 'auto'];

export interface TemplateForm {
	name: string;
	description?: string | null;
	isBillableByDefault?: string | null;
	projectTypeId?: string | null;
	timeBudget?: number | null;
	copyImageToProjectOnCreation?: boolean;
	workflowId?: string | null;
	taskLists?: TemplateTaskList[];
	tags?: Array<{ name: string; color: string | null }>;
}

function assertTemplateForm(store: Store, form: Record<string, any>): void {
	assertName(form.name);
	if (form.isBillableByDefault != null && !BILLABLE_MODES.includes(form.isBillableByDefault)) {
		throw invalidOperation(`isBillableByDefault must be one of ${BILLABLE_MODES.join(', ')}.`);
	}
	if (form.projectTypeId) requireUsableProjectType(store, form.projectTypeId);
}

export function newProjectTemplate(store: Store, actorId: string, form: TemplateForm): StoredProjectTemplate {
	assertTemplateForm(store, form);
	const template = projectTemplatesOf(store).insert({
		id: store.newId(),
		name: form.name,
		description: form.description ?? null,
		...auditFields(store, actorId),
		isBillableByDefault: form.isBillableByDefault ?? 'auto',
		defaultTaskListIdForEmails: null,
		hasImage: false,
		copyImageToProjectOnCreation: form.copyImageToProjectOnCreation ?? false,
		projectTypeId: form.projectTypeId ?? null,
		workflowId: form.workflowId ?? null,
		timeBudget: form.timeBudget ?? 0,
		hasRelativeTasks: false,
		_taskBundleId: store.newId(),
		_taskLists: form.taskLists ?? [],
		_customFieldLinks: [],
		_tags: (form.tags ?? []).map((t) => ({ id: store.newId(), name: t.name, color: t.color })),
	});
	if (!template.workflowId) createDefaultStatuses(store, actorId, { projectTemplateId: template.id });
	return template;
}

/** Template-specific copies of the workflow's project statuses replace the link (spec: unlinkworkflow). */
export function unlinkTemplateWorkflow(store: Store, template: StoredProjectTemplate, actorId: string): void {
	if (!template.workflowId) throw invalidOperation('The project template is not linked to a workflow.');
	for (const s of statusesOfTemplate(store, template)) {
		newProjectStatus(store, actorId, { name: s.name, type: s.type, order: s.order ?? 0 }, { projectTemplateId: template.id });
	}
	template.workflowId = null;
	touch(store, template, actorId);
}

const DEFAULT_TEMPLATE_TASK_STATUSES: Array<[string, TaskStatusType, string]> = [
	['To do', 'todo', 'circle'],
	['In progress', 'progress', 'clock'],
	['Done', 'done', 'check'],
];

/**
 * The task statuses of a template (docs/changelog.md): its workflow's shared ones when it is linked
 * to one, else its own (neither projectId nor workflowId set), created with defaults on first use.
 */
export function templateTaskStatuses(store: Store, template: StoredProjectTemplate, actorId: string): StoredTaskStatus[] {
	if (template.workflowId) return ensureWorkflowStatuses(store, template.workflowId, actorId);
	const own = taskStatusesOf(store).where((s) => s._projectTemplateId === template.id);
	if (own.length > 0) return own.sort(byOrder);
	return DEFAULT_TEMPLATE_TASK_STATUSES.map(([name, type, icon], index) =>
		Object.assign(newTaskStatus(store, actorId, { name, type, icon, order: index + 1 }, {}), { _projectTemplateId: template.id }),
	);
}

/** GET shape: the (deprecated, still sent) nested statuses include workflow-inherited ones. */
export function renderTemplate(store: Store, template: StoredProjectTemplate) {
	return { ...publicView(template), projectStatuses: statusesOfTemplate(store, template).map(publicView) };
}

export const projectTemplateHandlers: HandlerTable = {
	'GET /projecttemplates': (req, ctx) =>
		ctx.list(req, projectTemplatesOf(ctx.store).all().map((t) => renderTemplate(ctx.store, t))),
	'GET /projecttemplates/{projectTemplateId}': (req, ctx) =>
		ok(renderTemplate(ctx.store, projectTemplatesOf(ctx.store).require(req.params.projectTemplateId))),
	'POST /projecttemplates': (req, ctx) => {
		const form = requireBodyObject(req);
		return ok(renderTemplate(ctx.store, newProjectTemplate(ctx.store, req.userId, form as TemplateForm)));
	},
	'PUT /projecttemplates/{projectTemplateId}': (req, ctx) => {
		const template = projectTemplatesOf(ctx.store).require(req.params.projectTemplateId);
		const form = requireBodyObject(req);
		assertTemplateForm(ctx.store, form);
		const changes = applyChanges(template, {
			name: form.name,
			description: form.description,
			isBillableByDefault: form.isBillableByDefault,
			defaultTaskListIdForEmails: form.defaultTaskListIdForEmails,
			copyImageToProjectOnCreation: form.copyImageToProjectOnCreation,
			projectTypeId: form.projectTypeId,
			// A null budget leaves it unchanged (ProjectTemplateForm.timeBudget).
			timeBudget: form.timeBudget ?? undefined,
		});
		if (changes.length > 0) touch(ctx.store, template, req.userId);
		return ok(renderTemplate(ctx.store, template));
	},
	'DELETE /projecttemplates/{projectTemplateId}': (req, ctx) => {
		const template = projectTemplatesOf(ctx.store).require(req.params.projectTemplateId);
		for (const s of projectStatusesOf(ctx.store).where((s) => s.projectTemplateId === template.id)) {
			projectStatusesOf(ctx.store).delete(s.id);
		}
		for (const s of taskStatusesOf(ctx.store).where((s) => s._projectTemplateId === template.id)) taskStatusesOf(ctx.store).delete(s.id);
		projectTemplatesOf(ctx.store).delete(template.id);
		return noContent();
	},
	'GET /projecttemplates/{projectTemplateId}/projectstatuses': (req, ctx) => {
		const template = projectTemplatesOf(ctx.store).require(req.params.projectTemplateId);
		return ctx.list(req, statusesOfTemplate(ctx.store, template).map(publicView));
	},
	'POST /projecttemplates/{projectTemplateId}/projectstatuses': (req, ctx) => {
		const template = projectTemplatesOf(ctx.store).require(req.params.projectTemplateId);
		if (template.workflowId) throw invalidOperation('The template takes its statuses from its workflow; add the status there.');
		const form = requireBodyObject(req);
		assertProjectStatusForm(form);
		const order = statusesOfTemplate(ctx.store, template).reduce((max, s) => Math.max(max, s.order ?? 0), -1) + 1;
		return ok(publicView(newProjectStatus(ctx.store, req.userId, { name: form.name, type: form.type, order }, { projectTemplateId: template.id })));
	},
	'GET /projecttemplates/{projectTemplateId}/taskstatuses': (req, ctx) => {
		const template = projectTemplatesOf(ctx.store).require(req.params.projectTemplateId);
		return ctx.list(req, templateTaskStatuses(ctx.store, template, req.userId).map(withoutInternals));
	},
	'POST /projecttemplates/{projectTemplateId}/unlinkworkflow': (req, ctx) => {
		const template = projectTemplatesOf(ctx.store).require(req.params.projectTemplateId);
		unlinkTemplateWorkflow(ctx.store, template, req.userId);
		return ok(renderTemplate(ctx.store, template));
	},
	'GET /projecttemplates/{projectTemplateId}/taskbundle': (req, ctx) =>
		ok({ taskBundleId: projectTemplatesOf(ctx.store).require(req.params.projectTemplateId)._taskBundleId }),
};
