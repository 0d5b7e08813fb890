/**
 * `POST /timeentries/batch/{operation}`: one change over many entries, answered with a
 * `MultiStatusResult` (per-ID outcome) instead of failing the whole request.
 */
import { ApiError, invalidOperation } from '../http/errors';
import type { HandlerContext, SandboxRequest } from '../types';
import { collections } from './people-models';
import { isUuid } from './people-shared';
import { withoutInternals } from './shared/internals';
import { assertValid } from './shared/respond';
import { timeEntriesOf, type StoredTimeEntry } from './timeentries-model';
import { deleteEntry, draftOf, finishUpdate, resolveReferences } from './timeentries-write';

const entries = (ctx: HandlerContext) => timeEntriesOf(ctx.store);

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
		befores.set(entry, withoutInternals(entry) as unknown as Record<string, unknown>);
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

/** Runs the batch operation named in the path (`delete` is special: it has no per-entry change). */
export function runBatchOperation(req: SandboxRequest, ctx: HandlerContext) {
	const operation = String(req.params.operation).toLowerCase();
	if (operation === 'delete') return batchDelete(req, ctx);
	const build = BATCH_OPERATIONS[operation];
	if (!build) throw new ApiError(404, 'not-found', `The batch operation '${req.params.operation}' is not supported.`);
	return runBatch(req, ctx, req.body?.timeEntryIds, build(req, ctx), Boolean(req.body?.requireAllTimeEntries));
}
