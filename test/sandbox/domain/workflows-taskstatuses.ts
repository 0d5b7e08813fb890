/**
 * A workflow's shared task statuses (`/workflows/{workflowId}/taskstatuses`): one set used by every
 * project linked to the workflow (docs/changelog.md). A workflow always keeps a todo and a done
 * status; deleting a status in use moves its tasks (in all linked projects) to another status of
 * the same workflow.
 */
import { invalidOperation, notFound } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable, SandboxRequest } from '../types';
import { setStatus } from './tasks-core';
import { orderAfterLast, taskStatusesOf, tasksOf, touch, TASK_STATUS_TYPES, type StoredTaskStatus } from './tasks-shared';
import { byOrder, ensureWorkflowStatuses, isWorkflowStatus, newTaskStatus } from './taskstatuses-scope';
import { workflowsOf } from './projects-model';
import { assertName, requireBodyObject } from './projects-rules';
import { withoutInternals } from './shared/internals';
import { noContent, ok } from './shared/respond';

export function newWorkflowTaskStatus(
	store: Store,
	actorId: string,
	workflowId: string,
	form: { name: string; type: string; order?: number | null; icon?: string | null },
): StoredTaskStatus {
	const existing = taskStatusesOf(store).where(isWorkflowStatus(workflowId));
	const order = form.order ?? orderAfterLast(existing.map((s) => s.order));
	return newTaskStatus(store, actorId, { name: form.name, type: form.type as StoredTaskStatus['type'], icon: form.icon ?? null, order }, { workflowId });
}

function assertTaskStatusForm(form: Record<string, any>): void {
	assertName(form.name);
	if (!TASK_STATUS_TYPES.includes(form.type)) {
		throw invalidOperation(`'${form.type}' is not a task status type; use one of ${TASK_STATUS_TYPES.join(', ')}.`);
	}
}

function requireWorkflowTaskStatus(store: Store, req: SandboxRequest) {
	const workflow = workflowsOf(store).require(req.params.workflowId);
	const statuses = ensureWorkflowStatuses(store, workflow.id, req.userId);
	const status = statuses.find((s) => s.id === req.params.taskStatusId.toLowerCase());
	if (!status) throw notFound('task status', req.params.taskStatusId);
	return { workflow, status, statuses };
}

/** The workflow keeps at least one status of type todo and one of type done. */
function assertKeepsTodoAndDone(statuses: StoredTaskStatus[], leaving: StoredTaskStatus): void {
	if (leaving.type !== 'todo' && leaving.type !== 'done') return;
	if (!statuses.some((s) => s.id !== leaving.id && s.type === leaving.type)) {
		throw invalidOperation(`The last task status of type '${leaving.type}' of a workflow cannot be removed.`);
	}
}

export const workflowTaskStatusHandlers: HandlerTable = {
	'GET /workflows/{workflowId}/taskstatuses': (req, ctx) => {
		const workflow = workflowsOf(ctx.store).require(req.params.workflowId);
		return ctx.list(req, ensureWorkflowStatuses(ctx.store, workflow.id, req.userId).map(withoutInternals));
	},
	'GET /workflows/{workflowId}/taskstatuses/{taskStatusId}': (req, ctx) =>
		ok(withoutInternals(requireWorkflowTaskStatus(ctx.store, req).status)),
	'POST /workflows/{workflowId}/taskstatuses': (req, ctx) => {
		const workflow = workflowsOf(ctx.store).require(req.params.workflowId);
		const form = requireBodyObject(req);
		assertTaskStatusForm(form);
		// The defaults come first, so a workflow's first own status does not leave it without todo/done.
		ensureWorkflowStatuses(ctx.store, workflow.id, req.userId);
		return ok(withoutInternals(newWorkflowTaskStatus(ctx.store, req.userId, workflow.id, form as { name: string; type: string })));
	},
	'PUT /workflows/{workflowId}/taskstatuses/{taskStatusId}': (req, ctx) => {
		const { status, statuses } = requireWorkflowTaskStatus(ctx.store, req);
		const form = requireBodyObject(req);
		assertTaskStatusForm(form);
		if (form.type !== status.type) assertKeepsTodoAndDone(statuses, status);
		status.name = form.name;
		status.type = form.type;
		if ('icon' in form) status.icon = form.icon ?? null;
		if (typeof form.order === 'number') status.order = form.order;
		touch(ctx.store, status, req.userId);
		return ok(withoutInternals(status));
	},
	'POST /workflows/{workflowId}/taskstatuses/{taskStatusId}/delete': (req, ctx) => {
		const { status, statuses } = requireWorkflowTaskStatus(ctx.store, req);
		assertKeepsTodoAndDone(statuses, status);
		const inUse = tasksOf(ctx.store).where((t) => t.taskStatusId === status.id);
		if (inUse.length > 0) {
			const targetId = req.body?.newTaskStatusId ? String(req.body.newTaskStatusId).toLowerCase() : undefined;
			const target = statuses.find((s) => s.id === targetId && s.id !== status.id);
			if (!target) throw invalidOperation('Tasks use this status; newTaskStatusId must name another task status of the same workflow.');
			for (const task of inUse) {
				setStatus(ctx.store, task, target, req.userId);
				touch(ctx.store, task, req.userId);
			}
		}
		taskStatusesOf(ctx.store).delete(status.id);
		return noContent();
	},
};

/** The workflow's task statuses for a copy of it (same names, types, icons and order). */
export function copyWorkflowTaskStatuses(store: Store, actorId: string, fromWorkflowId: string, toWorkflowId: string): void {
	for (const s of taskStatusesOf(store).where(isWorkflowStatus(fromWorkflowId)).sort(byOrder)) {
		newWorkflowTaskStatus(store, actorId, toWorkflowId, s);
	}
}
