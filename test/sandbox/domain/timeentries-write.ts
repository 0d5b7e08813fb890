/**
 * Creating, changing and deleting time entries — shared by v1, v2, the timers and the batch
 * operations so every path applies the same rules and emits the same webhook events.
 */
import type { ValidationError } from '../http/errors';
import type { Store } from '../store';
import type { HandlerContext, PropertyChange, SandboxRequest } from '../types';
import { collections } from './people-models';
import { createdAudit } from './people-shared';
import { applyInterval, attachRelations, breakSeconds, RelationResolver, timeEntriesOf, toV1, type StoredTimeEntry } from './timeentries-model';
import { isValidTimeZone } from './timeentries-time';
import { assertValid } from './shared/respond';
import { pascal } from './shared/changes';
import { withoutInternals } from './shared/internals';

/** A day is the longest a single entry can last (timers stop after 24 h as well). */
export const MAX_DURATION_S = 24 * 3600;

/** Everything that defines a time entry, after parsing a v1 or v2 form. */
export interface EntryDraft {
	userId: string;
	typeOfWorkId: string;
	projectId: string | null;
	taskId: string | null;
	note: string | null;
	isBillable: boolean | undefined;
	isBilled: boolean;
	timezone: string;
	start: number;
	/** null: a running timer. */
	end: number | null;
	isDateOnly: boolean;
}

/**
 * Checks the references of a draft (user, type of work, project, task and their consistency)
 * and fills `projectId` from the task and the billable default from the project.
 */
export function resolveReferences(store: Store, draft: EntryDraft, previous?: StoredTimeEntry): ValidationError[] {
	const errors: ValidationError[] = [];
	if (!isValidTimeZone(draft.timezone)) errors.push({ property: 'timezone', message: `'${draft.timezone}' is not a valid IANA time zone.` });
	const user = collections.users(store).get(draft.userId);
	if (!user) errors.push({ property: 'userId', message: `The user with the id '${draft.userId}' could not be found.` });
	const type = collections.typesOfWork(store).get(draft.typeOfWorkId);
	if (!type) errors.push({ property: 'typeOfWorkId', message: `The type of work with the id '${draft.typeOfWorkId}' could not be found.` });
	else if (type.isArchived && previous?.typeOfWorkId.toLowerCase() !== type.id.toLowerCase()) {
		errors.push({ property: 'typeOfWorkId', message: `The type of work '${type.name}' is archived.` });
	} else draft.typeOfWorkId = type.id;
	const projects = store.collection<any>('projects', 'project');
	const project = draft.projectId ? projects.get(draft.projectId) : undefined;
	if (draft.projectId && !project) errors.push({ property: 'projectId', message: `The project with the id '${draft.projectId}' could not be found.` });
	if (draft.taskId) {
		const task = store.collection<any>('tasks', 'task').get(draft.taskId);
		if (!task) errors.push({ property: 'taskId', message: `The task with the id '${draft.taskId}' could not be found.` });
		else if (draft.projectId && String(task.projectId ?? '').toLowerCase() !== draft.projectId.toLowerCase()) {
			errors.push({ property: 'taskId', message: `The task '${task.id}' does not belong to the project '${draft.projectId}'.` });
		} else if (!draft.projectId && task.projectId) {
			draft.projectId = task.projectId;
		}
	}
	const billableDefault = (draft.projectId ? projects.get(draft.projectId)?.isBillableByDefault : undefined) ?? true;
	draft.isBillable ??= previous?.isBillable ?? billableDefault;
	if (draft.isBilled && !draft.isBillable) errors.push({ property: 'isBilled', message: 'A time entry that is not billable cannot be billed.' });
	return errors;
}

/** Checks the interval of a draft; the duration excludes breaks. */
export function checkInterval(draft: EntryDraft, breakS: number, givenDuration?: number | null): ValidationError[] {
	const errors: ValidationError[] = [];
	if (draft.end === null) return errors;
	if (draft.end <= draft.start) {
		errors.push({ property: 'endDateUtc', message: 'The end of a time entry must be after its start.' });
		return errors;
	}
	const duration = Math.round((draft.end - draft.start) / 1000) - breakS;
	if (givenDuration !== undefined && givenDuration !== null && !draft.isDateOnly && Math.abs(givenDuration - duration) > 60) {
		errors.push({ property: 'duration', message: `The duration (${givenDuration}s) does not match start and end (${duration}s).` });
	}
	if (duration > MAX_DURATION_S) errors.push({ property: 'duration', message: 'A time entry cannot be longer than 24 hours.' });
	return errors;
}

