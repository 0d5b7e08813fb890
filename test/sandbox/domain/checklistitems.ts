/** A task's checklist: ordered items that are ticked off, or turned into subtasks. */
import { invalidOperation } from '../http/errors';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { createTask, requireVisibleTask } from './tasks-core';
import {
	audit,
	checklistItemsOf,
	orderAfterLast,
	projectsOf,
	requireIn,
	requireWritableProject,
	tasksOf,
	touch,
	type StoredTask,
} from './tasks-shared';
import { renderTask } from './tasks-view';
import { emit } from './shared/changes';
import { noContent, ok } from './shared/respond';

const itemsOf = (ctx: HandlerContext, taskId: string) =>
	checklistItemsOf(ctx.store)
		.where((i) => i.taskId === taskId)
		.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

function requireItem(ctx: HandlerContext, task: StoredTask, itemId: string) {
	return requireIn(checklistItemsOf(ctx.store), itemId, (i) => i.taskId === task.id);
}

function writableTask(req: SandboxRequest, ctx: HandlerContext): StoredTask {
	const task = requireVisibleTask(ctx.store, req.params.taskId, req.userId);
	if (task.projectId) requireWritableProject(ctx.store, task.projectId);
	return task;
}

/** The task behind a read-only path variant (project task, or the user's own private task). */
function taskForVariant(req: SandboxRequest, ctx: HandlerContext): StoredTask {
	if (req.params.projectId) {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		return requireIn(tasksOf(ctx.store), req.params.taskId, (t) => t.projectId === project.id);
	}
	const owner = (req.params.userId ?? req.userId).toLowerCase();
	const otherPrivate = req.op.pathTemplate.includes('otherprivatetasks');
	return requireIn(tasksOf(ctx.store), req.params.taskId, (t) =>
		t.baseType === 'private' &&
		(otherPrivate ? t.userId !== owner && t.assignees.some((a) => a.id === owner) : t.userId === owner),
	);
}

const listVariant = (req: SandboxRequest, ctx: HandlerContext) => ctx.list(req, itemsOf(ctx, taskForVariant(req, ctx).id));
const getVariant = (req: SandboxRequest, ctx: HandlerContext) => ok(requireItem(ctx, taskForVariant(req, ctx), req.params.checklistItemId));

export const checklistItemHandlers: HandlerTable = {
	'GET /tasks/{taskId}/checklistitems': (req, ctx) =>
		ctx.list(req, itemsOf(ctx, requireVisibleTask(ctx.store, req.params.taskId, req.userId).id)),

	'GET /tasks/{taskId}/checklistitems/{checklistItemId}': (req, ctx) =>
		ok(requireItem(ctx, requireVisibleTask(ctx.store, req.params.taskId, req.userId), req.params.checklistItemId)),

	'POST /tasks/{taskId}/checklistitems': (req, ctx) => {
		const task = writableTask(req, ctx);
		const item = checklistItemsOf(ctx.store).insert({
			isDone: req.body.isDone === true,
			name: req.body.name,
			order: req.body.order ?? orderAfterLast(itemsOf(ctx, task.id).map((i) => i.order)),
			id: ctx.store.newId(),
			...audit(ctx.store, req.userId),
			taskId: task.id,
		});
		return ok(item);
	},

	'PUT /tasks/{taskId}/checklistitems/{checklistItemId}': (req, ctx) => {
		const task = writableTask(req, ctx);
		const item = requireItem(ctx, task, req.params.checklistItemId);
		item.name = req.body.name;
		item.isDone = req.body.isDone === true;
		if (req.body.order != null) item.order = req.body.order;
		touch(ctx.store, item, req.userId);
		return ok(item);
	},

	'DELETE /tasks/{taskId}/checklistitems/{checklistItemId}': (req, ctx) => {
		const task = writableTask(req, ctx);
		checklistItemsOf(ctx.store).delete(requireItem(ctx, task, req.params.checklistItemId).id);
		return noContent();
	},

	/** Every checklist item becomes a subtask (done items land in the first done status). */
	'POST /tasks/{taskId}/checklistitems/tosubtasks': (req, ctx) => {
		const task = writableTask(req, ctx);
		if (task.parentId) {
			// awork keeps subtasks one level deep, so a subtask's checklist cannot become subtasks.
			throw invalidOperation('Checklist items of a subtask cannot be turned into subtasks.');
		}
		const created = itemsOf(ctx, task.id).map((item) => {
			const subtask = createTask(ctx.store, req.userId, {
				name: String(item.name).slice(0, 1000),
				baseType: task.baseType,
				entityId: task.entityId,
				parentId: task.id,
				typeOfWorkId: task.typeOfWorkId,
			}, 'checklist');
			checklistItemsOf(ctx.store).delete(item.id);
			return subtask;
		});
		const views = created.map((t) => renderTask(ctx.store, t));
		for (const view of views) emit(ctx, req, 'task_added', 'task', view);
		return ok(views);
	},

	'GET /projects/{projectId}/projecttasks/{taskId}/checklistitems': listVariant,
	'GET /projects/{projectId}/projecttasks/{taskId}/checklistitems/{checklistItemId}': getVariant,
	'GET /me/privatetasks/{taskId}/checklistitems': listVariant,
	'GET /me/privatetasks/{taskId}/checklistitems/{checklistItemId}': getVariant,
	'GET /me/otherprivatetasks/{taskId}/checklistitems': listVariant,
	'GET /me/otherprivatetasks/{taskId}/checklistitems/{checklistItemId}': getVariant,
	'GET /users/{userId}/privatetasks/{taskId}/checklistitems': listVariant,
	'GET /users/{userId}/privatetasks/{taskId}/checklistitems/{checklistItemId}': getVariant,
	'GET /users/{userId}/otherprivatetasks/{taskId}/checklistitems': listVariant,
	'GET /users/{userId}/otherprivatetasks/{taskId}/checklistitems/{checklistItemId}': getVariant,
};
