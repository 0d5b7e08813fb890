/**
 * Which task statuses a task may have (docs/changelog.md, "Workflows"): a project linked to a
 * workflow uses the workflow's shared statuses (`projectId: null`, `workflowId` set, the same ids in
 * every linked project); a project without a workflow has its own (`projectId` set, `workflowId:
 * null`); private tasks use a per-user set. Sets are created with awork's defaults on first use.
 */
import type { Store } from '../store';
import {
	audit,
	projectsOf,
	taskStatusesOf,
	type StoredTask,
	type StoredTaskStatus,
	type TaskStatusType,
} from './tasks-shared';

type StatusSeed = Array<[string, TaskStatusType, string]>;

const DEFAULT_PROJECT_STATUSES: StatusSeed = [
	['To do', 'todo', 'circle'],
	['In progress', 'progress', 'clock'],
	['Review', 'review', 'eye'],
	['Stuck', 'stuck', 'alert'],
	['Done', 'done', 'check'],
];
const DEFAULT_PRIVATE_STATUSES: StatusSeed = [
	['To do', 'todo', 'circle'],
	['Done', 'done', 'check'],
];

/** Exactly one of the scopes is set: a project, a workflow or a private owner. */
export interface StatusScope {
	projectId?: string | null;
	workflowId?: string | null;
	privateOwnerId?: string;
}

export function newTaskStatus(
	store: Store,
	actorId: string,
	fields: { name: string; type: TaskStatusType; icon: string | null; order: number },
	scope: StatusScope,
): StoredTaskStatus {
	return taskStatusesOf(store).insert({
		id: store.newId(),
		name: fields.name,
		type: fields.type,
		order: fields.order,
		icon: fields.icon,
		projectId: scope.projectId ?? null,
		projectTypeId: null,
		workflowId: scope.workflowId ?? null,
		...audit(store, actorId),
		isExternal: false,
		...(scope.privateOwnerId ? { _privateOwnerId: scope.privateOwnerId } : {}),
	});
}

export const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

function ensureSet(store: Store, actorId: string, existing: StoredTaskStatus[], defaults: StatusSeed, scope: StatusScope) {
	if (existing.length > 0) return existing.sort(byOrder);
	return defaults.map(([name, type, icon], index) => newTaskStatus(store, actorId, { name, type, icon, order: index + 1 }, scope));
}

/** A workflow's own shared statuses (never a project's or a user's). */
export const isWorkflowStatus = (workflowId: string) => (s: StoredTaskStatus) => s.workflowId === workflowId && !s.projectId;

/** The workflow's shared task statuses in order; awork's defaults on first use (a workflow always has a todo and a done). */
export function ensureWorkflowStatuses(store: Store, workflowId: string, actorId: string): StoredTaskStatus[] {
	const existing = taskStatusesOf(store).where(isWorkflowStatus(workflowId));
	return ensureSet(store, actorId, existing, DEFAULT_PROJECT_STATUSES, { workflowId });
}

/** The project's own (project-specific) statuses, without creating any. */
export function ownProjectStatuses(store: Store, projectId: string): StoredTaskStatus[] {
	return taskStatusesOf(store).where((s) => s.projectId === projectId).sort(byOrder);
}

/** "Belongs to this project": its own status, or a shared status of the workflow it is linked to. */
export function belongsToProject(project: { id: string; workflowId?: string | null }) {
	return (s: StoredTaskStatus) =>
		s.projectId === project.id || (!!project.workflowId && isWorkflowStatus(project.workflowId)(s));
}

/** The statuses a project's tasks may have, in order: its workflow's when linked, else its own. */
export function ensureProjectStatuses(store: Store, projectId: string, actorId: string): StoredTaskStatus[] {
	const project = projectsOf(store).require(projectId);
	if (project.workflowId) return ensureWorkflowStatuses(store, project.workflowId, actorId);
	return ensureSet(store, actorId, ownProjectStatuses(store, project.id), DEFAULT_PROJECT_STATUSES, { projectId: project.id });
}

/** A user's private-task statuses in order; created on first use. */
export function ensurePrivateStatuses(store: Store, userId: string): StoredTaskStatus[] {
	const existing = taskStatusesOf(store).where((s) => s._privateOwnerId === userId);
	return ensureSet(store, userId, existing, DEFAULT_PRIVATE_STATUSES, { privateOwnerId: userId });
}

/** The statuses a task may have: its project's (own or workflow's), or its private owner's. */
export function statusesForTask(store: Store, task: Pick<StoredTask, 'baseType' | 'projectId' | 'userId'>, actorId: string) {
	return task.baseType === 'projecttask'
		? ensureProjectStatuses(store, task.projectId!, actorId)
		: ensurePrivateStatuses(store, task.userId!);
}

/** The first status of type todo (awork's default for new tasks), else the first one. */
export function defaultStatus(statuses: StoredTaskStatus[]): StoredTaskStatus {
	return statuses.find((s) => s.type === 'todo') ?? statuses[0];
}

/** The status of `statuses` that takes the place of `current` (same type, else the default). */
export function counterpartOf(statuses: StoredTaskStatus[], current: StoredTaskStatus | undefined): StoredTaskStatus {
	return statuses.find((s) => s.type === current?.type) ?? defaultStatus(statuses);
}