function applyDraft(entry: StoredTimeEntry, draft: EntryDraft): void {
	entry.userId = draft.userId;
	entry.typeOfWorkId = draft.typeOfWorkId;
	entry.projectId = draft.projectId;
	entry.taskId = draft.taskId;
	entry.note = draft.note;
	entry.isBillable = draft.isBillable ?? true;
	entry.isBilled = draft.isBilled;
	entry.timezone = draft.timezone;
	entry._start = draft.start;
	entry._end = draft.end;
	entry._isDateOnly = draft.isDateOnly;
	// An end given to a running timer completes it.
	if (draft.end !== null) delete entry._timer;
	entry.breakDuration = breakSeconds(entry);
	entry.duration = draft.end === null ? null : Math.round((draft.end - draft.start) / 1000) - entry.breakDuration;
	applyInterval(entry);
}

export function emitEntry(ctx: HandlerContext, req: SandboxRequest, eventType: 'timetracking_added' | 'timetracking_updated' | 'timetracking_deleted' | 'timetracking_type_changed', entry: StoredTimeEntry, changes?: PropertyChange[]) {
	const entity = toV1(entry, new RelationResolver(ctx.store));
	ctx.emit({ eventType, entityType: 'timeentry', entityId: entry.id, entity, changes, userId: req.userId, traceId: req.traceId });
}

export function createEntry(ctx: HandlerContext, req: SandboxRequest, draft: EntryDraft, extra?: Partial<StoredTimeEntry>, givenDuration?: number | null): StoredTimeEntry {
	assertValid([...resolveReferences(ctx.store, draft), ...checkInterval(draft, 0, givenDuration)]);
	const entry = {
		id: ctx.store.newId(),
		...createdAudit(ctx.store, req.userId),
		breaks: [],
		resourceVersion: 1,
		isExternal: false,
		...extra,
	} as unknown as StoredTimeEntry;
	applyDraft(entry, draft);
	attachRelations(entry, new RelationResolver(ctx.store));
	timeEntriesOf(ctx.store).insert(entry);
	emitEntry(ctx, req, 'timetracking_added', entry);
	return entry;
}

const TRACKED = ['userId', 'typeOfWorkId', 'projectId', 'taskId', 'note', 'isBillable', 'isBilled', 'timezone', 'startDateUtc', 'startTimeUtc', 'endDateUtc', 'endTimeUtc', 'duration', 'breakDuration'] as const;

/** Applies a draft to an existing entry; emits `timetracking_updated` (and `_type_changed`). */
export function updateEntry(ctx: HandlerContext, req: SandboxRequest, entry: StoredTimeEntry, draft: EntryDraft, givenDuration?: number | null): StoredTimeEntry {
	assertValid([...resolveReferences(ctx.store, draft, entry), ...checkInterval(draft, breakSeconds(entry), givenDuration)]);
	const before = withoutInternals(entry) as unknown as Record<string, unknown>;
	applyDraft(entry, draft);
	return finishUpdate(ctx, req, entry, before);
}

/** Bookkeeping after any change: audit fields, relations, events with the changed properties. */
export function finishUpdate(ctx: HandlerContext, req: SandboxRequest, entry: StoredTimeEntry, before: Record<string, unknown>): StoredTimeEntry {
	const changes: PropertyChange[] = [];
	for (const key of TRACKED) {
		const old = before[key] ?? null;
		const now = (entry as any)[key] ?? null;
		if (old !== now) changes.push({ property: pascal(key), old, new: now });
	}
	entry.updatedOn = ctx.store.timestamp();
	entry.updatedBy = req.userId;
	entry.resourceVersion += 1;
	attachRelations(entry, new RelationResolver(ctx.store));
	emitEntry(ctx, req, 'timetracking_updated', entry, changes);
	if (changes.some((c) => c.property === 'TypeOfWorkId')) emitEntry(ctx, req, 'timetracking_type_changed', entry, changes.filter((c) => c.property === 'TypeOfWorkId'));
	return entry;
}

export function deleteEntry(ctx: HandlerContext, req: SandboxRequest, entry: StoredTimeEntry): void {
	timeEntriesOf(ctx.store).delete(entry.id);
	emitEntry(ctx, req, 'timetracking_deleted', entry);
}

/** The draft describing an entry as it is (the base for partial changes). */
export function draftOf(entry: StoredTimeEntry): EntryDraft {
	return {
		userId: entry.userId,
		typeOfWorkId: entry.typeOfWorkId,
		projectId: entry.projectId,
		taskId: entry.taskId,
		note: entry.note,
		isBillable: entry.isBillable,
		isBilled: entry.isBilled,
		timezone: entry.timezone,
		start: entry._start,
		end: entry._end,
		isDateOnly: entry._isDateOnly,
	};
}
