/**
 * Time entries v1 (`/timeentries…`, per project/task lists, last entry, batch operations).
 * Rules live in `timeentries-write.ts` / `timeentries-forms.ts`; this file maps the endpoints.
 */
import { ApiError, invalidOperation } from '../http/errors';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { collections } from './people-models';
import { assertValid, isUuid, publicView } from './people-shared';
import { draftFromV1 } from './timeentries-forms';
import { RelationResolver, timeEntriesOf, toV1, type StoredTimeEntry } from './timeentries-model';
import { createEntry, deleteEntry, draftOf, finishUpdate, resolveReferences, updateEntry } from './timeentries-write';
import { simplifiedV1 } from './timeentries-simplified';

const entries = (ctx: HandlerContext) => timeEntriesOf(ctx.store);

export function listV1(req: SandboxRequest, ctx: HandlerContext, items: StoredTimeEntry[]) {
	const relations = new RelationResolver(ctx.store);
	return ctx.list(req, items.map((e) => toV1(e, relations)));
}

const one = (ctx: HandlerContext, entry: StoredTimeEntry) => ({ status: 200, body: toV1(entry, new RelationResolver(ctx.store)) });

/** The entry the user started last (ignoring future ones); date-only entries count from midnight. */
export function lastEntryOf(ctx: HandlerContext, userId: string): StoredTimeEntry | undefined {
	const now = ctx.now().getTime();
	let last: StoredTimeEntry | undefined;
	for (const entry of entries(ctx).all()) {
		if (entry.userId.toLowerCase() !== userId.toLowerCase() || entry._start > now) continue;
		if (!last || entry._start > last._start || (entry._start === last._start && entry.createdOn > last.createdOn)) last = entry;
	}
	return last;
}

/** A copy of the given entries before a batch, so `requireAllTimeEntries` can roll back. */
const snapshot = (list: StoredTimeEntry[]) => list.map((e) => ({ entry: e, copy: { ...e, breaks: [...e.breaks] } }));

type BatchChange = (entry: StoredTimeEntry) => void;

/**
 * Runs one change over many entries and answers with a `MultiStatusResult`: unknown IDs land in
 * `notFound`, entries the change rejects in `badRequest`; with `requireAllTimeEntries` any failure
 * leaves every entry unchanged (and nothing is announced).
 */
function runBatch(req: SandboxRequest, ctx: HandlerContext, ids: unknown, change: BatchChange, requireAll = false) {
	if (!Array.isArray(ids) || ids.length === 0) assertValid([{ property: 'timeEntryIds', message: 'At least one time entry id is required.' }]);
	const ok: StoredTimeEntry[] = [];
	const notFound: string[] = [];
	const badRequest: string[] = [];
	const found = (ids as string[]).map((id) => ({ id, entry: isUuid(id) ? entries(ctx).get(id) : undefined }));
	const backups = snapshot(found.flatMap((f) => (f.entry ? [f.entry] : [])));
	const befores = new Map<StoredTimeEntry, Record<string, unknown>>();
	for (const { id, entry } of found) {
		if (!entry) {
			notFound.push(id);
			continue;
		}
		befores.set(entry, publicView(entry) as unknown as Record<string, unknown>);
		try {
			change(entry);
			ok.push(entry);
		} catch (error) {
			if (!(error instanceof ApiError)) throw error;
			badRequest.push(entry.id);
		}
	}
	if (requireAll && (notFound.length > 0 || badRequest.length > 0)) {
		for (const { entry, copy } of backups) Object.assign(entry, copy);
		return { status: 207, body: { ok: { ids: [] }, notFound: { ids: notFound }, unauthorized: { ids: [] }, badRequest: { ids: [...badRequest, ...ok.map((e) => e.id)] } } };
	}
	for (const entry of ok) finishUpdate(ctx, req, entry, befores.get(entry)!);
	return { status: 207, body: { ok: { ids: ok.map((e) => e.id) }, notFound: { ids: notFound }, unauthorized: { ids: [] }, badRequest: { ids: badRequest } } };
}

/** Re-validates an entry after a batch change of its references. */
function revalidate(ctx: HandlerContext, entry: StoredTimeEntry, previous: StoredTimeEntry): void {
	const draft = draftOf(entry);
	assertValid(resolveReferences(ctx.store, draft, previous));
	entry.projectId = draft.projectId;
}

