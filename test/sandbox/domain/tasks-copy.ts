/**
 * Copying a task: everything but comments, files and activity (per the spec), with a new task
 * number; a parent task brings copies of its subtasks along.
 */
import type { Store } from '../store';
import type { HandlerTable } from '../types';
import { nextTaskNumber, orderAfterLastSubtask, requireVisibleTask } from './tasks-core';
import {
	audit,
	checklistItemsOf,
	nextResourceVersion,
	requireWritableProject,
	tasksOf,
	type StoredTask,
} from './tasks-shared';
import { renderTask } from './tasks-view';
import { emit } from './shared/changes';
import { ok } from './shared/respond';

function cloneTask(store: Store, source: StoredTask, actorId: string, parentId: string | null): StoredTask {
	const id = store.newId();
	const now = store.timestamp();
	const copy: StoredTask = {
		...structuredClone(source),
		id,
		taskNumber: source.projectId ? nextTaskNumber(store, source.projectId) : null,
		createdVia: 'copy',
		correlationId: parentId ?? id,
		parentId,
		isSubtask: !!parentId,
		subtaskOrder: parentId ? orderAfterLastSubtask(store, parentId) : null,
		...audit(store, actorId),
		resourceVersion: nextResourceVersion(store),
		hasAttachment: false,
		taskSchedulesCount: 0,
		isCompletelyScheduled: false,
		assignees: source.assignees.map((a) => ({ ...a, updatedOn: now })),
		_assignedOn: Object.fromEntries(source.assignees.map((a) => [a.id, now])),
	};
	tasksOf(store).insert(copy);
	for (const item of checklistItemsOf(store).where((i) => i.taskId === source.id)) {
		checklistItemsOf(store).insert({ ...item, id: store.newId(), taskId: id, ...audit(store, actorId) });
	}
	return copy;
}

export const taskCopyHandlers: HandlerTable = {
	'POST /tasks/{taskId}/copy': (req, ctx) => {
		const source = requireVisibleTask(ctx.store, req.params.taskId, req.userId);
		if (source.projectId) requireWritableProject(ctx.store, source.projectId);
		const subtasks = tasksOf(ctx.store)
			.where((t) => t.parentId === source.id)
			.sort((a, b) => (a.subtaskOrder ?? 0) - (b.subtaskOrder ?? 0));
		const copy = cloneTask(ctx.store, source, req.userId, source.parentId);
		const subtaskCopies = subtasks.map((s) => cloneTask(ctx.store, s, req.userId, copy.id));
		const view = renderTask(ctx.store, copy);
		emit(ctx, req, 'task_added', 'task', view);
		for (const sub of subtaskCopies) emit(ctx, req, 'task_added', 'task', renderTask(ctx.store, sub));
		return ok(view);
	},
};
