/**
 * Workflows: reusable sets of project and task statuses shared by every linked project
 * (docs/api/workflows.md, docs/changelog.md). Shared statuses carry `workflowId` and no `projectId`.
 */
import { notFound } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable, SandboxRequest } from '../types';
import {
	auditFields,
	projectStatusesOf,
	projectsOf,
	projectTemplatesOf,
	publicView,
	touch,
	workflowsOf,
	type Entity,
} from './projects-model';
import { newProjectStatus } from './projects-create';
import { assertName, invalidOperation, requireBodyObject } from './projects-rules';
import { moveToStatus } from './projects-status-logic';
import { unlinkWorkflow } from './projects-workflow';
import { unlinkTemplateWorkflow } from './projecttemplates';
import { taskStatusesOf } from './tasks-shared';
import { isWorkflowStatus } from './taskstatuses-scope';
import { copyWorkflowTaskStatuses, workflowTaskStatusHandlers } from './workflows-taskstatuses';
import { applyChanges } from './shared/changes';
import { noContent, ok } from './shared/respond';

export { newWorkflowTaskStatus } from './workflows-taskstatuses';

export function newWorkflow(store: Store, actorId: string, form: { name: string; icon?: string | null }): Entity {
	return workflowsOf(store).insert({
		id: store.newId(),
		...auditFields(store, actorId),
		name: form.name,
		icon: form.icon ?? null,
		isArchived: false,
		isExternal: false,
		_customFieldLinks: [] as Array<{ customFieldDefinitionId: string; order: number }>,
	});
}

const PROJECT_STATUS_TYPES = ['not-started', 'progress', 'stuck', 'closed'];
export function assertProjectStatusForm(form: Record<string, any>): void {
	assertName(form.name);
	if (!PROJECT_STATUS_TYPES.includes(form.type)) {
		throw invalidOperation(`'${form.type}' is not a project status type; use one of ${PROJECT_STATUS_TYPES.join(', ')}.`);
	}
}

const workflowStatuses = (store: Store, workflowId: string) =>
	projectStatusesOf(store).where((s) => s.workflowId === workflowId).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

function requireWorkflowStatus(store: Store, req: SandboxRequest) {
	const workflow = workflowsOf(store).require(req.params.workflowId);
	const status = projectStatusesOf(store).get(req.params.projectStatusId);
	if (!status || status.workflowId !== workflow.id) throw notFound('project status', req.params.projectStatusId);
	return { workflow, status };
}

