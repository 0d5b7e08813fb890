/**
 * Shared plumbing of the tasks area: the collections it owns or reads, audit fields and the
 * reference checks every task handler repeats (change records live in `shared/changes.ts`).
 */
import { notFound } from '../http/errors';
import type { Collection, Store } from '../store';
import type { SandboxRequest } from '../types';
import { dateDependency, entityArchived } from './shared/respond';
import { nextResourceVersion } from './shared/versions';

export { nextResourceVersion };

/** A stored task: the TaskModel fields plus `_`-prefixed bookkeeping. */
export interface StoredTask {
	id: string;
	name: string;
	baseType: 'private' | 'projecttask';
	projectId: string | null;
	userId: string | null;
	parentId: string | null;
	taskStatusId: string;
	typeOfWorkId: string;
	taskNumber: number | null;
	assignees: Array<Record<string, any>>;
	tags: Array<{ id: string; name: string | null; color: string | null }>;
	customFields: Array<Record<string, any>>;
	/** Task-list memberships; rendered as `lists` (TaskOrderList) when the task is returned. */
	_lists: Array<{ id: string; order: number }>;
	/** When each assignee was assigned (for `assignedOnFrom`/`assignedOnTo`). */
	_assignedOn: Record<string, string>;
	[property: string]: any;
}

export interface StoredTaskList {
	id: string;
	projectId: string;
	name: string;
	order: number;
	isArchived: boolean;
	[property: string]: any;
}

export interface StoredTaskStatus {
	id: string;
	name: string;
	type: TaskStatusType;
	order: number;
	projectId: string | null;
	/** Set for a user's private-task statuses. */
	_privateOwnerId?: string;
	[property: string]: any;
}

export const TASK_STATUS_TYPES = ['todo', 'progress', 'review', 'stuck', 'done'] as const;
export type TaskStatusType = (typeof TASK_STATUS_TYPES)[number];

export const tasksOf = (store: Store) => store.collection<StoredTask>('tasks', 'task');
export const taskListsOf = (store: Store) => store.collection<StoredTaskList>('taskLists', 'task list');
export const taskStatusesOf = (store: Store) => store.collection<StoredTaskStatus>('taskStatuses', 'task status');
export const checklistItemsOf = (store: Store) => store.collection<Record<string, any> & { id: string }>('checklistItems', 'checklist item');
export const commentsOf = (store: Store) => store.collection<Record<string, any> & { id: string }>('comments', 'comment');
export const taskTagsOf = (store: Store) => store.collection<Record<string, any> & { id: string }>('taskTags', 'tag');
/** Read-only here: owned by the projects and people/time helpers. */
export const projectsOf = (store: Store) => store.collection<Record<string, any> & { id: string }>('projects', 'project');
export const usersOf = (store: Store) => store.collection<Record<string, any> & { id: string }>('users', 'user');
export const typesOfWorkOf = (store: Store) => store.collection<Record<string, any> & { id: string }>('typesOfWork', 'type of work');
export const timeEntriesOf = (store: Store) => store.collection<Record<string, any> & { id: string }>('timeEntries', 'time entry');
export const customFieldDefinitionsOf = (store: Store) =>
	store.collection<Record<string, any> & { id: string }>('customFieldDefinitions', 'custom field definition');

export function audit(store: Store, actorId: string) {
	const at = store.timestamp();
	return { createdOn: at, createdBy: actorId, updatedOn: at, updatedBy: actorId };
}

/** Marks an entity updated; its `resourceVersion` grows with every change. */
export function touch(store: Store, entity: Record<string, any>, actorId: string): void {
	entity.updatedOn = store.timestamp();
	entity.updatedBy = actorId;
	if ('resourceVersion' in entity) entity.resourceVersion = nextResourceVersion(store, entity.resourceVersion);
}

/** A project is read-only for planning once its status is closed (awork archives closed projects). */
export function isProjectArchived(project: Record<string, any>): boolean {
	return project.isArchived === true || project.projectStatus?.type === 'closed';
}

/** The project a task may be planned in: 404 when unknown, `entity-archived` when closed. */
export function requireWritableProject(store: Store, projectId: string): Record<string, any> {
	const project = projectsOf(store).require(projectId);
	if (isProjectArchived(project)) {
		throw entityArchived(`The project with the id '${projectId}' is archived and cannot be changed.`);
	}
	return project;
}

/** `startOn` must not lie after `dueOn`. */
export function assertDateOrder(startOn: string | null | undefined, dueOn: string | null | undefined): void {
	if (startOn && dueOn && Date.parse(startOn) > Date.parse(dueOn)) {
		throw dateDependency('The start date of the task must not be after its due date.');
	}
}

/** Appends after the highest existing order (awork orders are doubles, larger = later). */
export function orderAfterLast(orders: Iterable<number | null | undefined>): number {
	let max = 0;
	for (const order of orders) if (typeof order === 'number' && order > max) max = order;
	return max + 1;
}

/** The entity when it exists and belongs to the parent in the path (else awork's 404 for it). */
export function requireIn<T extends { id: string }>(collection: Collection<T>, id: string, belongs: (entity: T) => boolean): T {
	const found = collection.get(id);
	if (!found || !belongs(found)) throw notFound(collection.entityName, id);
	return found;
}

/** A request body that must be an array (the server validated items; this narrows the type). */
export function bodyArray<T>(req: SandboxRequest): T[] {
	return Array.isArray(req.body) ? (req.body as T[]) : [];
}
