/**
 * What the coverage test changes in a sample request so the workspace's business rules accept it:
 * generic fixes (dates in order, a tag named once) and, per operation, the few things a schema
 * sample cannot know (an existing tag's name, the type a custom field already has, a running timer).
 */
import type { UploadedFile } from '../types';
import type { Entity, PathFilters, Workspace } from './path-ids';

export interface CoverageRequest {
	params: Record<string, string>;
	query: Record<string, string>;
	headers: Record<string, string>;
	body?: unknown;
	multipart?: { fields: Record<string, string>; files: UploadedFile[] };
}

export interface RecipeEnv {
	ws: Workspace;
	/** The path's entities by parameter name. */
	picked: Record<string, Entity>;
	key: string;
}

export interface Recipe {
	/** Which entities the path should name (e.g. a select-type custom field). */
	path?: PathFilters;
	/** Changes to the request once its IDs are resolved. */
	adjust?: (request: CoverageRequest, env: RecipeEnv) => void;
}

/** Start/end pairs that must be in order (awork answers `date-dependency` or a validation error otherwise). */
const DATE_PAIRS: Array<[string, string]> = [
	['startOn', 'endOn'], ['startOn', 'dueOn'], ['startDate', 'dueDate'], ['startDate', 'endDate'],
	['startDateUtc', 'endDateUtc'], ['startDateLocal', 'endDateLocal'],
];

function datesInOrder(body: Record<string, any>): void {
	for (const [start, end] of DATE_PAIRS) {
		if (typeof body[start] !== 'string' || typeof body[end] !== 'string') continue;
		if (Date.parse(body[start]) > Date.parse(body[end])) [body[start], body[end]] = [body[end], body[start]];
	}
}

/** A list of tags names each tag once. */
function tagsOnce(body: unknown[]): unknown[] {
	const seen = new Set<string>();
	return body.filter((item: any) => {
		const name = typeof item?.name === 'string' ? item.name.toLowerCase() : undefined;
		if (name === undefined) return true;
		if (seen.has(name)) return false;
		seen.add(name);
		return true;
	});
}

export function recipeFor(key: string): Recipe | undefined {
	return RECIPES[key];
}

/** Generic fixes first, then the operation's own recipe. */
export function adjustRequest(request: CoverageRequest, env: RecipeEnv): void {
	if (Array.isArray(request.body)) request.body = tagsOnce(request.body);
	else if (request.body && typeof request.body === 'object') datesInOrder(request.body as Record<string, any>);
	RECIPES[env.key]?.adjust?.(request, env);
}

const same = (a: unknown, b: unknown) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();
const all = (ws: Workspace, collection: string) => ws.store.collection<Entity>(collection).all();
const humans = (ws: Workspace) => all(ws, 'users').filter((u) => !same(u.id, ws.apiUserId) && !u.isDeactivated && !u._apiUser);
const bodyOf = (request: CoverageRequest) => request.body as Record<string, any>;
const openProjects = (ws: Workspace) => all(ws, 'projects').filter((p) => p.projectStatus?.type !== 'closed' && !p.isArchived);

/** Maps each task status the project's tasks use onto the workflow's status of the same type (else its first). */
function taskStatusMappingOnto(ws: Workspace, projectId: string, workflowId: string) {
	const statuses = new Map(all(ws, 'taskStatuses').map((s) => [s.id, s]));
	const shared = all(ws, 'taskStatuses').filter((s) => same(s.workflowId, workflowId) && !s.projectId);
	const used = new Set(all(ws, 'tasks').filter((t) => same(t.projectId, projectId)).map((t) => t.taskStatusId as string));
	return [...used].map((id) => ({
		oldTaskStatusId: id,
		newTaskStatusId: (shared.find((s) => s.type === statuses.get(id)?.type) ?? shared[0])?.id,
	}));
}

