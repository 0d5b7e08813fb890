/**
 * The task list endpoints: the requesting user's views (`/me/...`), the same views for another
 * user (`/users/{userId}/...`) and a project's tasks. There is no plain `GET /tasks` in awork.
 */
import { notFound } from '../http/errors';
import type { Store } from '../store';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { isVisibleTo } from './tasks-core';
import { projectsOf, requireIn, taskListsOf, tasksOf, usersOf, type StoredTask } from './tasks-shared';
import { TaskView } from './tasks-view';
import { ok } from './shared/respond';

/** Project statuses awork counts as "running" for `inProgress=true`. */
const RUNNING_PROJECT_STATUS_TYPES = new Set(['progress', 'stuck']);

const isAssignedTo = (task: StoredTask, userId: string) => task.assignees.some((a) => a.id === userId);

/** The views over a user's tasks, by what the endpoint's name promises. */
const views = {
	assigned: (task: StoredTask, userId: string) => isAssignedTo(task, userId),
	allAvailable: (task: StoredTask, userId: string) => isVisibleTo(task, userId),
	project: (task: StoredTask) => task.baseType === 'projecttask',
	private: (task: StoredTask, userId: string) => task.baseType === 'private' && task.userId === userId,
	otherPrivate: (task: StoredTask, userId: string) =>
		task.baseType === 'private' && task.userId !== userId && isAssignedTo(task, userId),
};
type ViewName = keyof typeof views;

function respondList(req: SandboxRequest, ctx: HandlerContext, tasks: StoredTask[]) {
	const view = new TaskView(ctx.store);
	return ctx.list(req, tasks.map((t) => view.render(t)));
}

function userIdFor(req: SandboxRequest, store: Store): string {
	return req.params.userId ? usersOf(store).require(req.params.userId).id : req.userId.toLowerCase();
}

/** `assignedtasks` filters: running projects only, and the assignment date window. */
function assignedFilters(req: SandboxRequest, store: Store, userId: string) {
	const inProgress = String(req.query.inProgress ?? 'false') === 'true';
	const from = typeof req.query.assignedOnFrom === 'string' ? Date.parse(req.query.assignedOnFrom) : undefined;
	const to = typeof req.query.assignedOnTo === 'string' ? Date.parse(req.query.assignedOnTo) : undefined;
	return (task: StoredTask) => {
		if (inProgress) {
			if (task.baseType !== 'projecttask') return false;
			const type = projectsOf(store).get(task.projectId!)?.projectStatus?.type;
			if (!RUNNING_PROJECT_STATUS_TYPES.has(type)) return false;
		}
		const assignedOn = task._assignedOn[userId] ? Date.parse(task._assignedOn[userId]) : undefined;
		if (from !== undefined && (assignedOn === undefined || assignedOn < from)) return false;
		if (to !== undefined && (assignedOn === undefined || assignedOn > to)) return false;
		return true;
	};
}

function listHandler(name: ViewName) {
	return (req: SandboxRequest, ctx: HandlerContext) => {
		const userId = userIdFor(req, ctx.store);
		const extra = name === 'assigned' ? assignedFilters(req, ctx.store, userId) : () => true;
		return respondList(req, ctx, tasksOf(ctx.store).where((t) => views[name](t, userId) && extra(t)));
	};
}

function singleHandler(name: ViewName) {
	return (req: SandboxRequest, ctx: HandlerContext) => {
		const userId = userIdFor(req, ctx.store);
		const task = tasksOf(ctx.store).get(req.params.taskId);
		if (!task || !views[name](task, userId)) throw notFound('task', req.params.taskId);
		return ok(new TaskView(ctx.store).render(task));
	};
}

export const taskQueryHandlers: HandlerTable = {
	'GET /me/assignedtasks': listHandler('assigned'),
	'GET /me/assignedtasks/{taskId}': singleHandler('assigned'),
	'GET /me/allavailabletasks': listHandler('allAvailable'),
	'GET /me/projecttasks': listHandler('project'),
	'GET /me/privatetasks': listHandler('private'),
	'GET /me/privatetasks/{taskId}': singleHandler('private'),
	'GET /me/otherprivatetasks': listHandler('otherPrivate'),
	'GET /me/otherprivatetasks/{taskId}': singleHandler('otherPrivate'),
	'GET /users/{userId}/assignedtasks': listHandler('assigned'),
	'GET /users/{userId}/assignedtasks/{taskId}': singleHandler('assigned'),
	'GET /users/{userId}/allavailabletasks': listHandler('allAvailable'),
	'GET /users/{userId}/privatetasks': listHandler('private'),
	'GET /users/{userId}/privatetasks/{taskId}': singleHandler('private'),
	'GET /users/{userId}/otherprivatetasks': listHandler('otherPrivate'),
	'GET /users/{userId}/otherprivatetasks/{taskId}': singleHandler('otherPrivate'),

	'GET /projects/{projectId}/projecttasks': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		return respondList(req, ctx, tasksOf(ctx.store).where((t) => t.projectId === project.id));
	},

	'GET /projects/{projectId}/projecttasks/{taskId}': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		const task = requireIn(tasksOf(ctx.store), req.params.taskId, (t) => t.projectId === project.id);
		return ok(new TaskView(ctx.store).render(task));
	},

	'GET /projects/{projectId}/tasklists/{taskListId}/tasks/{taskId}': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		const list = requireIn(taskListsOf(ctx.store), req.params.taskListId, (l) => l.projectId === project.id);
		const task = requireIn(tasksOf(ctx.store), req.params.taskId, (t) => t._lists.some((l) => l.id === list.id));
		return ok(new TaskView(ctx.store).render(task));
	},
};
