/**
 * Task lists of a project: CRUD, ordering, archiving, and the tasks inside them (a task may sit in
 * several lists of its project, each with its own order).
 */
import { invalidOperation } from '../http/errors';
import type { Store } from '../store';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { deleteTaskCascade, orderInList, requireStatusForTask, resolveListAssignments, setStatus } from './tasks-core';
import {
	audit,
	bodyArray,
	orderAfterLast,
	projectsOf,
	requireIn,
	requireWritableProject,
	taskListsOf,
	taskStatusesOf,
	tasksOf,
	timeEntriesOf,
	touch,
	type StoredTask,
	type StoredTaskList,
} from './tasks-shared';
import { ensureProjectStatuses } from './taskstatuses';
import { renderTask } from './tasks-view';
import { applyChanges, emit } from './shared/changes';
import { noContent, ok } from './shared/respond';
import { withoutInternals } from './shared/internals';

/** TaskList as the API returns it: durations summed from the tasks in it. */
export function renderTaskList(store: Store, list: StoredTaskList) {
	const members = tasksOf(store).where((t) => t._lists.some((l) => l.id === list.id));
	const primary = members.filter((t) => !t.parentId && t._lists[0]?.id === list.id);
	const primaryIds = new Set(primary.map((t) => t.id));
	const withSubtasks = tasksOf(store).where((t) => primaryIds.has(t.id) || (!!t.parentId && primaryIds.has(t.parentId)));
	const memberIds = new Set(members.map((t) => t.id));
	const tracked = timeEntriesOf(store)
		.where((e) => !!e.taskId && memberIds.has(String(e.taskId).toLowerCase()))
		.reduce((sum, e) => sum + (e.duration ?? 0), 0);
	const { projectId: _projectId, ...fields } = withoutInternals(list);
	return {
		...fields,
		totalPlannedDuration: primary.reduce((sum, t) => sum + (t.plannedDuration ?? 0), 0),
		totalPlannedDurationWithHierarchy: withSubtasks.reduce((sum, t) => sum + (t.plannedDuration ?? 0), 0),
		trackedDuration: tracked,
	};
}

function projectAndList(req: SandboxRequest, ctx: HandlerContext, writable = false) {
	const project = writable
		? requireWritableProject(ctx.store, req.params.projectId)
		: projectsOf(ctx.store).require(req.params.projectId);
	const list = requireIn(taskListsOf(ctx.store), req.params.taskListId, (l) => l.projectId === project.id);
	return { project, list };
}

function membersOf(store: Store, listId: string): StoredTask[] {
	return tasksOf(store).where((t) => t._lists.some((l) => l.id === listId));
}

function removeFromList(task: StoredTask, listId: string): boolean {
	const before = task._lists.length;
	task._lists = task._lists.filter((l) => l.id !== listId);
	return task._lists.length !== before;
}

function emitListEvent(req: SandboxRequest, ctx: HandlerContext, type: 'tasklist_added' | 'tasklist_updated' | 'tasklist_deleted', list: StoredTaskList, changes?: ReturnType<typeof applyChanges>) {
	emit(ctx, req, type, 'tasklist', renderTaskList(ctx.store, list), changes);
}