/** The tags in use in an area, for workspace-wide rename/delete (`POST /users/updatetags`). */
function tagNames(ws: Workspace, area: string): string[] {
	const owners: Record<string, () => Entity[]> = {
		users: () => all(ws, 'users'),
		companies: () => all(ws, 'companies'),
		projects: () => all(ws, 'projects'),
		projecttemplates: () => all(ws, 'projectTemplates'),
		tasks: () => all(ws, 'tasks').filter((t) => t.baseType === 'projecttask'),
		'me/privatetasks': () => all(ws, 'tasks').filter((t) => t.baseType === 'private' && same(t.userId, ws.apiUserId)),
	};
	const names = (owners[area]?.() ?? []).flatMap((e) => (e.tags ?? []).map((t: Entity) => t.name as string));
	return [...new Set(names)];
}

/** Workspace-wide tag operations name a tag that is in use (the rename goes to a new name). */
function tagRecipe(operation: 'updatetags' | 'deletetags', area: string): Recipe {
	return {
		adjust: (request, { ws }) => {
			const name = tagNames(ws, area)[0];
			if (!name) return;
			if (operation === 'deletetags') request.body = { name };
			else request.body = { ...bodyOf(request), oldTagName: name, newTag: { name: `${name}-renamed`, color: 'blue' } };
		},
	};
}

const DAY_MS = 86_400_000;

/** Yesterday (UTC midnight) on the sandbox clock: a plain working day in the past. */
const yesterday = (ws: Workspace) => new Date(Math.floor(ws.store.now().getTime() / DAY_MS) * DAY_MS - DAY_MS);

/** A v1 time entry or timer the rules accept: billable before billed, two hours on one day. */
const timeEntryRecipe: Recipe = {
	adjust: (request, { ws }) => {
		const body = bodyOf(request);
		const day = yesterday(ws).toISOString();
		Object.assign(body, { isBillable: true, isBilled: false });
		for (const field of ['startDateUtc', 'endDateUtc', 'startDateLocal', 'endDateLocal']) if (field in body) body[field] = day;
		Object.assign(body, 'startTimeUtc' in body ? { startTimeUtc: '09:00:00', endTimeUtc: '11:00:00', startTimeLocal: '10:00:00', endTimeLocal: '12:00:00' } : {});
		delete body.duration;
		delete body.breakDuration;
	},
};

/** A v2 time entry: a date-only entry carries its duration, a timed one gets two hours. */
const timeEntryV2Recipe: Recipe = {
	adjust: (request, { ws }) => {
		const body = bodyOf(request);
		const start = yesterday(ws).getTime() + 9 * 3_600_000;
		Object.assign(body, { isBillable: true, isBilled: false });
		if (body.isDateOnly) Object.assign(body, { startDate: new Date(start).toISOString(), endDate: new Date(start).toISOString(), duration: 7200 });
		else {
			Object.assign(body, { startDate: new Date(start).toISOString(), endDate: new Date(start + 7_200_000).toISOString() });
			delete body.duration;
		}
	},
};

function commentRecipe(): Recipe {
	return {
		adjust: (request, { ws, picked }) => {
			const target = picked.taskId ?? picked.projectId;
			const earlier = all(ws, 'comments').find((c) => same(c._target?.id, target?.id));
			if (earlier) bodyOf(request).inReplyToCommentId = earlier.id;
			else delete bodyOf(request).inReplyToCommentId;
		},
	};
}

const TAG_AREAS = ['users', 'companies', 'projects', 'projecttemplates', 'tasks', 'me/privatetasks'];

