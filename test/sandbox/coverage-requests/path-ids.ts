/**
 * Path parameters for the coverage test that name entities which exist and belong together: the
 * comment of that task, the file of that company, a private task of that user. Each placeholder's
 * candidates follow from the literal segment before it and the entity picked for the placeholder
 * before that; a small backtracking search finds a combination where every level has a match.
 */
import type { Store } from '../store';

export type Entity = Record<string, any> & { id: string };

/** A value for one placeholder; `entity` when it names a stored entity. */
export interface Choice {
	value: string;
	entity?: Entity;
}

export interface Workspace {
	store: Store;
	apiUserId: string;
}

interface Slot {
	name: string;
	/** The literal segment before the placeholder (`files` in `/tasks/{taskId}/files/{fileId}`). */
	segment: string;
}

/** The nearest placeholder before this one that named an entity, and its segment. */
interface Parent {
	choice: Choice;
	segment: string;
}

/** Optional per-parameter filters (a recipe asking for, say, a select-type custom field). */
export type PathFilters = Record<string, (entity: Entity) => boolean>;

/** Collections a placeholder names when its segment needs no parent. */
const COLLECTION_OF_SEGMENT: Record<string, string> = {
	projects: 'projects',
	projectstatuses: 'projectStatuses',
	companies: 'companies',
	users: 'users',
	byuserid: 'users',
	absences: 'absences',
	webhooks: 'webhooks',
	timeentries: 'timeEntries',
	typeofwork: 'typesOfWork',
	projecttypes: 'projectTypes',
	projectroles: 'projectRoles',
	projecttemplates: 'projectTemplates',
	workflows: 'workflows',
	customfielddefinitions: 'customFieldDefinitions',
	workspaces: 'workspaces',
	teams: 'teams',
};

const same = (a: unknown, b: unknown) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();
const entities = (store: Store, name: string) => store.collection<Entity>(name).all();

function isClosedProject(store: Store, projectId: unknown): boolean {
	if (!projectId) return false;
	const project = store.collection<Entity>('projects').get(String(projectId));
	return Boolean(project && (project.isArchived === true || project.projectStatus?.type === 'closed'));
}

/**
 * Whether handlers that change things accept the entity: not archived, deactivated or deleted,
 * not in a closed project, and not the API user (who may not deactivate or delete itself).
 */
export function isUsable(store: Store, apiUserId: string, entity: Entity): boolean {
	if (entity.isArchived === true || entity.isDeleted === true || entity.isDeactivated === true) return false;
	if (entity.projectStatus?.type === 'closed') return false;
	if (isClosedProject(store, entity.projectId)) return false;
	return !same(entity.id, apiUserId);
}

/** Usable entities first, keeping the stored order otherwise (so picks are deterministic). */
export function usableFirst(ws: Workspace, items: Entity[]): Entity[] {
	const usable = items.filter((e) => isUsable(ws.store, ws.apiUserId, e));
	return [...usable, ...items.filter((e) => !usable.includes(e))];
}

const isVisibleTask = (task: Entity, userId: string) =>
	task.baseType === 'projecttask' || same(task.userId, userId) || (task.assignees ?? []).some((a: Entity) => same(a.id, userId));

/**
 * A task status of a workflow, or of a project: its own or, when linked, its workflow's shared one
 * (docs/changelog.md).
 */
function taskStatusBelongs(status: Entity, owner: Entity, ownerSegment: string): boolean {
	if (ownerSegment === 'workflows') return same(status.workflowId, owner.id) && !status.projectId;
	if (ownerSegment !== 'projects') return false;
	return same(status.projectId, owner.id) || (Boolean(owner.workflowId) && same(status.workflowId, owner.workflowId) && !status.projectId);
}

