/**
 * Creating a project (docs/api/projects.md): from scratch (own default statuses), with a workflow
 * (the workflow's shared statuses) or from a template (the template's statuses or workflow, its
 * type, budget, custom fields and task lists with their tasks). Used by `POST /projects` and the seed.
 */
import { invalidOperation, notFound } from '../http/errors';
import type { Store } from '../store';
import {
	auditFields,
	projectStatusesOf,
	projectTemplatesOf,
	projectsOf,
	resourceVersion,
	taskListsOf,
	tasksOf,
	workflowsOf,
	type StoredProject,
	type StoredProjectStatus,
	type StoredProjectTemplate,
} from './projects-model';
import {
	assertDateOrder,
	assertName,
	assertProjectKeyFree,
	generateProjectKey,
	requireCompany,
	requireUsableProjectType,
	statusesOfProject,
} from './projects-rules';
import { refreshNested } from './projects-status-logic';
import { ensureProjectStatuses } from './taskstatuses-scope';
import { entityArchived } from './shared/respond';

/** The statuses a new project gets when neither a template nor a workflow brings its own. */
export const DEFAULT_PROJECT_STATUSES: ReadonlyArray<readonly [string, string]> = [
	['Not started', 'not-started'],
	['In progress', 'progress'],
	['Stuck', 'stuck'],
	['Done', 'closed'],
];

export interface StatusOwner {
	projectId?: string;
	projectTemplateId?: string;
	workflowId?: string;
}

export function newProjectStatus(
	store: Store,
	actorId: string,
	fields: { name: string; type: string; order: number; description?: string | null },
	owner: StatusOwner,
): StoredProjectStatus {
	return projectStatusesOf(store).insert({
		id: store.newId(),
		name: fields.name,
		type: fields.type,
		// Only the nested status on a project shows a description; the status model has none.
		_description: fields.description ?? null,
		order: fields.order,
		projectId: owner.projectId ?? null,
		projectTemplateId: owner.projectTemplateId ?? null,
		workflowId: owner.workflowId ?? null,
		isExternal: false,
		...auditFields(store, actorId),
	});
}

export function createDefaultStatuses(store: Store, actorId: string, owner: StatusOwner): StoredProjectStatus[] {
	return DEFAULT_PROJECT_STATUSES.map(([name, type], index) =>
		newProjectStatus(store, actorId, { name, type, order: index }, owner),
	);
}

/** The fields of `ExtendedProjectForm` this sandbox acts on. */
export interface ProjectForm {
	name: string;
	description?: string | null;
	isPrivate?: boolean;
	startDate?: string | null;
	dueDate?: string | null;
	companyId?: string | null;
	timeBudget?: number | null;
	isBillableByDefault?: boolean | null;
	projectTypeId?: string | null;
	color?: string | null;
	deductNonBillableHours?: boolean;
	isProjectKeyVisible?: boolean | null;
	projectKey?: string | null;
	projectStatusId?: string | null;
	projectTemplateId?: string | null;
	workflowId?: string | null;
}

function requireUsableWorkflow(store: Store, workflowId: string) {
	const workflow = workflowsOf(store).require(workflowId);
	if (workflow.isArchived) throw entityArchived(`The workflow '${workflow.name}' is archived and cannot be linked.`);
	return workflow;
}

/** Validates the form, stores the project with its statuses (and template content), returns it. */
export function createProject(store: Store, form: ProjectForm, actorId: string): StoredProject {
	assertName(form.name);
	assertDateOrder(form.startDate, form.dueDate);
	if (form.projectTemplateId && form.workflowId) {
		throw invalidOperation('A workflow cannot be specified when the project is created from a template.');
	}
	const template = form.projectTemplateId ? projectTemplatesOf(store).require(form.projectTemplateId) : undefined;
	const workflowId = form.workflowId ?? template?.workflowId ?? null;
	if (workflowId) requireUsableWorkflow(store, workflowId);
	requireCompany(store, form.companyId);
	const projectTypeId = form.projectTypeId ?? template?.projectTypeId ?? null;
	if (projectTypeId) requireUsableProjectType(store, projectTypeId);
	if (form.projectKey) assertProjectKeyFree(store, form.projectKey, false);

	const id = store.newId();
	const project: StoredProject = {
		id,
		name: form.name,
		isPrivate: form.isPrivate ?? false,
		description: joinDescriptions(form.description, template?.description),
		startDate: form.startDate ?? null,
		dueDate: form.dueDate ?? null,
		companyId: form.companyId ?? null,
		timeBudget: form.timeBudget ?? template?.timeBudget ?? 0,
		isBillableByDefault: form.isBillableByDefault ?? templateBillable(template),
		projectTypeId,
		color: form.color ?? null,
		deductNonBillableHours: form.deductNonBillableHours ?? true,
		isProjectKeyVisible: form.isProjectKeyVisible ?? null,
		projectStatusId: '',
		projectTemplateId: template?.id ?? null,
		publicProjectTemplateId: null,
		workflowId,
		projectKey: form.projectKey ?? generateProjectKey(store, form.name),
		hasImage: false,
		...auditFields(store, actorId),
		closedOn: null,
		closedBy: null,
		createdByProjectTemplateId: template?.id ?? null,
		tags: template ? template._tags.map((t) => ({ id: store.newId(), name: t.name, color: t.color })) : [],
		members: [],
		customFields: [],
		resourceVersion: resourceVersion(store),
		teams: [],
		isExternal: false,
		isRetainer: false,
		isMultiAssignmentAllowed: true,
		_customFieldLinks: template ? template._customFieldLinks.map((link) => ({ ...link })) : [],
	};

	if (!workflowId) {
		// A template's own statuses are copied; otherwise the project gets the workspace defaults.
		const source = template ? statusesOfTemplate(store, template) : [];
		if (source.length > 0) {
			for (const s of source) newProjectStatus(store, actorId, { name: s.name, type: s.type, order: s.order ?? 0 }, { projectId: id });
		} else {
			createDefaultStatuses(store, actorId, { projectId: id });
		}
	}
	const valid = statusesOfProject(store, project);
	if (valid.length === 0) throw invalidOperation('The workflow has no project statuses to start the project in.');
	const requestedStatusId = form.projectStatusId?.toLowerCase();
	if (requestedStatusId) {
		const chosen = valid.find((s) => s.id === requestedStatusId)
			// Statuses of the template are copied, so a template status id picks the copy of that status.
			?? matchTemplateStatus(store, template, requestedStatusId, valid);
		if (!chosen) throw invalidOperation(`The project status '${requestedStatusId}' is not valid for this project.`);
		if (chosen._archived) throw entityArchived(`The project status '${chosen.name}' is archived.`);
		project.projectStatusId = chosen.id;
	} else {
		project.projectStatusId = (valid.find((s) => s.type === 'not-started' && !s._archived) ?? valid[0]).id;
	}
	refreshNested(store, project);
	if (project.projectStatus?.type === 'closed') {
		project.closedOn = project.createdOn;
		project.closedBy = actorId;
	}
	projectsOf(store).insert(project);
	if (template) copyTemplateTasks(store, template, project, actorId);
	return project;
}

