/**
 * The time entry endpoints v1 and v2 share: the same stored entries read and written through
 * either representation (v1 split date/time fields, v2 instants; see `timeentries-model.ts`).
 * Each version's table is built here from its renderer and form reader.
 */
import { invalidOperation, type ValidationError } from '../http/errors';
import type { HandlerContext, HandlerTable, SandboxRequest, SandboxResponse } from '../types';
import { collections } from './people-models';
import { withoutInternals } from './shared/internals';
import { assertValid } from './shared/respond';
import { draftFromV1, draftFromV2 } from './timeentries-forms';
import { RelationResolver, timeEntriesOf, toV1, toV2, type StoredTimeEntry } from './timeentries-model';
import { simplifiedV1, simplifiedV2 } from './timeentries-simplified';
import { createEntry, draftOf, finishUpdate, updateEntry } from './timeentries-write';

export type TimeEntryVersion = 'v1' | 'v2';

interface Representation {
	/** Operation key prefix: v2 keys start with `v2 `. */
	keyPrefix: string;
	render: typeof toV1 | typeof toV2;
	draftFrom: typeof draftFromV1;
	simplified: (req: SandboxRequest, ctx: HandlerContext) => SandboxResponse;
	/** How a POST without an end or a duration is reported in this version's field names. */
	missingEnd: ValidationError;
}

const REPRESENTATIONS: Record<TimeEntryVersion, Representation> = {
	v1: {
		keyPrefix: '',
		render: toV1,
		draftFrom: draftFromV1,
		simplified: simplifiedV1,
		missingEnd: { property: 'duration', message: 'Either an end or a duration is required.' },
	},
	v2: {
		keyPrefix: 'v2 ',
		render: toV2,
		draftFrom: draftFromV2,
		simplified: simplifiedV2,
		missingEnd: { property: 'endDate', message: 'Either an end date or a duration is required.' },
	},
};

const entries = (ctx: HandlerContext) => timeEntriesOf(ctx.store);

/** `/me/…` acts on `?userId=` when given, else on the caller. */
export const meTarget = (req: SandboxRequest) => String(req.query.userId ?? req.userId);

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

/** Drops an entry's breaks; its duration becomes the whole span again. */
function removeBreaks(req: SandboxRequest, ctx: HandlerContext): StoredTimeEntry {
	const entry = entries(ctx).require(req.params.timeEntryId);
	if (entry._timer?.pausedAt) throw invalidOperation('A paused timer cannot lose its breaks; resume or stop it first.');
	const before = withoutInternals(entry) as unknown as Record<string, unknown>;
	entry.breaks = [];
	entry.breakDuration = 0;
	if (entry._end !== null) entry.duration = Math.round((entry._end - entry._start) / 1000);
	return finishUpdate(ctx, req, entry, before);
}

const sameId = (a: string | null | undefined, b: string) => (a ?? '').toLowerCase() === b.toLowerCase();

/** Reading, creating and changing single entries, the per project/task lists and the last entry. */
export function timeEntryEndpoints(version: TimeEntryVersion): HandlerTable {
	const { keyPrefix: v, render, draftFrom, simplified, missingEnd } = REPRESENTATIONS[version];
	const one = (ctx: HandlerContext, entry: StoredTimeEntry) => ({ status: 200, body: render(entry, new RelationResolver(ctx.store)) });
	const list = (req: SandboxRequest, ctx: HandlerContext, items: StoredTimeEntry[]) => {
		const relations = new RelationResolver(ctx.store);
		return ctx.list(req, items.map((e) => render(e, relations)));
	};
	const last = (ctx: HandlerContext, userId: string) => {
		const entry = lastEntryOf(ctx, userId);
		return entry ? one(ctx, entry) : { status: 204 };
	};
	return {
		[`${v}GET /timeentries`]: (req, ctx) => list(req, ctx, entries(ctx).all()),
		[`${v}GET /timeentries/simplified`]: (req, ctx) => simplified(req, ctx),
		[`${v}GET /timeentries/{timeEntryId}`]: (req, ctx) => one(ctx, entries(ctx).require(req.params.timeEntryId)),

		[`${v}POST /timeentries`]: (req, ctx) => {
			const { draft, duration } = draftFrom(req.body ?? {}, req.userId);
			if (draft.end === null) assertValid([missingEnd]);
			return one(ctx, createEntry(ctx, req, draft, undefined, duration));
		},

		[`${v}PUT /timeentries/{timeEntryId}`]: (req, ctx) => {
			const entry = entries(ctx).require(req.params.timeEntryId);
			const { draft, duration } = draftFrom(req.body ?? {}, req.userId, draftOf(entry));
			return one(ctx, updateEntry(ctx, req, entry, draft, duration));
		},

		[`${v}POST /timeentries/{timeEntryId}/removebreaks`]: (req, ctx) => one(ctx, removeBreaks(req, ctx)),

		[`${v}GET /projects/{projectId}/timeentries`]: (req, ctx) => {
			const project = ctx.store.collection<any>('projects', 'project').require(req.params.projectId);
			return list(req, ctx, entries(ctx).where((e) => sameId(e.projectId, project.id)));
		},

		[`${v}GET /tasks/{taskId}/timeentries`]: (req, ctx) => {
			const task = ctx.store.collection<any>('tasks', 'task').require(req.params.taskId);
			return list(req, ctx, entries(ctx).where((e) => sameId(e.taskId, task.id)));
		},

		[`${v}GET /me/timeentries/last`]: (req, ctx) => last(ctx, meTarget(req)),
		[`${v}GET /users/{userId}/timeentries/last`]: (req, ctx) => last(ctx, collections.users(ctx.store).require(req.params.userId).id),
	};
}
