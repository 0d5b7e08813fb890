/**
 * The stored time entry and its views.
 *
 * Storage: one `timeEntries` collection in the v1 `TimeTracking` shape (so other modules can read
 * it), plus internal fields: `_start`/`_end` (UTC ms; `_end` null while a timer runs),
 * `_isDateOnly` (a duration booked on a day without clock times) and `_timer` (running/paused).
 * v2's `TimeEntry` is a different view of the same entry: `startDate`/`endDate` are `_start`/`_end`
 * as ISO instants and `isDateOnly` is `_isDateOnly`, so v1 and v2 always see the same data.
 */
import type { Store } from '../store';
import { collections, type StoredUser } from './people-models';
import { splitInstant } from './timeentries-time';

export interface BreakRecord {
	startDate: string;
	endDate: string | null;
	duration: number | null;
}

export interface StoredTimeEntry {
	id: string;
	isBillable: boolean;
	isBilled: boolean;
	taskId: string | null;
	projectId: string | null;
	note: string | null;
	startDateUtc: string | null;
	startTimeUtc: string | null;
	endDateUtc: string | null;
	endTimeUtc: string | null;
	startDateLocal: string | null;
	startTimeLocal: string | null;
	endDateLocal: string | null;
	endTimeLocal: string | null;
	timezone: string;
	duration: number | null;
	breakDuration: number | null;
	typeOfWorkId: string;
	userId: string;
	createdBy: string;
	createdOn: string;
	updatedBy: string;
	updatedOn: string;
	typeOfWork?: object;
	user?: object;
	task?: object | null;
	project?: object | null;
	breaks: BreakRecord[];
	resourceVersion: number;
	isExternal: boolean;
	_start: number;
	_end: number | null;
	_isDateOnly: boolean;
	/** Present while the entry is a timer that has not been stopped. */
	_timer?: { pausedAt: number | null };
}

export const timeEntriesOf = (store: Store) => store.collection<StoredTimeEntry>('timeEntries', 'time entry');

/** Recomputes every date/time field of an entry from `_start`, `_end`, `_isDateOnly`, `timezone`. */
export function applyInterval(entry: StoredTimeEntry): void {
	const start = splitInstant(entry._start, entry.timezone);
	entry.startDateUtc = start.dateUtc;
	entry.startDateLocal = start.dateLocal;
	if (entry._isDateOnly) {
		// A booked day is the same calendar day everywhere; no zone shift.
		entry.startDateLocal = start.dateUtc;
		entry.startTimeUtc = entry.startTimeLocal = null;
		entry.endDateUtc = entry.endTimeUtc = entry.endDateLocal = entry.endTimeLocal = null;
		return;
	}
	entry.startTimeUtc = start.timeUtc;
	entry.startTimeLocal = start.timeLocal;
	if (entry._end === null) {
		entry.endDateUtc = entry.endTimeUtc = entry.endDateLocal = entry.endTimeLocal = null;
		return;
	}
	const end = splitInstant(entry._end, entry.timezone);
	entry.endDateUtc = end.dateUtc;
	entry.endTimeUtc = end.timeUtc;
	entry.endDateLocal = end.dateLocal;
	entry.endTimeLocal = end.timeLocal;
}

/** Sum of finished breaks in seconds. */
export function breakSeconds(entry: StoredTimeEntry): number {
	return entry.breaks.reduce((sum, b) => sum + (b.duration ?? 0), 0);
}

/**
 * Builds the nested `user`/`typeOfWork`/`project`/`task` models from current data, caching per
 * ID so a list of 50,000 entries resolves each project only once.
 */
export class RelationResolver {
	private readonly cache = new Map<string, any>();

	constructor(private readonly store: Store) {}

	private memo<T>(key: string, build: () => T): T {
		if (!this.cache.has(key)) this.cache.set(key, build());
		return this.cache.get(key);
	}

	user(id: string | null) {
		if (!id) return undefined;
		return this.memo(`u${id}`, () => {
			const user: StoredUser | undefined = collections.users(this.store).get(id);
			return user
				? { id: user.id, firstName: user.firstName, lastName: user.lastName, hasImage: user.hasImage, isExternal: user.isExternal }
				: undefined;
		});
	}

