/**
 * Stored shapes and collection accessors of the project area. Entities are kept in the shape the
 * API returns them (spec models `Project`, `ProjectStatus`, `ProjectType`, ...); fields starting
 * with `_` are sandbox bookkeeping and are stripped by `publicView` before anything leaves.
 */
import type { Store } from '../store';
import { nextResourceVersion } from './shared/versions';

export type Entity = { id: string } & Record<string, any>;

export interface StoredProjectStatus extends Entity {
	name: string;
	/** 'not-started' | 'progress' | 'stuck' | 'closed' */
	type: string;
	order: number | null;
	projectId: string | null;
	projectTemplateId: string | null;
	workflowId: string | null;
	isExternal: boolean;
	/** Archived statuses stay on projects that use them but cannot be chosen again. */
	_archived?: boolean;
}

export interface StoredProjectMember extends Entity {
	userId: string;
	firstName: string | null;
	lastName: string | null;
	hasImage: boolean | null;
	projectRoleId: string;
	projectRoleName: string | null;
	isResponsible: boolean;
	isDeactivated: boolean;
	isExternal: boolean;
}

export interface StoredProject extends Entity {
	name: string;
	projectStatusId: string;
	projectTypeId: string | null;
	companyId: string | null;
	projectKey: string | null;
	workflowId: string | null;
	startDate: string | null;
	dueDate: string | null;
	members: StoredProjectMember[];
	tags: Array<{ id: string; name: string; color: string | null }>;
	customFields: Array<Record<string, any>>;
	/** Custom field definitions linked directly to the project (workflow links come on top). */
	_customFieldLinks: Array<{ customFieldDefinitionId: string; order: number }>;
}

export interface TemplateTaskList {
	name: string;
	tasks: Array<{ name: string; plannedDuration: number }>;
}

export interface StoredProjectTemplate extends Entity {
	name: string;
	projectTypeId: string | null;
	workflowId: string | null;
	/** The template's task bundle, flattened: what a project created from it receives. */
	_taskBundleId: string;
	_taskLists: TemplateTaskList[];
	_customFieldLinks: Array<{ customFieldDefinitionId: string; order: number }>;
	_tags: Array<{ id: string; name: string; color: string | null }>;
}

export const projectsOf = (store: Store) => store.collection<StoredProject>('projects', 'project');
export const projectStatusesOf = (store: Store) =>
	store.collection<StoredProjectStatus>('projectStatuses', 'project status');
export const projectTypesOf = (store: Store) => store.collection<Entity>('projectTypes', 'project type');
export const projectRolesOf = (store: Store) => store.collection<Entity>('projectRoles', 'project role');
export const projectTemplatesOf = (store: Store) =>
	store.collection<StoredProjectTemplate>('projectTemplates', 'project template');
export const workflowsOf = (store: Store) => store.collection<Entity>('workflows', 'workflow');
export const customFieldDefinitionsOf = (store: Store) =>
	store.collection<Entity>('customFieldDefinitions', 'custom field definition');
/** Owned by the people/time and tasks helpers; read here for references and calculated fields. */
export const usersOf = (store: Store) => store.collection<Entity>('users', 'user');
export const companiesOf = (store: Store) => store.collection<Entity>('companies', 'company');
export const tasksOf = (store: Store) => store.collection<Entity>('tasks', 'task');
export const taskListsOf = (store: Store) => store.collection<Entity>('taskLists', 'task list');
export const taskStatusesOf = (store: Store) => store.collection<Entity>('taskStatuses', 'task status');
export const timeEntriesOf = (store: Store) => store.collection<Entity>('timeEntries', 'time entry');
export const commentsOf = (store: Store) => store.collection<Entity>('comments', 'comment');

/** A deep copy without the sandbox's `_`-prefixed bookkeeping fields, at any depth. */
export function publicView<T>(value: T): T {
	if (Array.isArray(value)) return value.map((item) => publicView(item)) as unknown as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, inner] of Object.entries(value)) {
			if (!key.startsWith('_')) out[key] = publicView(inner);
		}
		return out as T;
	}
	return value;
}

/** The audit fields every awork entity carries, for an entity created now by `userId`. */
export function auditFields(store: Store, userId: string) {
	const now = store.timestamp();
	return { createdOn: now, createdBy: userId, updatedOn: now, updatedBy: userId };
}

export function touch(store: Store, entity: Entity, userId: string): void {
	entity.updatedOn = store.timestamp();
	entity.updatedBy = userId;
	if ('resourceVersion' in entity) entity.resourceVersion = resourceVersion(store);
}

/** awork's `resourceVersion` for a change now; one sequence with tasks and comments (`shared/versions.ts`). */
export function resourceVersion(store: Store): number {
	return nextResourceVersion(store);
}