const BATCH_OPERATIONS: Record<string, (req: SandboxRequest, ctx: HandlerContext) => BatchChange> = {
	settypeofwork: (req, ctx) => {
		const type = collections.typesOfWork(ctx.store).get(req.body?.newTypeOfWorkId ?? '');
		if (!type || type.isArchived) assertValid([{ property: 'newTypeOfWorkId', message: `The type of work '${req.body?.newTypeOfWorkId}' could not be found or is archived.` }]);
		return (entry) => void (entry.typeOfWorkId = type!.id);
	},
	setisbillable: (req) => {
		if (typeof req.body?.isBillable !== 'boolean') assertValid([{ property: 'isBillable', message: "'isBillable' is required for setIsBillable." }]);
		return (entry) => {
			entry.isBillable = req.body.isBillable;
			// An unbillable entry cannot stay billed.
			if (!entry.isBillable) entry.isBilled = false;
		};
	},
	setisbilled: (req) => {
		if (typeof req.body?.isBilled !== 'boolean') assertValid([{ property: 'isBilled', message: "'isBilled' is required for setIsBilled." }]);
		return (entry) => {
			if (req.body.isBilled && !entry.isBillable) throw invalidOperation('Unbillable time entries cannot be billed.');
			entry.isBilled = req.body.isBilled;
		};
	},
	setproject: (req, ctx) => {
		const project = ctx.store.collection<any>('projects', 'project').get(req.body?.newProjectId ?? '');
		if (!project) assertValid([{ property: 'newProjectId', message: `The project with the id '${req.body?.newProjectId}' could not be found.` }]);
		return (entry) => {
			entry.projectId = project.id;
			entry.taskId = null; // setting the project unsets the task
		};
	},
	settask: (req, ctx) => {
		const task = ctx.store.collection<any>('tasks', 'task').get(req.body?.newTaskId ?? '');
		if (!task) assertValid([{ property: 'newTaskId', message: `The task with the id '${req.body?.newTaskId}' could not be found.` }]);
		return (entry) => {
			entry.taskId = task.id;
			entry.projectId = task.projectId ?? null;
		};
	},
	setuser: (req, ctx) => {
		const user = collections.users(ctx.store).get(req.body?.newUserId ?? '');
		if (!user) assertValid([{ property: 'newUserId', message: `The user with the id '${req.body?.newUserId}' could not be found.` }]);
		return (entry) => {
			const previous = { ...entry };
			entry.userId = user!.id;
			revalidate(ctx, entry, previous);
		};
	},
};

/** The v0 shortcut endpoints (`/timeentries/setbilled` …) as setters over `ids`. */
function shortcut(set: (entry: StoredTimeEntry) => void): (req: SandboxRequest, ctx: HandlerContext) => { status: number } {
	return (req, ctx) => {
		const ids: unknown = req.body?.ids;
		if (!Array.isArray(ids) || ids.length === 0) assertValid([{ property: 'ids', message: 'At least one time entry id is required.' }]);
		// All or nothing: an unknown ID fails the whole request, as awork's 404 for these endpoints.
		const list = (ids as string[]).map((id) => entries(ctx).require(id));
		for (const entry of list) {
			const before = publicView(entry) as unknown as Record<string, unknown>;
			set(entry);
			finishUpdate(ctx, req, entry, before);
		}
		return { status: 204 };
	};
}

