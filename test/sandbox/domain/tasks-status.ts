/** Batch changes of a task's workflow fields: status, priority and type of work. */
import type { HandlerContext, HandlerTable, PropertyChange, SandboxRequest } from '../types';
import { BatchOutcome } from './tasks-batch';
import { orderInStatus, requireStatusForTask, requireVisibleTask, resolveTypeOfWork, setStatus } from './tasks-core';
import { bodyArray, requireWritableProject, timeEntriesOf, touch, type StoredTask } from './tasks-shared';
import { renderTask } from './tasks-view';
import { emit } from './shared/changes';
import { noContent } from './shared/respond';

/** Snapshot of the fields a status change touches, to report old/new in the webhook. */
const STATUS_FIELDS = ['taskStatusId', 'order', 'closedOn', 'closedBy'] as const;

function diff(before: Record<string, unknown>, task: StoredTask): PropertyChange[] {
	const changes: PropertyChange[] = [];
	for (const field of Object.keys(before)) {
		if (JSON.stringify(before[field] ?? null) === JSON.stringify(task[field] ?? null)) continue;
		changes.push({ property: field.charAt(0).toUpperCase() + field.slice(1), old: before[field] ?? null, new: task[field] ?? null });
	}
	return changes;
}

function writableTask(req: SandboxRequest, ctx: HandlerContext, taskId: string): StoredTask {
	const task = requireVisibleTask(ctx.store, taskId, req.userId);
	if (task.projectId) requireWritableProject(ctx.store, task.projectId);
	return task;
}

export const taskStatusChangeHandlers: HandlerTable = {
	'POST /tasks/changestatuses': (req, ctx) => {
		const outcome = new BatchOutcome();
		for (const item of bodyArray<{ taskId: string; statusId: string; order?: number | null }>(req)) {
			outcome.run(item.taskId, () => {
				const task = writableTask(req, ctx, item.taskId);
				const status = requireStatusForTask(ctx.store, task, item.statusId, req.userId);
				const before = Object.fromEntries(STATUS_FIELDS.map((f) => [f, task[f]]));
				if (status.id !== task.taskStatusId) {
					task.order = item.order ?? orderInStatus(ctx.store, task, status.id);
					setStatus(ctx.store, task, status, req.userId);
				} else if (item.order != null) {
					task.order = item.order;
				}
				const changes = diff(before, task);
				if (changes.length === 0) return;
				const oldUpdatedOn = task.updatedOn;
				touch(ctx.store, task, req.userId);
				changes.push({ property: 'UpdatedOn', old: oldUpdatedOn, new: task.updatedOn });
				emit(ctx, req, 'task_status_changed', 'task', renderTask(ctx.store, task), changes);
			});
		}
		return outcome.respond();
	},

	'POST /tasks/settaskpriority': (req, ctx) => {
		const task = writableTask(req, ctx, req.body.taskId);
		const isPrio = req.body.isPrio === true;
		if (task.isPrio !== isPrio) {
			const changes = [{ property: 'IsPrio', old: task.isPrio, new: isPrio }];
			task.isPrio = isPrio;
			touch(ctx.store, task, req.userId);
			emit(ctx, req, 'task_updated', 'task', renderTask(ctx.store, task), changes);
		}
		return noContent();
	},

	/** Moves tasks (and, when asked, their time entries) to another type of work. */
	'POST /tasks/changetypeofwork': (req, ctx) => {
		const type = resolveTypeOfWork(ctx.store, req.body.typeOfWorkId);
		const outcome = new BatchOutcome();
		for (const taskId of req.body.taskIds as string[]) {
			outcome.run(taskId, () => {
				const task = writableTask(req, ctx, taskId);
				if (req.body.changeTimeEntries === true) {
					for (const entry of timeEntriesOf(ctx.store).where((e) => String(e.taskId ?? '').toLowerCase() === task.id)) {
						entry.typeOfWorkId = type.id;
						if (entry.typeOfWork) entry.typeOfWork = { ...entry.typeOfWork, id: type.id, name: type.name ?? null };
					}
				}
				if (task.typeOfWorkId === type.id) return;
				const changes = [{ property: 'TypeOfWorkId', old: task.typeOfWorkId, new: type.id }];
				task.typeOfWorkId = type.id;
				touch(ctx.store, task, req.userId);
				emit(ctx, req, 'task_type_changed', 'task', renderTask(ctx.store, task), changes);
			});
		}
		return outcome.respond();
	},
};