	typeOfWork(id: string | null) {
		if (!id) return undefined;
		return this.memo(`w${id}`, () => {
			const type = collections.typesOfWork(this.store).get(id);
			return type ? { id: type.id, name: type.name, icon: type.icon, isArchived: type.isArchived } : undefined;
		});
	}

	project(id: string | null) {
		if (!id) return null;
		return this.memo(`p${id}`, () => {
			const p: any = this.store.collection<any>('projects', 'project').get(id);
			if (!p) return null;
			const company = p.companyId ? collections.companies(this.store).get(p.companyId) : undefined;
			return dropUndefined({
				id: p.id,
				name: p.name ?? null,
				projectStatus: p.projectStatus
					? dropUndefined({ id: p.projectStatus.id, name: p.projectStatus.name ?? null, description: p.projectStatus.description ?? null, type: p.projectStatus.type ?? null, isArchived: Boolean(p.projectStatus.isArchived) })
					: undefined,
				company: company
					? { id: company.id, name: company.name, hasImage: company.hasImage, description: company.description }
					: undefined,
				projectType: p.projectType
					? { id: p.projectType.id, name: p.projectType.name ?? null, icon: p.projectType.icon ?? null, isArchived: Boolean(p.projectType.isArchived) }
					: undefined,
				projectKey: p.projectKey ?? null,
				isPrivate: Boolean(p.isPrivate),
				hasImage: Boolean(p.hasImage),
				isExternal: Boolean(p.isExternal),
				isBillableByDefault: p.isBillableByDefault ?? null,
				createdBy: p.createdBy,
			});
		});
	}

	task(id: string | null) {
		if (!id) return null;
		return this.memo(`t${id}`, () => {
			const t: any = this.store.collection<any>('tasks', 'task').get(id);
			if (!t) return null;
			return dropUndefined({
				id: t.id,
				name: t.name ?? null,
				baseType: t.baseType ?? null,
				taskIdentifier: t.taskIdentifier ?? null,
				taskStatusId: t.taskStatusId,
				typeOfWorkId: t.typeOfWorkId,
				project: this.project(t.projectId ?? null) ?? undefined,
				projectId: t.projectId ?? null,
				plannedDuration: t.plannedDuration ?? null,
				closedOn: t.closedOn ?? null,
				taskStatus: t.taskStatus
					? dropUndefined({ id: t.taskStatus.id, name: t.taskStatus.name ?? null, description: t.taskStatus.description ?? null, type: t.taskStatus.type ?? null, order: t.taskStatus.order ?? null, icon: t.taskStatus.icon ?? null })
					: undefined,
				createdBy: t.createdBy,
				correlationId: t.correlationId,
				parentId: t.parentId ?? null,
				parentTask: t.parentTask ? { id: t.parentTask.id, name: t.parentTask.name ?? null } : undefined,
			});
		});
	}

	/** The raw task record (for project/task consistency checks). */
	rawTask(id: string): any {
		return this.store.collection<any>('tasks', 'task').get(id);
	}
}

function dropUndefined<T extends Record<string, unknown>>(object: T): T {
	for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
	return object;
}

/** Refreshes the nested models of a stored entry (called on every write). */
export function attachRelations(entry: StoredTimeEntry, relations: RelationResolver): void {
	entry.user = relations.user(entry.userId);
	entry.typeOfWork = relations.typeOfWork(entry.typeOfWorkId);
	entry.project = relations.project(entry.projectId);
	entry.task = relations.task(entry.taskId);
	if (entry.task === null) delete entry.task;
	if (entry.project === null) delete entry.project;
}