export const timeEntriesHandlers: HandlerTable = {
	'GET /timeentries': (req, ctx) => listV1(req, ctx, entries(ctx).all()),

	'GET /timeentries/simplified': (req, ctx) => simplifiedV1(req, ctx),

	'GET /timeentries/{timeEntryId}': (req, ctx) => one(ctx, entries(ctx).require(req.params.timeEntryId)),

	'POST /timeentries': (req, ctx) => {
		const { draft, duration } = draftFromV1(req.body ?? {}, req.userId);
		if (draft.end === null) assertValid([{ property: 'duration', message: 'Either an end or a duration is required.' }]);
		return one(ctx, createEntry(ctx, req, draft, undefined, duration));
	},

	'PUT /timeentries/{timeEntryId}': (req, ctx) => {
		const entry = entries(ctx).require(req.params.timeEntryId);
		const { draft, duration } = draftFromV1(req.body ?? {}, req.userId, draftOf(entry));
		return one(ctx, updateEntry(ctx, req, entry, draft, duration));
	},

	'DELETE /timeentries/{timeEntryId}': (req, ctx) => {
		deleteEntry(ctx, req, entries(ctx).require(req.params.timeEntryId));
		return { status: 204 };
	},

	'POST /timeentries/{timeEntryId}/removebreaks': (req, ctx) => one(ctx, removeBreaks(req, ctx)),

	'POST /timeentries/delete': (req, ctx) => {
		const ids: unknown = req.body?.ids;
		if (!Array.isArray(ids) || ids.length === 0) assertValid([{ property: 'ids', message: 'At least one time entry id is required.' }]);
		const list = (ids as string[]).map((id) => entries(ctx).require(id));
		for (const entry of list) deleteEntry(ctx, req, entry);
		return { status: 204 };
	},

	'POST /timeentries/setbilled': shortcut((e) => {
		if (!e.isBillable) throw invalidOperation(`The time entry '${e.id}' is not billable and cannot be billed.`);
		e.isBilled = true;
	}),
	'POST /timeentries/setunbilled': shortcut((e) => void (e.isBilled = false)),
	'POST /timeentries/setbillable': shortcut((e) => void (e.isBillable = true)),
	'POST /timeentries/setunbillable': shortcut((e) => {
		e.isBillable = false;
		e.isBilled = false;
	}),
	'POST /timeentries/settypeofwork': (req, ctx) => {
		const type = collections.typesOfWork(ctx.store).get(req.body?.typeOfWorkId ?? '');
		if (!type || type.isArchived) assertValid([{ property: 'typeOfWorkId', message: `The type of work '${req.body?.typeOfWorkId}' could not be found or is archived.` }]);
		return shortcut((e) => void (e.typeOfWorkId = type!.id))(req, ctx);
	},

	'POST /timeentries/batch/{operation}': (req, ctx) => {
		const build = BATCH_OPERATIONS[String(req.params.operation).toLowerCase()];
		if (!build) throw new ApiError(404, 'not-found', `The batch operation '${req.params.operation}' is not supported.`);
		if (String(req.params.operation).toLowerCase() === 'delete') return batchDelete(req, ctx);
		return runBatch(req, ctx, req.body?.timeEntryIds, build(req, ctx), Boolean(req.body?.requireAllTimeEntries));
	},

	'GET /projects/{projectId}/timeentries': (req, ctx) => {
		const project = ctx.store.collection<any>('projects', 'project').require(req.params.projectId);
		return listV1(req, ctx, entries(ctx).where((e) => (e.projectId ?? '').toLowerCase() === project.id.toLowerCase()));
	},

	'GET /tasks/{taskId}/timeentries': (req, ctx) => {
		const task = ctx.store.collection<any>('tasks', 'task').require(req.params.taskId);
		return listV1(req, ctx, entries(ctx).where((e) => (e.taskId ?? '').toLowerCase() === task.id.toLowerCase()));
	},

	'GET /me/timeentries/last': (req, ctx) => lastResponse(ctx, String(req.query.userId ?? req.userId)),

	'GET /users/{userId}/timeentries/last': (req, ctx) => lastResponse(ctx, collections.users(ctx.store).require(req.params.userId).id),

	'GET /timetracking/settings': () => ({
		status: 200,
		body: [
			{ type: 'auto-stop-timer', enabled: true, dayCount: null },
			{ type: 'lock-time-entries', enabled: false, dayCount: null },
		],
	}),
};

// The batch table needs a `delete` key so the lookup succeeds; the deletion itself is special.
BATCH_OPERATIONS.delete = () => () => undefined;

function batchDelete(req: SandboxRequest, ctx: HandlerContext) {
	const ids: unknown = req.body?.timeEntryIds;
	if (!Array.isArray(ids) || ids.length === 0) assertValid([{ property: 'timeEntryIds', message: 'At least one time entry id is required.' }]);
	const found = (ids as string[]).map((id) => ({ id, entry: isUuid(id) ? entries(ctx).get(id) : undefined }));
	const notFound = found.filter((f) => !f.entry).map((f) => f.id);
	if (req.body?.requireAllTimeEntries && notFound.length > 0) {
		return { status: 207, body: { ok: { ids: [] }, notFound: { ids: notFound }, unauthorized: { ids: [] }, badRequest: { ids: found.filter((f) => f.entry).map((f) => f.id) } } };
	}
	for (const { entry } of found) if (entry) deleteEntry(ctx, req, entry);
	return { status: 207, body: { ok: { ids: found.filter((f) => f.entry).map((f) => f.entry!.id) }, notFound: { ids: notFound }, unauthorized: { ids: [] }, badRequest: { ids: [] } } };
}

function lastResponse(ctx: HandlerContext, userId: string) {
	const last = lastEntryOf(ctx, userId);
	return last ? one(ctx, last) : { status: 204 };
}

/** Drops an entry's breaks; its duration becomes the whole span again. */
export function removeBreaks(req: SandboxRequest, ctx: HandlerContext): StoredTimeEntry {
	const entry = entries(ctx).require(req.params.timeEntryId);
	if (entry._timer?.pausedAt) throw invalidOperation('A paused timer cannot lose its breaks; resume or stop it first.');
	const before = publicView(entry) as unknown as Record<string, unknown>;
	entry.breaks = [];
	entry.breakDuration = 0;
	if (entry._end !== null) entry.duration = Math.round((entry._end - entry._start) / 1000);
	return finishUpdate(ctx, req, entry, before);
}
