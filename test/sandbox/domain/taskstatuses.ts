/**
 * Task statuses: each project has its own set (copied from its workflow, else awork's defaults);
 * private tasks use a per-user set. A task's status must always come from its own set.
 */
import { invalidOperation } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable } from '../types';
import {
	audit,
	orderAfterLast,
	projectsOf,
	requireIn,
	taskStatusesOf,
	tasksOf,
	touch,
	usersOf,
	TASK_STATUS_TYPES,
	type StoredTask,
	type StoredTaskStatus,
	type TaskStatusType,
} from './tasks-shared';
import { assertValid, noContent, ok } from './shared/respond';
import { withoutInternals } from './shared/internals';

const DEFAULT_PROJECT_STATUSES: Array<[string, TaskStatusType, string]> = [
	['To do', 'todo', 'circle'],
	['In progress', 'progress', 'clock'],
	['Review', 'review', 'eye'],
	['Stuck', 'stuck', 'alert'],
	['Done', 'done', 'check'],
];
const DEFAULT_PRIVATE_STATUSES: Array<[string, TaskStatusType, string]> = [
	['To do', 'todo', 'circle'],
	['Done', 'done', 'check'],
];

function newStatus(
	store: Store,
	actorId: string,
	fields: { name: string; type: TaskStatusType; icon: string | null; order: number },
	scope: { projectId?: string | null; workflowId?: string | null; privateOwnerId?: string },
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

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

/** A project's statuses in order; created on first use (from the project's workflow, else defaults). */
export function ensureProjectStatuses(store: Store, projectId: string, actorId: string): StoredTaskStatus[] {
	const statuses = taskStatusesOf(store);
	const own = statuses.where((s) => s.projectId === projectId);
	if (own.length > 0) return own.sort(byOrder);
	const project = projectsOf(store).require(projectId);
	const workflowId: string | undefined = project.workflowId ?? undefined;
	const template = workflowId
		? statuses.where((s) => s.workflowId === workflowId && !s.projectId).sort(byOrder)
		: [];
	const source: Array<[string, TaskStatusType, string | null]> = template.length
		? template.map((s) => [s.name, s.type, s.icon ?? null])
		: DEFAULT_PROJECT_STATUSES;
	return source.map(([name, type, icon], index) =>
		newStatus(store, actorId, { name, type, icon, order: index + 1 }, { projectId }),
	);
}

/** A user's private-task statuses in order; created on first use. */
export function ensurePrivateStatuses(store: Store, userId: string): StoredTaskStatus[] {
	const own = taskStatusesOf(store).where((s) => s._privateOwnerId === userId);
	if (own.length > 0) return own.sort(byOrder);
	return DEFAULT_PRIVATE_STATUSES.map(([name, type, icon], index) =>
		newStatus(store, userId, { name, type, icon, order: index + 1 }, { privateOwnerId: userId }),
	);
}

/** The statuses a task may have: its project's, or its private owner's. */
export function statusesForTask(store: Store, task: Pick<StoredTask, 'baseType' | 'projectId' | 'userId'>, actorId: string) {
	return task.baseType === 'projecttask'
		? ensureProjectStatuses(store, task.projectId!, actorId)
		: ensurePrivateStatuses(store, task.userId!);
}

/** The first status of type todo (awork's default for new tasks), else the first one. */
export function defaultStatus(statuses: StoredTaskStatus[]): StoredTaskStatus {
	return statuses.find((s) => s.type === 'todo') ?? statuses[0];
}

function checkStatusForm(body: any) {
	assertValid(
		TASK_STATUS_TYPES.includes(body.type)
			? []
			: [{ property: 'Type', message: `'Type' must be one of: ${TASK_STATUS_TYPES.join(', ')}.` }],
	);
}

const inProject = (projectId: string) => (s: StoredTaskStatus) => s.projectId === projectId.toLowerCase();

function listPrivateStatuses(store: Store, userId: string) {
	return ensurePrivateStatuses(store, usersOf(store).require(userId).id).map(withoutInternals);
}

export const taskStatusHandlers: HandlerTable = {
	'GET /projects/{projectId}/taskstatuses': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		return ctx.list(req, ensureProjectStatuses(ctx.store, project.id, req.userId).map(withoutInternals));
	},

	'GET /projects/{projectId}/taskstatuses/{taskStatusId}': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		ensureProjectStatuses(ctx.store, project.id, req.userId);
		return ok(withoutInternals(requireIn(taskStatusesOf(ctx.store), req.params.taskStatusId, inProject(project.id))));
	},

	'POST /projects/{projectId}/taskstatuses': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		checkStatusForm(req.body);
		const existing = ensureProjectStatuses(ctx.store, project.id, req.userId);
		const status = newStatus(
			ctx.store,
			req.userId,
			{
				name: req.body.name,
				type: req.body.type,
				icon: req.body.icon ?? null,
				order: req.body.order ?? orderAfterLast(existing.map((s) => s.order)),
			},
			{ projectId: project.id },
		);
		return ok(withoutInternals(status));
	},

	'PUT /projects/{projectId}/taskstatuses/{taskStatusId}': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		checkStatusForm(req.body);
		ensureProjectStatuses(ctx.store, project.id, req.userId);
		const status = requireIn(taskStatusesOf(ctx.store), req.params.taskStatusId, inProject(project.id));
		status.name = req.body.name;
		status.type = req.body.type;
		if ('icon' in req.body) status.icon = req.body.icon ?? null;
		if (typeof req.body.order === 'number') status.order = req.body.order;
		touch(ctx.store, status, req.userId);
		return ok(withoutInternals(status));
	},

	/** Tasks in the deleted status move to `taskStatusId`; a status still in use needs one. */
	'POST /projects/{projectId}/taskstatuses/{taskStatusId}/delete': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		const statuses = taskStatusesOf(ctx.store);
		const status = requireIn(statuses, req.params.taskStatusId, inProject(project.id));
		const affected = tasksOf(ctx.store).where((t) => t.taskStatusId === status.id);
		const targetId: string | undefined = req.body?.taskStatusId ?? undefined;
		if (affected.length > 0 && !targetId) {
			throw invalidOperation('The task status is still used by tasks; provide a task status to move them to.');
		}
		if (statuses.where(inProject(project.id)).length <= 1) {
			throw invalidOperation('A project needs at least one task status.');
		}
		if (targetId) {
			const target = requireIn(statuses, targetId, inProject(project.id));
			if (target.id === status.id) throw invalidOperation('Tasks cannot be moved to the status being deleted.');
			for (const task of affected) {
				task.taskStatusId = target.id;
				touch(ctx.store, task, req.userId);
			}
		}
		statuses.delete(status.id);
		return noContent();
	},

	'GET /me/privatetasks/taskstatuses': (req, ctx) => {
		const userId = typeof req.query.userId === 'string' ? req.query.userId : req.userId;
		return ctx.list(req, listPrivateStatuses(ctx.store, userId));
	},

	'GET /users/{userId}/privatetasks/taskstatuses': (req, ctx) =>
		ctx.list(req, listPrivateStatuses(ctx.store, req.params.userId)),
};
