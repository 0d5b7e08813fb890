/**
 * The task rules shared by create, copy, status changes and delete: who owns a task, which
 * status/type/list/parent it may have, per-project task numbers, and what a delete takes with it.
 */
import { ApiError, invalidOperation, notFound } from '../http/errors';
import type { Store } from '../store';
import { statusesForTask, defaultStatus } from './taskstatuses-scope';
import {
	assertDateOrder,
	audit,
	checklistItemsOf,
	commentsOf,
	nextResourceVersion,
	orderAfterLast,
	requireWritableProject,
	taskListsOf,
	taskStatusesOf,
	tasksOf,
	timeEntriesOf,
	typesOfWorkOf,
	usersOf,
	type StoredTask,
	type StoredTaskStatus,
} from './tasks-shared';
import { entityArchived } from './shared/respond';

/** Per-project task-number counters: numbers are never reused, even after a delete. */
export const taskNumberCounters = (store: Store) => store.collection<{ id: string; last: number }>('taskNumberCounters', 'task counter');

export function nextTaskNumber(store: Store, projectId: string): number {
	// Tasks inserted by others (e.g. from a project template) already hold numbers: continue after them.
	const counter =
		taskNumberCounters(store).get(projectId) ??
		taskNumberCounters(store).insert({
			id: projectId,
			last: Math.max(0, ...tasksOf(store).where((t) => t.projectId === projectId).map((t) => t.taskNumber ?? 0)),
		});
	counter.last += 1;
	return counter.last;
}

/** The type of work a task gets: the given one (not archived), else the workspace's first active one. */
export function resolveTypeOfWork(store: Store, typeOfWorkId?: string | null): Record<string, any> {
	const types = typesOfWorkOf(store);
	if (typeOfWorkId) {
		const type = types.require(typeOfWorkId);
		if (type.isArchived) throw entityArchived(`The type of work with the id '${typeOfWorkId}' is archived.`);
		return type;
	}
	const first = types.all().find((t) => !t.isArchived);
	if (!first) throw invalidOperation('The workspace has no active type of work to assign to the task.');
	return first;
}

/** The status `statusId` when it belongs to the task's project (or private owner); else 400. */
export function requireStatusForTask(store: Store, task: Pick<StoredTask, 'baseType' | 'projectId' | 'userId'>, statusId: string, actorId: string): StoredTaskStatus {
	const allowed = statusesForTask(store, task, actorId);
	const status = allowed.find((s) => s.id === statusId.toLowerCase());
	if (status) return status;
	if (!taskStatusesOf(store).has(statusId)) throw notFound('task status', statusId);
	throw invalidOperation(
		task.baseType === 'projecttask'
			? `The task status '${statusId}' does not belong to the project '${task.projectId}'.`
			: `The task status '${statusId}' is not a private task status of the user '${task.userId}'.`,
	);
}

/** When a task changes scope: the new scope's first status of the same type, else its default. */
export function defaultStatusLike(
	store: Store,
	scope: Pick<StoredTask, 'baseType' | 'projectId' | 'userId'>,
	currentStatusId: string,
	actorId: string,
): StoredTaskStatus {
	const statuses = statusesForTask(store, scope, actorId);
	const type = taskStatusesOf(store).get(currentStatusId)?.type;
	return statuses.find((s) => s.type === type) ?? defaultStatus(statuses);
}

/** Sets the status and keeps closedOn/closedBy in step with entering or leaving a done status. */
export function setStatus(store: Store, task: StoredTask, status: StoredTaskStatus, actorId: string): void {
	const wasDone = taskStatusesOf(store).get(task.taskStatusId)?.type === 'done';
	task.taskStatusId = status.id;
	if (status.type === 'done' && !wasDone) {
		task.closedOn = store.timestamp();
		task.closedBy = actorId;
	} else if (status.type !== 'done') {
		task.closedOn = null;
		task.closedBy = null;
	}
}

/** A task the user may see: every project task, and private tasks they own or are assigned to. */
export function isVisibleTo(task: StoredTask, userId: string): boolean {
	const me = userId.toLowerCase();
	return task.baseType === 'projecttask' || task.userId === me || task.assignees.some((a) => a.id === me);
}

export function requireVisibleTask(store: Store, taskId: string, userId: string): StoredTask {
	const task = tasksOf(store).get(taskId);
	if (!task || !isVisibleTo(task, userId)) throw notFound('task', taskId);
	return task;
}

/** The next column order among tasks that share the owner and status. */
export function orderInStatus(store: Store, task: Pick<StoredTask, 'projectId' | 'userId'>, statusId: string): number {
	return orderAfterLast(
		tasksOf(store)
			.where((t) => t.taskStatusId === statusId && t.projectId === task.projectId && t.userId === task.userId)
			.map((t) => t.order),
	);
}

export interface NewTaskInput {
	name: string;
	baseType: 'private' | 'projecttask';
	entityId?: string | null;
	description?: string | null;
	isPrio?: boolean | null;
	startOn?: string | null;
	dueOn?: string | null;
	laneOrder?: number | null;
	plannedDuration?: number | null;
	typeOfWorkId?: string | null;
	taskStatusId?: string | null;
	order?: number | null;
	subtaskOrder?: number | null;
	parentId?: string | null;
	lists?: Array<{ id: string; order?: number | null }>;
}

