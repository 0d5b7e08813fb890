/**
 * Moving a task (with its subtasks and time entries) to another project (`changeproject`). Each
 * moved task needs a status of the target project: the caller's `taskStatusMapping` first, then the
 * deprecated `taskStatusId`; a status the target also uses (both projects on one workflow share
 * their statuses, docs/changelog.md) stays; otherwise the target's first status of the same type.
 */
import { invalidOperation, notFound } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable, PropertyChange } from '../types';
import { nextTaskNumber, requireVisibleTask, setStatus } from './tasks-core';
import { projectsOf, requireWritableProject, taskStatusesOf, tasksOf, timeEntriesOf, touch, type StoredTask, type StoredTaskStatus } from './tasks-shared';
import { belongsToProject, counterpartOf, ensureProjectStatuses } from './taskstatuses-scope';
import { renderTask } from './tasks-view';
import { emit } from './shared/changes';
import { noContent } from './shared/respond';

interface ChangeProjectForm {
	projectId?: string;
	taskStatusId?: string | null;
	taskStatusMapping?: Array<{ oldStatusId?: string; newStatusId?: string }> | null;
}

/** A status named by the caller must be one the target project may use. */
function requireTargetStatus(store: Store, target: { id: string; workflowId?: string | null }, statusId: string): StoredTaskStatus {
	const status = taskStatusesOf(store).get(statusId);
	if (!status) throw notFound('task status', statusId);
	if (!belongsToProject(target)(status)) {
		throw invalidOperation(`The task status '${statusId}' does not belong to the project '${target.id}'.`);
	}
	return status;
}

/** Picks each moved task's status in the target project (validating everything before any change). */
function statusPicker(store: Store, target: Record<string, any>, form: ChangeProjectForm, actorId: string) {
	const ref = target as { id: string; workflowId?: string | null };
	const allowed = ensureProjectStatuses(store, ref.id, actorId);
	const mapped = new Map<string, StoredTaskStatus>();
	for (const entry of form.taskStatusMapping ?? []) {
		if (entry.oldStatusId && entry.newStatusId) mapped.set(entry.oldStatusId.toLowerCase(), requireTargetStatus(store, ref, entry.newStatusId));
	}
	const explicit = form.taskStatusId ? requireTargetStatus(store, ref, form.taskStatusId) : undefined;
	return (task: StoredTask): StoredTaskStatus =>
		mapped.get(task.taskStatusId) ??
		explicit ??
		allowed.find((s) => s.id === task.taskStatusId) ??
		counterpartOf(allowed, taskStatusesOf(store).get(task.taskStatusId));
}

export const taskMoveHandlers: HandlerTable = {
	'POST /projects/{projectId}/projecttasks/{taskId}/changeproject': (req, ctx) => {
		const store = ctx.store;
		const source = projectsOf(store).require(req.params.projectId);
		const task = requireVisibleTask(store, req.params.taskId, req.userId);
		if (task.projectId !== source.id) throw notFound('task', req.params.taskId);
		if (task.parentId) throw invalidOperation('A subtask moves with its parent task; change the project of the parent task.');
		requireWritableProject(store, source.id);
		const form = (req.body ?? {}) as ChangeProjectForm;
		if (!form.projectId) throw invalidOperation("'projectId' names the project to move the task to.");
		const target = requireWritableProject(store, form.projectId);
		if (target.id === source.id) return noContent();

		const statusFor = statusPicker(store, target, form, req.userId);
		const moving = [task, ...tasksOf(store).where((t) => t.parentId === task.id)];
		const plan = moving.map((t) => ({ task: t, status: statusFor(t) }));
		const movedIds = new Set(moving.map((t) => t.id));
		for (const { task: moved, status } of plan) {
			const changes: PropertyChange[] = [{ property: 'ProjectId', old: moved.projectId, new: target.id }];
			if (status.id !== moved.taskStatusId) changes.push({ property: 'TaskStatusId', old: moved.taskStatusId, new: status.id });
			setStatus(store, moved, status, req.userId);
			moved.projectId = target.id;
			moved.entityId = target.id;
			moved.taskNumber = nextTaskNumber(store, target.id);
			// Task lists belong to the old project.
			moved._lists = [];
			touch(store, moved, req.userId);
			emit(ctx, req, 'task_updated', 'task', renderTask(store, moved), changes);
		}
		for (const entry of timeEntriesOf(store).where((e) => !!e.taskId && movedIds.has(String(e.taskId).toLowerCase()))) {
			entry.projectId = target.id;
		}
		return noContent();
	},
};
