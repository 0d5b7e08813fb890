/** Who works on a task: replacing the assignee set and per-assignee planned efforts. */
import { ApiError, invalidOperation } from '../http/errors';
import type { HandlerTable } from '../types';
import { requireVisibleTask } from './tasks-core';
import { bodyArray, requireWritableProject, touch, usersOf } from './tasks-shared';
import { renderTask } from './tasks-view';
import { emit } from './shared/changes';
import { noContent } from './shared/respond';

export const taskAssigneeHandlers: HandlerTable = {
	/** Replaces the assignees; each user added or removed is one assignment event. */
	'POST /tasks/{taskId}/setassignees': (req, ctx) => {
		const task = requireVisibleTask(ctx.store, req.params.taskId, req.userId);
		if (task.projectId) requireWritableProject(ctx.store, task.projectId);
		const wanted: string[] = [];
		for (const rawId of bodyArray<string>(req)) {
			const user = usersOf(ctx.store).require(rawId);
			if (user.isDeactivated) {
				throw new ApiError(400, 'deactivated-user', `The user with the id '${rawId}' is deactivated and cannot be assigned.`);
			}
			if (!wanted.includes(user.id)) wanted.push(user.id);
		}
		const current = task.assignees.map((a) => a.id);
		const added = wanted.filter((id) => !current.includes(id));
		const removed = current.filter((id) => !wanted.includes(id));
		if (added.length === 0 && removed.length === 0) return noContent();

		const now = ctx.store.timestamp();
		task.assignees = [
			...task.assignees.filter((a) => wanted.includes(a.id)),
			...added.map((id) => ({ id, plannedEffort: 0, isDistributedPlannedEffort: true, updatedOn: now, isExternal: false })),
		];
		for (const id of removed) delete task._assignedOn[id];
		for (const id of added) task._assignedOn[id] = now;
		touch(ctx.store, task, req.userId);

		const view = renderTask(ctx.store, task);
		for (const userId of added) {
			emit(ctx, req, 'taskassignment_added', 'task', view, [{ property: 'AssigneeId', new: userId }]);
		}
		for (const userId of removed) {
			emit(ctx, req, 'taskassignment_deleted', 'task', view, [{ property: 'AssigneeId', old: userId }]);
		}
		return noContent();
	},

	/**
	 * Sets the planned effort of the listed assignments (the body is a list; assignments not listed
	 * stay as they are). An explicit effort stops the even split for that assignee; null goes back
	 * to the split. All forms are checked before anything changes.
	 */
	'POST /tasks/{taskId}/setplannedefforts': (req, ctx) => {
		const task = requireVisibleTask(ctx.store, req.params.taskId, req.userId);
		if (task.projectId) requireWritableProject(ctx.store, task.projectId);
		const forms = bodyArray<{ userId: string; plannedEffort?: number | null }>(req);
		const updates = forms.map((form) => {
			const assignee = task.assignees.find((a) => a.id === String(form.userId).toLowerCase());
			if (!assignee) throw invalidOperation(`The user with the id '${form.userId}' is not assigned to the task.`);
			const effort = form.plannedEffort;
			if (effort != null && effort < 0) {
				throw new ApiError(400, 'value-out-of-range', 'The planned effort must not be negative.');
			}
			return { assignee, effort };
		});
		for (const { assignee, effort } of updates) {
			assignee.isDistributedPlannedEffort = effort == null;
			assignee.plannedEffort = effort ?? 0;
			assignee.updatedOn = ctx.store.timestamp();
		}
		touch(ctx.store, task, req.userId);
		emit(ctx, req, 'task_updated', 'task', renderTask(ctx.store, task));
		return noContent();
	},
};
