/**
 * What linking and unlinking a workflow does to a project's tasks (spec: `linkworkflow`,
 * `unlinkworkflow`). Linking moves every task onto the workflow's shared statuses through the
 * caller's `taskStatusMapping` (required for each status the tasks use) and drops the project's
 * own statuses; unlinking clones the workflow's statuses into project-specific ones, and each
 * task keeps the clone of its status.
 */
import { invalidOperation } from '../http/errors';
import type { Store } from '../store';
import { setStatus } from './tasks-core';
import { taskStatusesOf, tasksOf, touch, type StoredTaskStatus } from './tasks-shared';
import { ensureWorkflowStatuses, newTaskStatus, ownProjectStatuses } from './taskstatuses-scope';

export interface TaskStatusMappingEntry {
	oldTaskStatusId?: string;
	newTaskStatusId?: string;
}

type ProjectRef = { id: string };

/**
 * Checks the mapping against the project's tasks and returns the change to apply once the project
 * is linked (validation first, so a rejected link changes nothing).
 */
export function planTaskStatusLink(
	store: Store,
	project: ProjectRef,
	workflowId: string,
	mapping: TaskStatusMappingEntry[],
	actorId: string,
): () => void {
	const target = ensureWorkflowStatuses(store, workflowId, actorId);
	const replacement = new Map<string, StoredTaskStatus>();
	for (const entry of mapping) {
		const to = target.find((s) => s.id === entry.newTaskStatusId?.toLowerCase());
		if (!to) throw invalidOperation(`The task status '${entry.newTaskStatusId}' is not a task status of the workflow.`);
		if (entry.oldTaskStatusId) replacement.set(entry.oldTaskStatusId.toLowerCase(), to);
	}
	const tasks = tasksOf(store).where((t) => t.projectId === project.id);
	const unmapped = tasks.find((t) => !replacement.has(t.taskStatusId) && !target.some((s) => s.id === t.taskStatusId));
	if (unmapped) {
		throw invalidOperation(
			`taskStatusMapping must map the task status '${unmapped.taskStatusId}' used by tasks of the project to a task status of the workflow.`,
		);
	}
	const own = ownProjectStatuses(store, project.id);
	return () => {
		for (const task of tasks) {
			const to = replacement.get(task.taskStatusId);
			if (!to) continue;
			setStatus(store, task, to, actorId);
			touch(store, task, actorId);
		}
		for (const status of own) taskStatusesOf(store).delete(status.id);
	};
}

/** Gives the project its own copies of the workflow's task statuses; tasks move to the copies. */
export function cloneWorkflowTaskStatuses(store: Store, project: ProjectRef, workflowId: string, actorId: string): void {
	const copies = new Map<string, StoredTaskStatus>();
	for (const shared of ensureWorkflowStatuses(store, workflowId, actorId)) {
		const { name, type, icon, order } = shared;
		copies.set(shared.id, newTaskStatus(store, actorId, { name, type, icon: icon ?? null, order }, { projectId: project.id }));
	}
	for (const task of tasksOf(store).where((t) => t.projectId === project.id)) {
		const copy = copies.get(task.taskStatusId);
		if (!copy) continue;
		// Same name and type, so closedOn/closedBy stay as they are.
		task.taskStatusId = copy.id;
		touch(store, task, actorId);
	}
}