/** Builds and stores a task from GeneralTaskPostForm, enforcing awork's rules. */
export function createTask(store: Store, actorId: string, input: NewTaskInput, createdVia = 'api'): StoredTask {
	let projectId: string | null = null;
	let ownerId: string | null = null;
	if (input.baseType === 'projecttask') {
		if (!input.entityId) {
			throw new ApiError(400, 'validation-failed', 'The model sent in the request is invalid. See the validation errors for details.', [
				{ property: 'EntityId', message: "'EntityId' must be the project's id for project tasks." },
			]);
		}
		projectId = requireWritableProject(store, input.entityId).id;
	} else {
		ownerId = usersOf(store).require(input.entityId ?? actorId).id;
	}
	const scope = { baseType: input.baseType, projectId, userId: ownerId };
	assertDateOrder(input.startOn, input.dueOn);

	const parent = input.parentId ? requireParent(store, scope, input.parentId, actorId) : undefined;
	const status = input.taskStatusId
		? requireStatusForTask(store, scope, input.taskStatusId, actorId)
		: defaultStatus(statusesForTask(store, scope, actorId));
	const typeOfWork = resolveTypeOfWork(store, input.typeOfWorkId);
	const lists = resolveListAssignments(store, scope, input.lists ?? []);

	const id = store.newId();
	const task: StoredTask = {
		id,
		name: input.name,
		description: input.description ?? null,
		isPrio: input.isPrio ?? false,
		startOn: input.startOn ?? null,
		dueOn: input.dueOn ?? null,
		laneOrder: input.laneOrder ?? 0,
		plannedDuration: input.plannedDuration ?? 0,
		taskNumber: projectId ? nextTaskNumber(store, projectId) : null,
		isExternal: false,
		createdVia,
		isHiddenForConnectUsers: false,
		baseType: input.baseType,
		taskStatusId: status.id,
		typeOfWorkId: typeOfWork.id,
		assignees: [],
		projectId,
		correlationId: parent ? parent.id : id,
		parentId: parent ? parent.id : null,
		isSubtask: !!parent,
		hasAttachment: false,
		entityId: projectId ?? ownerId,
		userId: ownerId,
		tags: [],
		...audit(store, actorId),
		closedOn: null,
		closedBy: null,
		order: input.order ?? orderInStatus(store, scope, status.id),
		subtaskOrder: parent ? (input.subtaskOrder ?? orderAfterLastSubtask(store, parent.id)) : null,
		createdFromTaskId: null,
		isRecurring: false,
		customFields: [],
		resourceVersion: nextResourceVersion(store),
		taskSchedulesCount: 0,
		isCompletelyScheduled: false,
		_lists: lists,
		_assignedOn: {},
	};
	if (status.type === 'done') {
		task.closedOn = task.createdOn;
		task.closedBy = actorId;
	}
	return tasksOf(store).insert(task);
}

/** Subtasks live with their parent (same project or owner) and only one level deep. */
function requireParent(store: Store, scope: Pick<StoredTask, 'baseType' | 'projectId' | 'userId'>, parentId: string, actorId: string): StoredTask {
	const parent = requireVisibleTask(store, parentId, actorId);
	if (parent.baseType !== scope.baseType || parent.projectId !== scope.projectId || parent.userId !== scope.userId) {
		throw invalidOperation('A subtask must belong to the same project (or private owner) as its parent task.');
	}
	if (parent.parentId) throw invalidOperation('A subtask cannot have subtasks of its own.');
	return parent;
}

/** List assignments must name lists of the task's own project; private tasks have none. */
export function resolveListAssignments(
	store: Store,
	scope: Pick<StoredTask, 'baseType' | 'projectId'>,
	requested: Array<{ id: string; order?: number | null }>,
): Array<{ id: string; order: number }> {
	if (requested.length > 0 && scope.baseType !== 'projecttask') {
		throw invalidOperation('Private tasks cannot be added to task lists.');
	}
	const result: Array<{ id: string; order: number }> = [];
	for (const { id, order } of requested) {
		const list = taskListsOf(store).get(id);
		if (!list || list.projectId !== scope.projectId) throw notFound('task list', id);
		if (list.isArchived) throw entityArchived(`The task list with the id '${id}' is archived.`);
		if (result.some((r) => r.id === list.id)) continue;
		result.push({ id: list.id, order: order ?? orderInList(store, list.id) });
	}
	return result;
}

export function orderAfterLastSubtask(store: Store, parentId: string): number {
	return orderAfterLast(tasksOf(store).where((t) => t.parentId === parentId).map((t) => t.subtaskOrder));
}

export function orderInList(store: Store, listId: string): number {
	return orderAfterLast(tasksOf(store).all().flatMap((t) => t._lists.filter((l) => l.id === listId).map((l) => l.order)));
}

/**
 * Removes a task with its subtasks, checklist items and comments. Time entries are deleted when
 * asked, else they stay with their task and project reference cleared (TasksDeleteForm).
 * Returns the removed tasks (parent first).
 */
export function deleteTaskCascade(store: Store, task: StoredTask, deleteTimeTrackings: boolean): StoredTask[] {
	const tasks = tasksOf(store);
	const removed = [task, ...tasks.where((t) => t.parentId === task.id)];
	const ids = new Set(removed.map((t) => t.id));
	for (const item of checklistItemsOf(store).where((i) => ids.has(i.taskId))) checklistItemsOf(store).delete(item.id);
	for (const comment of commentsOf(store).where((c) => c._target?.type === 'task' && ids.has(c._target.id))) {
		commentsOf(store).delete(comment.id);
	}
	const entries = timeEntriesOf(store);
	for (const entry of entries.where((e) => e.taskId && ids.has(String(e.taskId).toLowerCase()))) {
		if (deleteTimeTrackings) {
			entries.delete(entry.id);
		} else {
			entry.taskId = null;
			entry.projectId = null;
			delete entry.task;
			delete entry.project;
		}
	}
	for (const t of removed) tasks.delete(t.id);
	return removed;
}