/** The v1 `TimeTracking` model of an entry, nested models resolved from current data. */
export function toV1(entry: StoredTimeEntry, relations: RelationResolver): Record<string, unknown> {
	const view: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(entry)) if (!key.startsWith('_')) view[key] = value;
	view.user = relations.user(entry.userId);
	view.typeOfWork = relations.typeOfWork(entry.typeOfWorkId);
	const project = relations.project(entry.projectId);
	const task = relations.task(entry.taskId);
	if (project) view.project = project;
	else delete view.project;
	if (task) view.task = task;
	else delete view.task;
	if (view.user === undefined) delete view.user;
	if (view.typeOfWork === undefined) delete view.typeOfWork;
	return view;
}

/** The v2 `TimeEntry` model of the same stored entry. */
export function toV2(entry: StoredTimeEntry, relations: RelationResolver): Record<string, unknown> {
	const view: Record<string, unknown> = {
		isBillable: entry.isBillable,
		isBilled: entry.isBilled,
		taskId: entry.taskId,
		projectId: entry.projectId,
		note: entry.note,
		isDateOnly: entry._isDateOnly,
		startDate: new Date(entry._start).toISOString(),
		endDate: entry._end === null || entry._isDateOnly ? null : new Date(entry._end).toISOString(),
		timezone: entry.timezone,
		duration: entry.duration,
		typeOfWorkId: entry.typeOfWorkId,
		userId: entry.userId,
		id: entry.id,
		breakDuration: entry.breakDuration,
		createdBy: entry.createdBy,
		createdOn: entry.createdOn,
		updatedBy: entry.updatedBy,
		updatedOn: entry.updatedOn,
		breaks: entry.breaks,
		resourceVersion: entry.resourceVersion,
		isExternal: entry.isExternal,
	};
	const user = relations.user(entry.userId);
	const typeOfWork = relations.typeOfWork(entry.typeOfWorkId);
	const project = relations.project(entry.projectId);
	const task = relations.task(entry.taskId);
	if (typeOfWork) view.typeOfWork = typeOfWork;
	if (user) view.user = user;
	if (task) view.task = task;
	if (project) view.project = project;
	return view;
}

/** v2's `SimplifiedTimeEntry`: the entry with slim nested models. */
export function toSimplified(entry: StoredTimeEntry, relations: RelationResolver): Record<string, unknown> {
	const view: Record<string, unknown> = {
		id: entry.id,
		isBillable: entry.isBillable,
		isBilled: entry.isBilled,
		duration: entry.duration,
		startDate: new Date(entry._start).toISOString(),
		endDate: entry._end === null || entry._isDateOnly ? null : new Date(entry._end).toISOString(),
		taskId: entry.taskId,
		projectId: entry.projectId,
		userId: entry.userId,
		typeOfWorkId: entry.typeOfWorkId,
		createdBy: entry.createdBy,
		createdOn: entry.createdOn,
	};
	const user: any = relations.user(entry.userId);
	if (user) view.user = { id: user.id, firstName: user.firstName, lastName: user.lastName, hasImage: user.hasImage };
	const type: any = relations.typeOfWork(entry.typeOfWorkId);
	if (type) view.typeOfWork = { id: type.id, name: type.name, icon: type.icon };
	const project: any = relations.project(entry.projectId);
	if (project) {
		view.project = { id: project.id, name: project.name, hasImage: project.hasImage };
		if (project.company) (view.project as any).company = { id: project.company.id, hasImage: project.company.hasImage };
	}
	const task: any = relations.task(entry.taskId);
	if (task) {
		const raw = relations.rawTask(task.id);
		view.task = {
			id: task.id,
			name: task.name,
			baseType: task.baseType,
			createdBy: task.createdBy,
			projectId: task.projectId,
			parentId: task.parentId,
			taskStatusId: task.taskStatusId,
			...(task.correlationId ? { correlationId: task.correlationId } : {}),
			...(raw?.entityId ? { entityId: raw.entityId } : {}),
			...(task.taskStatus ? { taskStatus: task.taskStatus } : {}),
			primaryTaskListId: raw?.lists?.[0]?.id ?? null,
			...(raw?.lists?.[0] ? { primaryTaskList: { id: raw.lists[0].id, name: raw.lists[0].name ?? null } } : {}),
		};
	}
	return view;
}