const RECIPES: Record<string, Recipe> = {
	...Object.fromEntries(TAG_AREAS.flatMap((area) => [
		[`POST /${area}/updatetags`, tagRecipe('updatetags', area)],
		[`POST /${area}/deletetags`, tagRecipe('deletetags', area)],
	])),

	'POST /customfielddefinitions': { adjust: (request) => void (bodyOf(request).type = 'select') },
	// The spec's description makes the term required (its schema does not), and at most 50 characters.
	'GET /search': { adjust: (request) => void (request.query.searchTerm = 'website') },
	'PUT /customfielddefinitions/{customFieldDefinitionId}': {
		adjust: (request, { picked }) => void (bodyOf(request).type = picked.customFieldDefinitionId?.type),
	},
	'POST /customfielddefinitions/{customFieldDefinitionId}/selectionoptions': {
		path: { customFieldDefinitionId: (d) => Array.isArray(d.selectionOptions) && /select/i.test(d.type) },
	},

	// A project from a template takes the template's workflow; the key must be free and well-formed.
	'POST /projects': {
		adjust: (request) => {
			delete bodyOf(request).workflowId;
			bodyOf(request).projectKey = 'COVERAGE-1';
		},
	},
	'POST /projects/{projectId}/projectstatuses': { path: { projectId: (p) => !p.workflowId } },
	'POST /projects/{projectId}/taskstatuses': { path: { projectId: (p) => !p.workflowId } },
	'POST /projects/{projectId}/addprojectmember': {
		adjust: (request, { ws, picked }) => {
			const members = (picked.projectId?.members ?? []).map((m: Entity) => m.userId);
			const newcomer = humans(ws).find((u) => !members.includes(u.id));
			Object.assign(bodyOf(request), { userId: newcomer?.id, isResponsible: false });
		},
	},
	'POST /projects/{projectId}/updateprojectmember': {
		path: { projectId: (p) => (p.members ?? []).length > 0 },
		adjust: (request, { picked }) => Object.assign(bodyOf(request), { userId: picked.projectId.members[0].userId }),
	},
	'POST /projects/{projectId}/removeprojectmember': {
		path: { projectId: (p) => (p.members ?? []).length > 1 },
		adjust: (request, { picked }) => void (bodyOf(request).userId = picked.projectId.members.at(-1).userId),
	},
	'POST /projects/{projectId}/linkworkflow': {
		path: { projectId: (p) => !p.workflowId && p.projectStatus?.type !== 'closed' },
		adjust: (request, { ws, picked }) => {
			const workflow = all(ws, 'workflows').find((w) => !w.isArchived)!;
			const target = all(ws, 'projectStatuses').find((s) => same(s.workflowId, workflow.id) && !s.projectId);
			Object.assign(bodyOf(request), {
				workflowId: workflow.id,
				projectStatusMapping: [{ oldProjectStatusId: picked.projectId.projectStatusId, newProjectStatusId: target?.id }],
				taskStatusMapping: taskStatusMappingOnto(ws, picked.projectId.id, workflow.id),
			});
		},
	},
	// Own statuses only (shared ones change through the workflow); a todo/done keeps its type.
	'PUT /projects/{projectId}/taskstatuses/{taskStatusId}': {
		path: { projectId: (p) => !p.workflowId },
		adjust: (request, { picked }) => void (bodyOf(request).type = picked.taskStatusId?.type),
	},
	'POST /projects/{projectId}/taskstatuses/{taskStatusId}/delete': {
		path: { projectId: (p) => !p.workflowId, taskStatusId: (s) => !['todo', 'done'].includes(s.type) },
	},
	'POST /projects/{projectId}/projecttasks/{taskId}/changeproject': {
		path: { projectId: (p) => p.projectStatus?.type !== 'closed', taskId: (t) => !t.parentId },
		adjust: (request, { ws, picked }) => {
			const target = openProjects(ws).find((p) => !same(p.id, picked.projectId?.id));
			Object.assign(bodyOf(request), { projectId: target?.id, taskStatusMapping: [] });
			delete bodyOf(request).taskStatusId;
		},
	},
	'PUT /workflows/{workflowId}/taskstatuses/{taskStatusId}': {
		adjust: (request, { picked }) => void (bodyOf(request).type = picked.taskStatusId?.type),
	},
	'POST /workflows/{workflowId}/taskstatuses/{taskStatusId}/delete': {
		path: { taskStatusId: (s) => !['todo', 'done'].includes(s.type) },
	},
	'POST /projecttemplates/{projectTemplateId}/unlinkworkflow': { path: { projectTemplateId: (t) => Boolean(t.workflowId) } },
	'POST /projects/{projectId}/unlinkworkflow': { path: { projectId: (p) => Boolean(p.workflowId) && p.projectStatus?.type !== 'closed' } },
	'POST /projects/{projectId}/setcustomfields': {
		path: { projectId: (p) => (p._customFieldLinks ?? []).length > 0 && p.projectStatus?.type !== 'closed' },
		adjust: (request, { ws, picked }) => {
			const linked = (picked.projectId._customFieldLinks as Entity[]).map((l) => l.customFieldDefinitionId);
			const number = all(ws, 'customFieldDefinitions').find((d) => linked.includes(d.id) && d.type === 'number');
			request.body = [{ customFieldDefinitionId: number?.id, numberValue: 42000 }];
		},
	},
	'POST /tasks/{taskId}/setcustomfields': {
		adjust: (request, { ws }) => {
			const select = all(ws, 'customFieldDefinitions').find((d) => d.entity === 'task' && Array.isArray(d.selectionOptions) && d.selectionOptions.length > 0);
			request.body = [{ customFieldDefinitionId: select?.id, selectionOptionIdValue: select?.selectionOptions[0].id }];
		},
	},
	'POST /projects/{projectId}/comments': commentRecipe(),
	'POST /tasks/{taskId}/comments': commentRecipe(),

	'POST /tasks': {
		adjust: (request, { ws }) => {
			const project = openProjects(ws)[0];
			// The project's own status, or a shared one of its workflow (docs/changelog.md).
			const status = all(ws, 'taskStatuses').find((s) =>
				same(s.projectId, project.id) || (Boolean(project.workflowId) && same(s.workflowId, project.workflowId) && !s.projectId));
			const list = all(ws, 'taskLists').find((l) => same(l.projectId, project.id) && !l.isArchived);
			const body = bodyOf(request);
			Object.assign(body, { baseType: 'projecttask', entityId: project.id, taskStatusId: status?.id, lists: list ? [{ id: list.id, order: 1 }] : [] });
			delete body.parentId;
		},
	},
	// A task of a workflow project takes one of the workflow's shared statuses.
	'POST /tasks/changestatuses': {
		adjust: (request, { ws }) => {
			const project = openProjects(ws).find((p) => p.workflowId)!;
			const task = all(ws, 'tasks').find((t) => same(t.projectId, project.id))!;
			const status = all(ws, 'taskStatuses').find((s) => same(s.workflowId, project.workflowId) && !s.projectId && !same(s.id, task.taskStatusId));
			request.body = [{ taskId: task.id, statusId: status?.id, order: 1 }];
		},
	},
	'POST /tasks/changelists': {
		adjust: (request, { ws }) => {
			const list = all(ws, 'taskLists').find((l) => !l.isArchived && openProjects(ws).some((p) => same(p.id, l.projectId)))!;
			const task = all(ws, 'tasks').find((t) => same(t.projectId, list.projectId) && !t.parentId)!;
			request.body = [{ taskId: task.id, taskLists: [{ id: list.id, order: 1, isPrimary: true }] }];
		},
	},
	'POST /tasks/changesubtasks': {
		adjust: (request, { ws }) => {
			const tasks = all(ws, 'tasks');
			const hasSubtasks = (t: Entity) => tasks.some((s) => same(s.parentId, t.id));
			const parent = tasks.find((t) => openProjects(ws).some((p) => same(p.id, t.projectId)) && !t.parentId)!;
			const child = tasks.find((t) => same(t.projectId, parent.projectId) && t.id !== parent.id && !t.parentId && !hasSubtasks(t))!;
			request.body = [{ taskId: child.id, parentId: parent.id, order: 1 }];
		},
	},
	'POST /tasks/changesubtaskstoparent': {
		adjust: (request, { ws }) => {
			const subtask = all(ws, 'tasks').find((t) => t.parentId && openProjects(ws).some((p) => same(p.id, t.projectId)))!;
			request.body = [{ taskId: subtask.id, order: 1 }];
		},
	},
	// Team membership bodies are bare ID arrays the generic ID fixing cannot place.
	'POST /teams/{teamId}/addusers': { adjust: (request, { ws }) => void (request.body = humans(ws).slice(0, 2).map((u) => u.id)) },
	'POST /teams/{teamId}/removeusers': { adjust: (request, { ws }) => void (request.body = humans(ws).slice(0, 1).map((u) => u.id)) },
	'POST /teams/{teamId}/addprojects': { adjust: (request, { ws }) => void (request.body = all(ws, 'projects').slice(0, 2).map((p) => p.id)) },
	'POST /teams/{teamId}/removeprojects': { adjust: (request, { ws }) => void (request.body = all(ws, 'projects').slice(0, 1).map((p) => p.id)) },
	'POST /tasks/{taskId}/setassignees': { adjust: (request, { ws }) => void (request.body = humans(ws).slice(0, 2).map((u) => u.id)) },
	'POST /tasks/{taskId}/setplannedefforts': {
		path: { taskId: (t) => (t.assignees ?? []).length > 0 },
		adjust: (request, { picked }) => void (request.body = [{ userId: picked.taskId.assignees[0].id, plannedEffort: 3600 }]),
	},
	'POST /projects/{projectId}/tasklists/{taskListId}/removetasks': {
		adjust: (request, { ws, picked }) => {
			request.body = all(ws, 'tasks').filter((t) => (t._lists ?? []).some((l: Entity) => same(l.id, picked.taskListId?.id))).slice(0, 1).map((t) => t.id);
		},
	},

	'POST /temporaryfiles/{fileId}/setentity': {
		adjust: (request, { ws }) => Object.assign(bodyOf(request), { entityType: 'task', entityId: all(ws, 'tasks').find((t) => t.baseType === 'projecttask')!.id }),
	},
	'POST /timeentries': timeEntryRecipe,
	'PUT /timeentries/{timeEntryId}': timeEntryRecipe,
	'v2 POST /timeentries': timeEntryV2Recipe,
	'v2 PUT /timeentries/{timeEntryId}': timeEntryV2Recipe,
	'POST /me/timetracking/start': timeEntryRecipe,
	'POST /users/{userId}/timetracking/start': timeEntryRecipe,
	'v2 POST /me/timetracking/start': timeEntryRecipe,
	'v2 POST /users/{userId}/timetracking/start': timeEntryRecipe,
	'POST /timeentries/batch/{operation}': {
		adjust: (request) => {
			request.params.operation = 'setIsBillable';
			bodyOf(request).isBillable = true;
		},
	},
	'PUT /typeofwork/{typeOfWorkId}': { adjust: (request, { picked }) => void (bodyOf(request).name = `${picked.typeOfWorkId?.name} (renamed)`) },

	'POST /workflows/{workflowId}/projectstatuses/{projectStatusId}/delete': {
		adjust: (request, { ws, picked }) => {
			const other = all(ws, 'projectStatuses').find((st) => same(st.workflowId, picked.workflowId?.id) && !same(st.id, picked.projectStatusId?.id));
			bodyOf(request).newProjectStatusId = other?.id;
		},
	},
	// 'unlink': projects keep the workflow's statuses as their own (the sandbox does not implement 'migrate').
	'POST /workflows/{workflowId}/delete': { adjust: (request) => void (bodyOf(request).deleteOperation = 'unlink') },
	'POST /companies/{companyId}/delete': {
		adjust: (request, { ws, picked }) => {
			const other = all(ws, 'companies').find((c) => !same(c.id, picked.companyId?.id));
			Object.assign(bodyOf(request), { deleteOperation: 'move', moveToCompany: other?.id });
		},
	},
	'POST /projectroles/{projectRoleId}/delete': {
		path: { projectRoleId: (r) => !r.isDefault },
		adjust: (request, { ws, picked }) => {
			bodyOf(request).newProjectRoleId = all(ws, 'projectRoles').find((r) => !same(r.id, picked.projectRoleId?.id))?.id;
		},
	},
};