function joinDescriptions(own: string | null | undefined, fromTemplate: string | null | undefined): string | null {
	// The template's description is appended to the project's (ProjectTemplate.description).
	const parts = [own, fromTemplate].filter((part): part is string => !!part);
	return parts.length > 0 ? parts.join('\n') : null;
}

function templateBillable(template: StoredProjectTemplate | undefined): boolean {
	return template?.isBillableByDefault === 'on';
}

export function statusesOfTemplate(store: Store, template: StoredProjectTemplate): StoredProjectStatus[] {
	return projectStatusesOf(store)
		.where((s) => (template.workflowId ? s.workflowId === template.workflowId : s.projectTemplateId === template.id))
		.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

function matchTemplateStatus(
	store: Store,
	template: StoredProjectTemplate | undefined,
	statusId: string,
	valid: StoredProjectStatus[],
): StoredProjectStatus | undefined {
	if (!template) return undefined;
	const original = projectStatusesOf(store).get(statusId);
	if (!original || original.projectTemplateId !== template.id) return undefined;
	return valid.find((s) => s.name === original.name && s.type === original.type);
}

/** The template's task lists and tasks become the project's (task numbers start at 1). */
function copyTemplateTasks(store: Store, template: StoredProjectTemplate, project: StoredProject, actorId: string): void {
	if (template._taskLists.length === 0) return;
	const statuses = ensureProjectStatuses(store, project.id, actorId);
	const firstOpen = statuses.find((s) => s.type === 'todo') ?? statuses[0];
	const typeOfWork = store.collection<{ id: string }>('typesOfWork', 'type of work').all()[0];
	if (!typeOfWork) throw notFound('type of work', 'default');
	let taskNumber = 0;
	template._taskLists.forEach((templateList, listIndex) => {
		const list = taskListsOf(store).insert({
			id: store.newId(),
			projectId: project.id,
			name: templateList.name,
			order: listIndex + 1,
			isArchived: false,
			isHiddenForConnectUsers: false,
			plannedDuration: templateList.tasks.reduce((sum, t) => sum + t.plannedDuration, 0),
			...auditFields(store, actorId),
		});
		templateList.tasks.forEach((templateTask, taskIndex) => {
			const id = store.newId();
			taskNumber++;
			tasksOf(store).insert({
				id,
				name: templateTask.name,
				description: null,
				isPrio: false,
				startOn: null,
				dueOn: null,
				laneOrder: taskNumber,
				plannedDuration: templateTask.plannedDuration,
				taskNumber,
				isExternal: false,
				createdVia: 'projecttemplate',
				isHiddenForConnectUsers: false,
				baseType: 'projecttask',
				taskStatusId: firstOpen.id,
				typeOfWorkId: typeOfWork.id,
				assignees: [],
				projectId: project.id,
				correlationId: id,
				parentId: null,
				isSubtask: false,
				hasAttachment: false,
				entityId: project.id,
				userId: null,
				tags: [],
				...auditFields(store, actorId),
				closedOn: null,
				closedBy: null,
				order: taskNumber,
				subtaskOrder: null,
				createdFromTaskId: null,
				isRecurring: false,
				customFields: [],
				resourceVersion: resourceVersion(store),
				taskSchedulesCount: 0,
				isCompletelyScheduled: false,
				_lists: [{ id: list.id, order: taskIndex + 1 }],
				_assignedOn: {},
			});
		});
	});
}