export const workflowHandlers: HandlerTable = {
	'GET /workflows': (req, ctx) => {
		const showArchived = String(req.query.showArchived ?? 'false').toLowerCase() === 'true';
		return ctx.list(req, workflowsOf(ctx.store).where((w) => showArchived || !w.isArchived).map(publicView));
	},
	'GET /workflows/{workflowId}': (req, ctx) => ok(publicView(workflowsOf(ctx.store).require(req.params.workflowId))),
	'POST /workflows': (req, ctx) => {
		const form = requireBodyObject(req);
		assertName(form.name);
		return ok(publicView(newWorkflow(ctx.store, req.userId, form as { name: string })));
	},
	'PUT /workflows/{workflowId}': (req, ctx) => {
		const workflow = workflowsOf(ctx.store).require(req.params.workflowId);
		const form = requireBodyObject(req);
		assertName(form.name);
		if (applyChanges(workflow, { name: form.name, icon: form.icon ?? null }).length > 0) touch(ctx.store, workflow, req.userId);
		return ok(publicView(workflow));
	},
	'POST /workflows/{workflowId}/setarchived': (req, ctx) => {
		const workflow = workflowsOf(ctx.store).require(req.params.workflowId);
		workflow.isArchived = requireBodyObject(req).isArchived === true;
		touch(ctx.store, workflow, req.userId);
		return ok(publicView(workflow));
	},
	/** Copies name (+ " (Copy)"), shared statuses and custom field links. */
	'POST /workflows/{workflowId}/copy': (req, ctx) => {
		const store = ctx.store;
		const source = workflowsOf(store).require(req.params.workflowId);
		const copy = newWorkflow(store, req.userId, { name: `${source.name} (Copy)`, icon: source.icon });
		copy._customFieldLinks = source._customFieldLinks.map((l: object) => ({ ...l }));
		for (const s of workflowStatuses(store, source.id)) {
			newProjectStatus(store, req.userId, { name: s.name, type: s.type, order: s.order ?? 0 }, { workflowId: copy.id });
		}
		copyWorkflowTaskStatuses(store, req.userId, source.id, copy.id);
		return ok(publicView(copy));
	},
	/** `unlink` (default) gives linked projects their own copies of the statuses first. */
	'POST /workflows/{workflowId}/delete': (req, ctx) => {
		const store = ctx.store;
		const workflow = workflowsOf(store).require(req.params.workflowId);
		const operation = String(req.body?.deleteOperation ?? 'unlink').toLowerCase();
		const linked = projectsOf(store).where((p) => p.workflowId === workflow.id);
		if (operation !== 'unlink' && linked.length > 0) {
			throw invalidOperation(`The delete operation '${operation}' is not supported by the sandbox; use 'unlink'.`);
		}
		for (const project of linked) unlinkWorkflow(store, project, req.userId);
		for (const template of projectTemplatesOf(store).where((t) => t.workflowId === workflow.id)) {
			unlinkTemplateWorkflow(store, template, req.userId);
		}
		for (const s of workflowStatuses(store, workflow.id)) projectStatusesOf(store).delete(s.id);
		for (const s of taskStatusesOf(store).where(isWorkflowStatus(workflow.id))) taskStatusesOf(store).delete(s.id);
		workflowsOf(store).delete(workflow.id);
		return noContent();
	},

	'GET /workflows/{workflowId}/projectstatuses': (req, ctx) => {
		const workflow = workflowsOf(ctx.store).require(req.params.workflowId);
		return ctx.list(req, workflowStatuses(ctx.store, workflow.id).map(publicView));
	},
	'GET /workflows/{workflowId}/projectstatuses/{projectStatusId}': (req, ctx) =>
		ok(publicView(requireWorkflowStatus(ctx.store, req).status)),
	'POST /workflows/{workflowId}/projectstatuses': (req, ctx) => {
		const workflow = workflowsOf(ctx.store).require(req.params.workflowId);
		const form = requireBodyObject(req);
		assertProjectStatusForm(form);
		const order = workflowStatuses(ctx.store, workflow.id).reduce((max, s) => Math.max(max, s.order ?? 0), -1) + 1;
		return ok(publicView(newProjectStatus(ctx.store, req.userId, { name: form.name, type: form.type, order }, { workflowId: workflow.id })));
	},
	'PUT /workflows/{workflowId}/projectstatuses/{projectStatusId}': (req, ctx) => {
		const { status } = requireWorkflowStatus(ctx.store, req);
		const form = requireBodyObject(req);
		assertProjectStatusForm(form);
		if (applyChanges(status, { name: form.name, type: form.type }).length > 0) {
			touch(ctx.store, status, req.userId);
			for (const p of projectsOf(ctx.store).where((p) => p.projectStatusId === status.id)) {
				p.projectStatus = { ...p.projectStatus, name: status.name, type: status.type };
			}
		}
		return ok(publicView(status));
	},
	/** The last status cannot go; projects in the status move to `newProjectStatusId` of the same workflow. */
	'POST /workflows/{workflowId}/projectstatuses/{projectStatusId}/delete': (req, ctx) => {
		const store = ctx.store;
		const { workflow, status } = requireWorkflowStatus(store, req);
		if (workflowStatuses(store, workflow.id).length <= 1) throw invalidOperation('The last project status of a workflow cannot be deleted.');
		const inStatus = projectsOf(store).where((p) => p.projectStatusId === status.id);
		if (inStatus.length > 0) {
			const targetId: string | undefined = req.body?.newProjectStatusId ?? undefined;
			const target = targetId ? projectStatusesOf(store).get(targetId) : undefined;
			if (!target || target.workflowId !== workflow.id || target.id === status.id) {
				throw invalidOperation('Projects use this status; newProjectStatusId must name another status of the same workflow.');
			}
			for (const project of inStatus) moveToStatus(store, project, target, req.userId);
		}
		projectStatusesOf(store).delete(status.id);
		return noContent();
	},

	...workflowTaskStatusHandlers,
};
