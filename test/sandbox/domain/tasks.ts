/** Creating, reading and updating single tasks (`/tasks`, `/tasks/{taskId}`, `/tasks/key/...`). */
import { notFound, validationFailed } from '../http/errors';
import type { HandlerTable } from '../types';
import { createTask, requireVisibleTask, type NewTaskInput } from './tasks-core';
import { assertDateOrder, projectsOf, requireWritableProject, tasksOf, touch } from './tasks-shared';
import { renderTask } from './tasks-view';
import { applyChanges, emit } from './shared/changes';
import { ok } from './shared/respond';

/** GeneralTaskForm fields a PUT replaces; dates and description are cleared when left out. */
const CLEARED_WHEN_ABSENT = ['description', 'startOn', 'dueOn'] as const;
/** Non-nullable in TaskModel, so an absent or null value keeps the current one. */
const KEPT_WHEN_ABSENT = ['isPrio', 'laneOrder', 'plannedDuration'] as const;

/** `KEY-123` → project key and number; keys may contain dashes, so split at the last one. */
function parseTaskIdentifier(identifier: string): { key: string; number: number } {
	const match = /^(.+)-(\d+)$/.exec(identifier.trim());
	if (!match) {
		throw validationFailed([{ property: 'TaskIdentifier', message: `'${identifier}' is not a task key like 'KEY-123'.` }]);
	}
	return { key: match[1].toUpperCase(), number: Number(match[2]) };
}

export const taskHandlers: HandlerTable = {
	'POST /tasks': (req, ctx) => {
		const task = createTask(ctx.store, req.userId, req.body as NewTaskInput);
		const view = renderTask(ctx.store, task);
		emit(ctx, req, 'task_added', 'task', view);
		return ok(view);
	},

	'GET /tasks/{taskId}': (req, ctx) => ok(renderTask(ctx.store, requireVisibleTask(ctx.store, req.params.taskId, req.userId))),

	'PUT /tasks/{taskId}': (req, ctx) => {
		const task = requireVisibleTask(ctx.store, req.params.taskId, req.userId);
		if (task.projectId) requireWritableProject(ctx.store, task.projectId);
		const body = req.body as Record<string, any>;
		const patch: Record<string, unknown> = { name: body.name };
		for (const field of CLEARED_WHEN_ABSENT) patch[field] = body[field] ?? null;
		for (const field of KEPT_WHEN_ABSENT) if (body[field] != null) patch[field] = body[field];
		assertDateOrder(patch.startOn as string | null, patch.dueOn as string | null);
		const changes = applyChanges(task, patch);
		if (changes.length > 0) touch(ctx.store, task, req.userId);
		const view = renderTask(ctx.store, task);
		if (changes.length > 0) emit(ctx, req, 'task_updated', 'task', view, changes);
		return ok(view);
	},

	'GET /tasks/key/{taskIdentifier}': (req, ctx) => {
		const { key, number } = parseTaskIdentifier(req.params.taskIdentifier);
		const project = projectsOf(ctx.store).all().find((p) => typeof p.projectKey === 'string' && p.projectKey.toUpperCase() === key);
		const task = project && tasksOf(ctx.store).all().find((t) => t.projectId === project.id && t.taskNumber === number);
		if (!task) throw notFound('task', req.params.taskIdentifier);
		return ok(renderTask(ctx.store, task));
	},
};