/** What happens to unfinished tasks when a list is archived (ArchivedTaskListForm.taskOperation). */
function settleOpenTasks(req: SandboxRequest, ctx: HandlerContext, list: StoredTaskList): void {
	const store = ctx.store;
	const doneStatus = ensureProjectStatuses(store, list.projectId, req.userId).find((s) => s.type === 'done');
	const open = membersOf(store, list.id).filter((t) => taskStatusesOf(store).get(t.taskStatusId)?.type !== 'done');
	if (open.length === 0) return;
	const operation: string | undefined = req.body.taskOperation ?? undefined;
	if (operation === 'task-to-done') {
		if (!doneStatus) throw invalidOperation('The project has no task status of type done.');
		for (const task of open) {
			setStatus(store, task, requireStatusForTask(store, task, doneStatus.id, req.userId), req.userId);
			touch(store, task, req.userId);
		}
	} else if (operation === 'task-remove') {
		for (const task of open) removeFromList(task, list.id);
	} else if (operation === 'task-move') {
		if (!req.body.taskListId) throw invalidOperation("'taskListId' is required for the task operation 'task-move'.");
		const [target] = resolveListAssignments(store, { baseType: 'projecttask', projectId: list.projectId }, [{ id: req.body.taskListId }]);
		if (target.id === list.id) throw invalidOperation('Tasks cannot be moved to the list being archived.');
		for (const task of open) {
			removeFromList(task, list.id);
			if (!task._lists.some((l) => l.id === target.id)) task._lists.push({ id: target.id, order: orderInList(store, target.id) });
		}
	} else if (operation === 'task-delete') {
		for (const task of open) {
			if (!tasksOf(store).has(task.id)) continue;
			const snapshot = renderTask(store, task);
			deleteTaskCascade(store, task, req.body.deleteTimeTrackings === true);
			emit(ctx, req, 'task_deleted', 'task', snapshot);
		}
	} else {
		throw invalidOperation('The list still has unfinished tasks: a task operation (task-to-done, task-remove, task-move, task-delete) is required.');
	}
}

