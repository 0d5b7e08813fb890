/**
 * Renders stored tasks as awork's TaskModel. Nested snapshots (status, project, assignees, lists,
 * parent) and counters are rebuilt from the current state on every read, so renaming a project or
 * a list shows up in its tasks like it does in awork.
 */
import type { Store } from '../store';
import {
	checklistItemsOf,
	commentsOf,
	projectsOf,
	taskListsOf,
	taskStatusesOf,
	tasksOf,
	timeEntriesOf,
	typesOfWorkOf,
	usersOf,
	type StoredTask,
} from './tasks-shared';
import { withoutInternals } from './shared/internals';

interface Counters {
	subtasks: Map<string, StoredTask[]>;
	checklist: Map<string, { total: number; done: number }>;
	comments: Map<string, number>;
	tracked: Map<string, number>;
}

/** The project key + task number, e.g. `WEB-12`; null for private tasks or keyless projects. */
export function taskIdentifier(project: Record<string, any> | undefined, taskNumber: number | null): string | null {
	return project?.projectKey && taskNumber != null ? `${project.projectKey}-${taskNumber}` : null;
}

/** Renders tasks; counters are indexed once per view, so rendering 10,000 tasks stays linear. */
export class TaskView {
	private counters?: Counters;

	constructor(private readonly store: Store) {}

	render(task: StoredTask): Record<string, any> {
		const store = this.store;
		const counters = this.index();
		const project = task.projectId ? projectsOf(store).get(task.projectId) : undefined;
		const status = taskStatusesOf(store).get(task.taskStatusId);
		const typeOfWork = typesOfWorkOf(store).get(task.typeOfWorkId);
		const parent = task.parentId ? tasksOf(store).get(task.parentId) : undefined;
		const subtasks = counters.subtasks.get(task.id) ?? [];
		const checklist = counters.checklist.get(task.id) ?? { total: 0, done: 0 };
		const tracked = counters.tracked.get(task.id) ?? 0;
		const view: Record<string, any> = {
			...withoutInternals(task),
			taskIdentifier: taskIdentifier(project, task.taskNumber),
			assignees: task.assignees.map((a) => this.assignee(task, a)),
			lists: this.lists(task),
			numberOfSubtasks: subtasks.length > 0 ? subtasks.length : null,
			checklistItemsCount: checklist.total,
			checklistItemsDoneCount: checklist.done,
			commentCount: counters.comments.get(task.id) ?? 0,
			trackedDuration: tracked,
			totalTrackedDuration: tracked + subtasks.reduce((sum, s) => sum + (counters.tracked.get(s.id) ?? 0), 0),
			totalPlannedDuration: (task.plannedDuration ?? 0) + subtasks.reduce((sum, s) => sum + (s.plannedDuration ?? 0), 0),
		};
		// Nested models are not nullable in the spec: leave them out rather than send null.
		if (status) view.taskStatus = withoutInternals(status);
		if (typeOfWork) {
			view.typeOfWork = { id: typeOfWork.id, name: typeOfWork.name ?? null, icon: typeOfWork.icon ?? null, isArchived: !!typeOfWork.isArchived };
		}
		if (project) view.project = nestedProject(project);
		if (parent) {
			view.parentTask = {
				id: parent.id,
				name: parent.name,
				createdBy: parent.createdBy,
				userId: parent.userId,
				assigneeIds: parent.assignees.map((a) => a.id),
			};
		}
		return view;
	}

	/** A distributed planned effort is the task's planned duration split evenly among assignees. */
	private assignee(task: StoredTask, stored: Record<string, any>) {
		const user = usersOf(this.store).get(stored.id);
		return {
			...stored,
			plannedEffort: stored.isDistributedPlannedEffort
				? Math.floor((task.plannedDuration ?? 0) / task.assignees.length)
				: stored.plannedEffort,
			firstName: user?.firstName ?? null,
			lastName: user?.lastName ?? null,
			hasImage: user?.hasImage ?? false,
			isExternal: user?.isExternal ?? false,
		};
	}

	private lists(task: StoredTask) {
		const lists = taskListsOf(this.store);
		const rendered = [];
		for (const membership of task._lists) {
			const list = lists.get(membership.id);
			if (!list) continue;
			const { trackedDuration: _tracked, projectId: _project, ...listFields } = withoutInternals(list);
			rendered.push({ ...listFields, orderOfTask: membership.order });
		}
		return rendered;
	}

	private index(): Counters {
		if (this.counters) return this.counters;
		const counters: Counters = { subtasks: new Map(), checklist: new Map(), comments: new Map(), tracked: new Map() };
		for (const task of tasksOf(this.store).all()) {
			if (!task.parentId) continue;
			const siblings = counters.subtasks.get(task.parentId) ?? [];
			siblings.push(task);
			counters.subtasks.set(task.parentId, siblings);
		}
		for (const item of checklistItemsOf(this.store).all()) {
			const entry = counters.checklist.get(item.taskId) ?? { total: 0, done: 0 };
			entry.total += 1;
			if (item.isDone) entry.done += 1;
			counters.checklist.set(item.taskId, entry);
		}
		for (const comment of commentsOf(this.store).all()) {
			if (comment._target?.type !== 'task') continue;
			counters.comments.set(comment._target.id, (counters.comments.get(comment._target.id) ?? 0) + 1);
		}
		for (const entry of timeEntriesOf(this.store).all()) {
			if (!entry.taskId) continue;
			const key = String(entry.taskId).toLowerCase();
			counters.tracked.set(key, (counters.tracked.get(key) ?? 0) + (entry.duration ?? 0));
		}
		this.counters = counters;
		return counters;
	}
}

/** NestedProjectModelForTasks from a stored project (Project model). */
function nestedProject(project: Record<string, any>) {
	const status = project.projectStatus;
	const company = project.company;
	const type = project.projectType;
	return {
		id: project.id,
		name: project.name ?? null,
		projectKey: project.projectKey ?? null,
		...(status ? { projectStatus: { id: status.id, name: status.name ?? null, description: status.description ?? null, type: status.type ?? null, isArchived: !!status.isArchived } } : {}),
		...(company ? { company: { id: company.id, name: company.name ?? null, hasImage: !!company.hasImage, description: company.description ?? null } } : {}),
		companyId: project.companyId ?? null,
		...(type ? { projectType: { id: type.id, name: type.name ?? null, icon: type.icon ?? null, isArchived: !!type.isArchived } } : {}),
		hasImage: !!project.hasImage,
		isPrivate: !!project.isPrivate,
		isBillableByDefault: project.isBillableByDefault ?? null,
		members: (project.members ?? []).map((m: Record<string, any>) => ({
			id: m.id,
			userId: m.userId,
			projectRoleId: m.projectRoleId,
			projectRoleName: m.projectRoleName ?? null,
			isResponsible: !!m.isResponsible,
			isExternal: !!m.isExternal,
		})),
		color: project.color ?? null,
		createdBy: project.createdBy,
		teams: (project.teams ?? []).map((t: Record<string, any>) => ({ id: t.id, name: t.name ?? null, icon: t.icon ?? null, color: t.color ?? null })),
		customFields: project.customFields ?? [],
		isExternal: !!project.isExternal,
	};
}

/** One task as the API returns it. */
export const renderTask = (store: Store, task: StoredTask) => new TaskView(store).render(task);