/** The candidates for a placeholder, or undefined when the sandbox has no state for it. */
function candidates(ws: Workspace, slot: Slot, parent: Parent | undefined, owner: string | undefined): Choice[] | undefined {
	const { store } = ws;
	const p = parent?.choice.entity;
	const of = (items: Entity[]) => usableFirst(ws, items).map((entity) => ({ value: entity.id, entity }));
	const tasks = () => entities(store, 'tasks');
	switch (slot.segment) {
		case 'tasks':
			if (p && parent?.segment === 'tasklists') return of(tasks().filter((t) => (t._lists ?? []).some((l: Entity) => same(l.id, p.id))));
			if (p && parent?.segment === 'projects') return of(tasks().filter((t) => same(t.projectId, p.id)));
			return of(tasks().filter((t) => isVisibleTask(t, ws.apiUserId)));
		case 'projecttasks':
			return p ? of(tasks().filter((t) => same(t.projectId, p.id))) : undefined;
		case 'assignedtasks':
			return of(tasks().filter((t) => (t.assignees ?? []).some((a: Entity) => same(a.id, owner))));
		case 'privatetasks':
			return of(tasks().filter((t) => t.baseType === 'private' && same(t.userId, owner)));
		case 'otherprivatetasks':
			return of(tasks().filter((t) => t.baseType === 'private' && !same(t.userId, owner) && (t.assignees ?? []).some((a: Entity) => same(a.id, owner))));
		case 'checklistitems':
			return p ? of(entities(store, 'checklistItems').filter((i) => same(i.taskId, p.id))) : undefined;
		case 'comments':
			return p ? of(entities(store, 'comments').filter((c) => same(c._target?.id, p.id))) : undefined;
		case 'files':
			return of(entities(store, 'files').filter((f) => !f._temporary && (!p || same(f.entityId, p.id))));
		case 'temporaryfiles':
			return of(entities(store, 'files').filter((f) => f._temporary));
		case 'contactinfo':
			return p ? of(p.userContactInfos ?? p.companyContactInfos ?? []) : undefined;
		case 'tasklists':
			return p ? of(entities(store, 'taskLists').filter((l) => same(l.projectId, p.id))) : undefined;
		case 'taskstatuses':
			return p ? of(entities(store, 'taskStatuses').filter((s) => taskStatusBelongs(s, p, parent!.segment))) : undefined;
		case 'projectstatuses':
			return of(entities(store, 'projectStatuses').filter((s) => !p || same(s.workflowId, p.id) || same(s.projectId, p.id)));
		case 'selectionoptions':
			return p ? of(p.selectionOptions ?? []) : undefined;
		case 'apiusers': {
			// Created API users first; the seeded one (whose key the test uses) last.
			const users = entities(store, 'users');
			return [...users.filter((u) => u._apiUser), ...users.filter((u) => same(u.id, ws.apiUserId))].map((entity) => ({ value: entity.id, entity }));
		}
		case 'key':
			return slot.name === 'projectKey' ? projectKeys(ws) : taskKeys(ws);
		default: {
			const collection = COLLECTION_OF_SEGMENT[slot.segment];
			return collection ? of(entities(store, collection)) : undefined;
		}
	}
}

function projectKeys(ws: Workspace): Choice[] {
	return usableFirst(ws, entities(ws.store, 'projects').filter((p) => p.projectKey)).map((p) => ({ value: p.projectKey, entity: p }));
}

/** `KEY-123`: a project's key and one of its task numbers. */
function taskKeys(ws: Workspace): Choice[] {
	const keyOf = new Map(entities(ws.store, 'projects').filter((p) => p.projectKey).map((p) => [p.id, p.projectKey as string]));
	return usableFirst(ws, entities(ws.store, 'tasks').filter((t) => keyOf.has(t.projectId) && t.taskNumber))
		.map((t) => ({ value: `${keyOf.get(t.projectId)}-${t.taskNumber}`, entity: t }));
}

function slotsOf(pathTemplate: string): Slot[] {
	const segments = pathTemplate.split('/').filter(Boolean);
	return segments.flatMap((segment, i) => {
		const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
		return name ? [{ name, segment: (segments[i - 1] ?? '').toLowerCase() }] : [];
	});
}

/** How many candidates per level the search tries (the demo workspace is small; this bounds it). */
const MAX_TRIES = 60;

/**
 * Values for the path's placeholders (sample values stay where the sandbox keeps no state) and
 * the entities they name, by parameter name.
 */
export function resolvePath(
	ws: Workspace,
	pathTemplate: string,
	sample: Record<string, string>,
	filters: PathFilters = {},
): { params: Record<string, string>; picked: Record<string, Entity> } {
	const slots = slotsOf(pathTemplate);
	const meOwner = pathTemplate.toLowerCase().startsWith('/me/') ? ws.apiUserId : undefined;

	const search = (index: number, chosen: Array<Choice | undefined>): Array<Choice | undefined> | undefined => {
		if (index === slots.length) return chosen;
		const slot = slots[index];
		const parentIndex = chosen.map((c, i) => (c?.entity ? i : -1)).filter((i) => i >= 0).pop();
		const parent = parentIndex === undefined ? undefined : { choice: chosen[parentIndex]!, segment: slots[parentIndex].segment };
		const usersChoice = slots.findIndex((s) => s.segment === 'users');
		const owner = usersChoice >= 0 && usersChoice < index ? chosen[usersChoice]?.value : meOwner;
		const options = candidates(ws, slot, parent, owner);
		if (options === undefined) return search(index + 1, [...chosen, undefined]);
		const filter = filters[slot.name];
		for (const option of options.filter((o) => !filter || (o.entity && filter(o.entity))).slice(0, MAX_TRIES)) {
			const found = search(index + 1, [...chosen, option]);
			if (found) return found;
		}
		return undefined;
	};

	const chosen = search(0, []) ?? [];
	const params = { ...sample };
	const picked: Record<string, Entity> = {};
	slots.forEach((slot, i) => {
		const choice = chosen[i];
		if (!choice) return;
		params[slot.name] = choice.value;
		if (choice.entity) picked[slot.name] = choice.entity;
	});
	return { params, picked };
}
