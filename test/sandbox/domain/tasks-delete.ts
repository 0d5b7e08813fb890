/**
 * The delete business operation (`POST /tasks/delete`): tasks go with their subtasks, checklist
 * items and comments; time entries are deleted or unlinked as the form asks.
 */
import type { HandlerTable } from '../types';
import { BatchOutcome } from './tasks-batch';
import { deleteTaskCascade, requireVisibleTask } from './tasks-core';
import { requireWritableProject, tasksOf } from './tasks-shared';
import { TaskView } from './tasks-view';
import { emit } from './shared/changes';

export const taskDeleteHandlers: HandlerTable = {
	'POST /tasks/delete': (req, ctx) => {
		const deleteTimeTrackings = req.body?.deleteTimeTrackings === true;
		const outcome = new BatchOutcome();
		// A subtask listed after its parent is already gone with it: that counts as deleted.
		const removedIds = new Set<string>();
		for (const taskId of (req.body?.taskIds ?? []) as string[]) {
			outcome.run(taskId, () => {
				if (removedIds.has(taskId.toLowerCase())) return;
				const task = requireVisibleTask(ctx.store, taskId, req.userId);
				if (task.projectId) requireWritableProject(ctx.store, task.projectId);
				// Render before removal so the event carries the task as it was.
				const view = new TaskView(ctx.store);
				const family = [task, ...tasksOf(ctx.store).where((t) => t.parentId === task.id)];
				const snapshots = family.map((t) => view.render(t));
				for (const removed of deleteTaskCascade(ctx.store, task, deleteTimeTrackings)) removedIds.add(removed.id);
				const deletedOn = ctx.store.timestamp();
				for (const snapshot of snapshots) {
					emit(ctx, req, 'task_deleted', 'task', { ...snapshot, deletedOn, deletedBy: req.userId });
				}
			});
		}
		return outcome.respond();
	},
};
