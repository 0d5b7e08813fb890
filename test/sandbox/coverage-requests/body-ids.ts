/**
 * Request-body IDs for the coverage test that name existing entities consistent with each other
 * and with the path: a time entry's `taskId` and `projectId` name a task and its project, a status
 * ID under `/projects/{projectId}` names one of that project's statuses. The most specific field is
 * picked first; fields the picked entities already reference take those values.
 */
import { usableFirst, type Entity, type Workspace } from './path-ids';

/** Collections by the entity a field names (`taskListId`, `newTaskListId`, `parentId` …). */
const COLLECTION_OF: Record<string, string> = {
	checklistitem: 'checklistItems',
	comment: 'comments',
	inreplytocomment: 'comments',
	file: 'files',
	timeentry: 'timeEntries',
	task: 'tasks',
	newtask: 'tasks',
	parent: 'tasks',
	newparenttask: 'tasks',
	tasklist: 'taskLists',
	newtasklist: 'taskLists',
	list: 'taskLists',
	taskstatus: 'taskStatuses',
	newtaskstatus: 'taskStatuses',
	status: 'taskStatuses',
	projectstatus: 'projectStatuses',
	project: 'projects',
	newproject: 'projects',
	projecttemplate: 'projectTemplates',
	projecttype: 'projectTypes',
	projectrole: 'projectRoles',
	role: 'projectRoles',
	workflow: 'workflows',
	customfielddefinition: 'customFieldDefinitions',
	absence: 'absences',
	company: 'companies',
	user: 'users',
	newuser: 'users',
	typeofwork: 'typesOfWork',
	newtypeofwork: 'typesOfWork',
	webhook: 'webhooks',
};

/** Most specific first: a checklist item fixes its task, a task fixes its project … */
const SPECIFICITY = Object.values(COLLECTION_OF).filter((c, i, all) => all.indexOf(c) === i);

const same = (a: unknown, b: unknown) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();

/** `taskListId` → `taskLists`; `newTaskIds` → `tasks`; non-ID names → undefined. */
export function collectionOfField(field: string): string | undefined {
	const match = /^(.+?)ids?$/i.exec(field);
	return match ? COLLECTION_OF[match[1].toLowerCase()] : undefined;
}

/** Scopes two related entities must share (a task and its status both belong to one project). */
const SCOPES = ['projectId', 'workflowId'];

/**
 * An entity agrees with the picked ones when each reference it shares with them names them (an
 * unset reference is no conflict, except a scope: a private task is in no project) and it lies in
 * the same project / workflow as they do.
 */
function agrees(candidate: Entity, picked: Record<string, Entity>): boolean {
	const refersTo = (field: string, id: string) =>
		!(field in candidate) || (candidate[field] == null && !SCOPES.includes(field)) || same(candidate[field], id);
	return Object.entries(picked).every(
		([field, entity]) =>
			refersTo(field, entity.id) &&
			SCOPES.every((scope) => !(scope in candidate) || !(scope in entity) || same(candidate[scope], entity[scope])),
	);
}

interface Options {
	/** The path's entities by parameter name (a body field of the same name names another one). */
	path: Record<string, Entity>;
	/** Collection for a bare `ids` field (`/timeentries/setbillable` → `timeEntries`). */
	idsCollection?: string;
	/** IDs already used by sibling items of a batch body (spread items over different entities). */
	used?: Set<string>;
}

export function withExistingIds(ws: Workspace, body: unknown, options: Options): unknown {
	if (Array.isArray(body)) {
		const used = new Set<string>();
		return body.map((item) => withExistingIds(ws, item, { ...options, used }));
	}
	if (!body || typeof body !== 'object') return body;
	const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
	const collectionOf = (field: string) => (/^ids$/i.test(field) ? options.idsCollection : collectionOfField(field));
	const picked: Record<string, Entity> = { ...options.path };

	const scalarFields = Object.keys(copy)
		.filter((field) => typeof copy[field] === 'string' && collectionOf(field))
		.sort((a, b) => SPECIFICITY.indexOf(collectionOf(a)!) - SPECIFICITY.indexOf(collectionOf(b)!));
	for (const field of scalarFields) {
		const fromPicked = Object.values(picked).find((entity) => typeof entity[field] === 'string' && !(field in options.path));
		if (fromPicked) {
			copy[field] = fromPicked[field];
			continue;
		}
		const chosen = choose(ws, collectionOf(field)!, picked, field, options, 1)[0];
		if (!chosen) continue;
		copy[field] = chosen.id;
		picked[field] = chosen;
		options.used?.add(chosen.id);
	}

	for (const [field, value] of Object.entries(copy)) {
		if (!Array.isArray(value)) continue;
		const collection = collectionOf(field);
		if (collection && value.every((item) => typeof item === 'string')) {
			const chosen = choose(ws, collection, picked, field, options, value.length);
			if (chosen.length > 0) copy[field] = chosen.map((e) => e.id);
		} else if (value.every((item) => item && typeof item === 'object')) {
			copy[field] = withExistingIds(ws, value, { ...options, path: picked });
		}
	}
	return copy;
}

/** Up to `count` distinct entities of the collection that agree with what is picked. */
function choose(ws: Workspace, collection: string, picked: Record<string, Entity>, field: string, options: Options, count: number): Entity[] {
	// A body field named like a path parameter names a different entity (a replacement, a target).
	const pathEntity = options.path[field.replace(/s$/, '')] ?? options.path[field];
	const all = usableFirst(ws, ws.store.collection<Entity>(collection).all())
		.filter((e) => !pathEntity || !same(e.id, pathEntity.id))
		.filter((e) => agrees(e, picked));
	const fresh = all.filter((e) => !options.used?.has(e.id));
	return [...fresh, ...all.filter((e) => !fresh.includes(e))].slice(0, count);
}