export const taskListHandlers: HandlerTable = {
	'GET /projects/{projectId}/tasklists': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		// Archived lists only when asked for (`showArchived` defaults to false).
		const showArchived = String(req.query.showArchived ?? 'false').toLowerCase() === 'true';
		const lists = taskListsOf(ctx.store)
			.where((l) => l.projectId === project.id && (showArchived || !l.isArchived))
			.sort((a, b) => a.order - b.order);
		return ctx.list(req, lists.map((l) => renderTaskList(ctx.store, l)));
	},

	'GET /projects/{projectId}/tasklists/{taskListId}': (req, ctx) => ok(renderTaskList(ctx.store, projectAndList(req, ctx).list)),

	'POST /projects/{projectId}/tasklists': (req, ctx) => {
		const project = requireWritableProject(ctx.store, req.params.projectId);
		const siblings = taskListsOf(ctx.store).where((l) => l.projectId === project.id);
		const list = taskListsOf(ctx.store).insert({
			id: ctx.store.newId(),
			...audit(ctx.store, req.userId),
			name: req.body.name,
			order: req.body.order ?? orderAfterLast(siblings.map((l) => l.order)),
			plannedDuration: null,
			isArchived: false,
			isHiddenForConnectUsers: req.body.isHiddenForConnectUsers ?? false,
			projectId: project.id,
		});
		emitListEvent(req, ctx, 'tasklist_added', list);
		return ok(renderTaskList(ctx.store, list));
	},

	'PUT /projects/{projectId}/tasklists/{taskListId}': (req, ctx) => {
		const { list } = projectAndList(req, ctx, true);
		const patch: Record<string, unknown> = { name: req.body.name };
		// "If null, no change will be made" (TaskListPutForm).
		if (req.body.isHiddenForConnectUsers != null) patch.isHiddenForConnectUsers = req.body.isHiddenForConnectUsers;
		const changes = applyChanges(list, patch);
		if (changes.length > 0) {
			touch(ctx.store, list, req.userId);
			emitListEvent(req, ctx, 'tasklist_updated', list, changes);
		}
		return ok(renderTaskList(ctx.store, list));
	},

	'POST /projects/{projectId}/tasklists/{taskListId}/updateorder': (req, ctx) => {
		const { project, list } = projectAndList(req, ctx, true);
		const order = req.body?.order ?? orderAfterLast(taskListsOf(ctx.store).where((l) => l.projectId === project.id).map((l) => l.order));
		const changes = applyChanges(list, { order });
		if (changes.length > 0) {
			touch(ctx.store, list, req.userId);
			emitListEvent(req, ctx, 'tasklist_updated', list, changes);
		}
		return noContent();
	},

	/** Tasks stay (leaving the list) unless `deleteTasks`; `deleteTimes` then deletes their time entries. */
	'POST /projects/{projectId}/tasklists/{taskListId}/delete': (req, ctx) => {
		const { list } = projectAndList(req, ctx, true);
		const snapshot = renderTaskList(ctx.store, list);
		for (const task of membersOf(ctx.store, list.id)) {
			if (req.body?.deleteTasks === true) {
				if (!tasksOf(ctx.store).has(task.id)) continue;
				const taskSnapshot = renderTask(ctx.store, task);
				deleteTaskCascade(ctx.store, task, req.body?.deleteTimes === true);
				emit(ctx, req, 'task_deleted', 'task', taskSnapshot);
			} else {
				removeFromList(task, list.id);
			}
		}
		taskListsOf(ctx.store).delete(list.id);
		emit(ctx, req, 'tasklist_deleted', 'tasklist', snapshot);
		return noContent();
	},

	'POST /projects/{projectId}/tasklists/{taskListId}/setarchived': (req, ctx) => {
		const { list } = projectAndList(req, ctx, true);
		if (req.body.isArchived === true && !list.isArchived) settleOpenTasks(req, ctx, list);
		const changes = applyChanges(list, { isArchived: req.body.isArchived === true });
		if (changes.length > 0) {
			touch(ctx.store, list, req.userId);
			emitListEvent(req, ctx, 'tasklist_updated', list, changes);
		}
		return ok(renderTaskList(ctx.store, list));
	},

	'POST /projects/{projectId}/tasklists/{taskListId}/addtasks': (req, ctx) => {
		const { project, list } = projectAndList(req, ctx, true);
		if (list.isArchived) throw invalidOperation(`The task list with the id '${list.id}' is archived.`);
		const results = [];
		for (const item of bodyArray<{ taskId: string; order?: number | null }>(req)) {
			const task = requireIn(tasksOf(ctx.store), item.taskId, (t) => t.projectId === project.id);
			const order = item.order ?? orderInList(ctx.store, list.id);
			const membership = task._lists.find((l) => l.id === list.id);
			if (membership) membership.order = order;
			else task._lists.push({ id: list.id, order });
			touch(ctx.store, task, req.userId);
			results.push({ id: list.id, order });
		}
		return ok(results);
	},

	'POST /projects/{projectId}/tasklists/{taskListId}/removetasks': (req, ctx) => {
		const { project, list } = projectAndList(req, ctx, true);
		for (const taskId of bodyArray<string>(req)) {
			const task = requireIn(tasksOf(ctx.store), taskId, (t) => t.projectId === project.id);
			if (removeFromList(task, list.id)) touch(ctx.store, task, req.userId);
		}
		return noContent();
	},

	'POST /projects/{projectId}/tasklists/{taskListId}/tasks/{taskId}/updateorder': (req, ctx) => {
		const { list } = projectAndList(req, ctx, true);
		const task = requireIn(tasksOf(ctx.store), req.params.taskId, (t) => t._lists.some((l) => l.id === list.id));
		const membership = task._lists.find((l) => l.id === list.id)!;
		membership.order = req.body?.order ?? orderInList(ctx.store, list.id);
		touch(ctx.store, task, req.userId);
		return ok([{ id: list.id, order: membership.order }]);
	},

	/** Sets each task's lists to exactly the given ones (adds, removes and reorders in one go). */
	'POST /tasks/changelists': (req, ctx) => {
		const forms = bodyArray<{ taskId: string; taskLists: Array<{ id: string; order?: number | null; isPrimary?: boolean | null }> }>(req);
		const answered = [];
		for (const form of forms) {
			const task = tasksOf(ctx.store).require(form.taskId);
			if (task.projectId) requireWritableProject(ctx.store, task.projectId);
			const resolved = resolveListAssignments(ctx.store, task, form.taskLists);
			// The primary list leads; without one named, the first by order does.
			const primaryId = form.taskLists.find((l) => l.isPrimary)?.id.toLowerCase();
			resolved.sort((a, b) => (a.id === primaryId ? -1 : b.id === primaryId ? 1 : primaryId ? 0 : a.order - b.order));
			const before = task._lists.map((l) => l.id);
			task._lists = resolved;
			touch(ctx.store, task, req.userId);
			emit(ctx, req, 'task_updated', 'task', renderTask(ctx.store, task), [
				{ property: 'Lists', old: before, new: resolved.map((l) => l.id) },
			]);
			answered.push({ taskId: task.id, taskLists: resolved.map((l) => ({ id: l.id, order: l.order, isPrimary: l.id === resolved[0].id })) });
		}
		return ok(answered);
	},
};
