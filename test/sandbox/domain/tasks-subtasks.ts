/**
 * Re-parenting: making tasks subtasks of another task, and subtasks top-level tasks again.
 * A subtask always follows its parent's base type, project/owner and lists.
 */
import { invalidOperation } from '../http/errors';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import {
	defaultStatusLike,
	nextTaskNumber,
	orderAfterLastSubtask,
	orderInList,
	requireVisibleTask,
	resolveListAssignments,
	setStatus,
} from './tasks-core';
import { bodyArray, requireWritableProject, tasksOf, touch, type StoredTask } from './tasks-shared';
import { renderTask } from './tasks-view';
import { emit } from './shared/changes';
import { noContent } from './shared/respond';

function writable(req: SandboxRequest, ctx: HandlerContext, taskId: string): StoredTask {
	const task = requireVisibleTask(ctx.store, taskId, req.userId);
	if (task.projectId) requireWritableProject(ctx.store, task.projectId);
	return task;
}

/** Moves a task into its new parent's scope: owner, status set, task number and lists. */
function followParent(req: SandboxRequest, ctx: HandlerContext, task: StoredTask, parent: StoredTask): void {
	if (task.baseType !== parent.baseType || task.projectId !== parent.projectId || task.userId !== parent.userId) {
		const scope = { baseType: parent.baseType, projectId: parent.projectId, userId: parent.userId };
		setStatus(ctx.store, task, defaultStatusLike(ctx.store, scope, task.taskStatusId, req.userId), req.userId);
		Object.assign(task, scope, { entityId: parent.entityId });
		task.taskNumber = parent.projectId ? nextTaskNumber(ctx.store, parent.projectId) : null;
	}
	task._lists = parent._lists.map((l) => ({ id: l.id, order: orderInList(ctx.store, l.id) }));
}

export const taskSubtaskHandlers: HandlerTable = {
	'POST /tasks/changesubtasks': (req, ctx) => {
		for (const form of bodyArray<{ taskId: string; parentId: string; order?: number | null }>(req)) {
			const task = writable(req, ctx, form.taskId);
			const parent = writable(req, ctx, form.parentId);
			if (parent.id === task.id) throw invalidOperation('A task cannot be its own parent.');
			if (parent.parentId) throw invalidOperation('A subtask cannot have subtasks of its own.');
			if (tasksOf(ctx.store).where((t) => t.parentId === task.id).length > 0) {
				throw invalidOperation(`The task '${task.id}' has subtasks and cannot become a subtask.`);
			}
			const changes = [{ property: 'ParentId', old: task.parentId, new: parent.id }];
			if (task.parentId !== parent.id) followParent(req, ctx, task, parent);
			task.parentId = parent.id;
			task.correlationId = parent.id;
			task.isSubtask = true;
			task.subtaskOrder = form.order ?? orderAfterLastSubtask(ctx.store, parent.id);
			touch(ctx.store, task, req.userId);
			emit(ctx, req, 'task_updated', 'task', renderTask(ctx.store, task), changes);
		}
		return noContent();
	},

	'POST /tasks/changesubtaskstoparent': (req, ctx) => {
		for (const form of bodyArray<{ taskId: string; listId?: string | null; order?: number | null }>(req)) {
			const task = writable(req, ctx, form.taskId);
			if (!task.parentId) throw invalidOperation(`The task '${task.id}' is not a subtask.`);
			const parent = tasksOf(ctx.store).get(task.parentId);
			const changes = [{ property: 'ParentId', old: task.parentId, new: null }];
			task._lists = form.listId
				? resolveListAssignments(ctx.store, task, [{ id: form.listId, order: form.order }])
				: (parent?._lists ?? []).map((l) => ({ id: l.id, order: orderInList(ctx.store, l.id) }));
			task.parentId = null;
			task.correlationId = task.id;
			task.isSubtask = false;
			task.subtaskOrder = null;
			touch(ctx.store, task, req.userId);
			emit(ctx, req, 'task_updated', 'task', renderTask(ctx.store, task), changes);
		}
		return noContent();
	},
};
