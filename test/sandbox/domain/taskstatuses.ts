/**
 * Task status endpoints of projects and users. A project linked to a workflow lists the workflow's
 * shared statuses and changes them only through the workflow (docs/changelog.md); see
 * `taskstatuses-scope.ts` for which statuses belong to whom.
 */
import { invalidOperation } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable, SandboxRequest } from '../types';
import {
	orderAfterLast,
	projectsOf,
	requireIn,
	taskStatusesOf,
	tasksOf,
	touch,
	usersOf,
	TASK_STATUS_TYPES,
} from './tasks-shared';
import { setStatus } from './tasks-core';
import {
	belongsToProject,
	ensurePrivateStatuses,
	ensureProjectStatuses,
	newTaskStatus,
	ownProjectStatuses,
} from './taskstatuses-scope';
import { assertValid, noContent, ok } from './shared/respond';
import { withoutInternals } from './shared/internals';

export {
	defaultStatus,
	ensurePrivateStatuses,
	ensureProjectStatuses,
	statusesForTask,
} from './taskstatuses-scope';

function checkStatusForm(body: any) {
	assertValid(
		TASK_STATUS_TYPES.includes(body.type)
			? []
			: [{ property: 'Type', message: `'Type' must be one of: ${TASK_STATUS_TYPES.join(', ')}.` }],
	);
}

/** A status of the project (own or its workflow's); 404 when it is neither. */
function requireProjectStatus(store: Store, project: Record<string, any>, statusId: string) {
	return requireIn(taskStatusesOf(store), statusId, belongsToProject(project as { id: string }));
}

/** Shared statuses change only through the workflow, for every project linked to it. */
function requireOwnStatus(store: Store, project: Record<string, any>, statusId: string) {
	const status = requireProjectStatus(store, project, statusId);
	if (status.projectId !== project.id) {
		throw invalidOperation(`The task status '${status.id}' belongs to the workflow '${status.workflowId}'; change it there.`);
	}
	return status;
}

/** A project keeps at least one status of type todo and one of type done. */
function assertKeepsTodoAndDone(store: Store, projectId: string, leaving: { id: string; type: string }) {
	if (leaving.type !== 'todo' && leaving.type !== 'done') return;
	const others = ownProjectStatuses(store, projectId).filter((s) => s.id !== leaving.id && s.type === leaving.type);
	if (others.length === 0) throw invalidOperation(`The last task status of type '${leaving.type}' cannot be removed.`);
}

function requireProject(req: SandboxRequest, store: Store) {
	const project = projectsOf(store).require(req.params.projectId);
	ensureProjectStatuses(store, project.id, req.userId);
	return project;
}

function listPrivateStatuses(store: Store, userId: string) {
	return ensurePrivateStatuses(store, usersOf(store).require(userId).id).map(withoutInternals);
}

export const taskStatusHandlers: HandlerTable = {
	/** Workflow statuses carry no projectId, so `filterby=projectId eq guid'…'` does not match them (docs/changelog.md). */
	'GET /projects/{projectId}/taskstatuses': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		return ctx.list(req, ensureProjectStatuses(ctx.store, project.id, req.userId).map(withoutInternals));
	},

	'GET /projects/{projectId}/taskstatuses/{taskStatusId}': (req, ctx) => {
		const project = requireProject(req, ctx.store);
		return ok(withoutInternals(requireProjectStatus(ctx.store, project, req.params.taskStatusId)));
	},

	'POST /projects/{projectId}/taskstatuses': (req, ctx) => {
		const project = requireProject(req, ctx.store);
		if (project.workflowId) {
			throw invalidOperation('The project takes its task statuses from its workflow; add the status to the workflow.');
		}
		checkStatusForm(req.body);
		const existing = ownProjectStatuses(ctx.store, project.id);
		const status = newTaskStatus(
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
		const project = requireProject(req, ctx.store);
		const status = requireOwnStatus(ctx.store, project, req.params.taskStatusId);
		checkStatusForm(req.body);
		if (req.body.type !== status.type) assertKeepsTodoAndDone(ctx.store, project.id, status);
		status.name = req.body.name;
		status.type = req.body.type;
		if ('icon' in req.body) status.icon = req.body.icon ?? null;
		if (typeof req.body.order === 'number') status.order = req.body.order;
		touch(ctx.store, status, req.userId);
		return ok(withoutInternals(status));
	},

	/** Tasks in the deleted status move to `taskStatusId`; a status still in use needs one. */
	'POST /projects/{projectId}/taskstatuses/{taskStatusId}/delete': (req, ctx) => {
		const project = requireProject(req, ctx.store);
		const status = requireOwnStatus(ctx.store, project, req.params.taskStatusId);
		const affected = tasksOf(ctx.store).where((t) => t.taskStatusId === status.id);
		const targetId: string | undefined = req.body?.taskStatusId ?? undefined;
		if (affected.length > 0 && !targetId) {
			throw invalidOperation('The task status is still used by tasks; provide a task status to move them to.');
		}
		assertKeepsTodoAndDone(ctx.store, project.id, status);
		if (targetId) {
			const target = requireProjectStatus(ctx.store, project, targetId);
			if (target.id === status.id) throw invalidOperation('Tasks cannot be moved to the status being deleted.');
			for (const task of affected) {
				setStatus(ctx.store, task, target, req.userId);
				touch(ctx.store, task, req.userId);
			}
		}
		taskStatusesOf(ctx.store).delete(status.id);
		return noContent();
	},

	'GET /me/privatetasks/taskstatuses': (req, ctx) => {
		const userId = typeof req.query.userId === 'string' ? req.query.userId : req.userId;
		return ctx.list(req, listPrivateStatuses(ctx.store, userId));
	},

	'GET /users/{userId}/privatetasks/taskstatuses': (req, ctx) =>
		ctx.list(req, listPrivateStatuses(ctx.store, req.params.userId)),
};
