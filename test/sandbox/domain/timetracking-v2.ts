/**
 * Time tracking v2 (openapi-v2.json). v2 reads and writes the same stored entries as v1 (see
 * `timeentries-model.ts`): only the representation differs (`startDate`/`endDate` instants and
 * `isDateOnly` instead of v1's split date/time fields).
 */
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { collections } from './people-models';
import { assertValid } from './people-shared';
import { lastEntryOf, removeBreaks } from './timeentries';
import { draftFromV2 } from './timeentries-forms';
import { RelationResolver, timeEntriesOf, toV2, type StoredTimeEntry } from './timeentries-model';
import { simplifiedV2 } from './timeentries-simplified';
import { createEntry, draftOf, updateEntry } from './timeentries-write';
import { meTarget, pauseTimer, resumeTimer, startTimer, stopTimer } from './timetracking';

const entries = (ctx: HandlerContext) => timeEntriesOf(ctx.store);
const one = (ctx: HandlerContext, entry: StoredTimeEntry) => ({ status: 200, body: toV2(entry, new RelationResolver(ctx.store)) });

function listV2(req: SandboxRequest, ctx: HandlerContext, items: StoredTimeEntry[]) {
	const relations = new RelationResolver(ctx.store);
	return ctx.list(req, items.map((e) => toV2(e, relations)));
}

function last(ctx: HandlerContext, userId: string) {
	const entry = lastEntryOf(ctx, userId);
	return entry ? one(ctx, entry) : { status: 204 };
}

export const timeTrackingV2Handlers: HandlerTable = {
	'v2 GET /timeentries': (req, ctx) => listV2(req, ctx, entries(ctx).all()),
	'v2 GET /timeentries/simplified': (req, ctx) => simplifiedV2(req, ctx),
	'v2 GET /timeentries/{timeEntryId}': (req, ctx) => one(ctx, entries(ctx).require(req.params.timeEntryId)),

	'v2 POST /timeentries': (req, ctx) => {
		const { draft, duration } = draftFromV2(req.body ?? {}, req.userId);
		if (draft.end === null) assertValid([{ property: 'endDate', message: 'Either an end date or a duration is required.' }]);
		return one(ctx, createEntry(ctx, req, draft, undefined, duration));
	},

	'v2 PUT /timeentries/{timeEntryId}': (req, ctx) => {
		const entry = entries(ctx).require(req.params.timeEntryId);
		const { draft, duration } = draftFromV2(req.body ?? {}, req.userId, draftOf(entry));
		return one(ctx, updateEntry(ctx, req, entry, draft, duration));
	},

	'v2 POST /timeentries/{timeEntryId}/removebreaks': (req, ctx) => one(ctx, removeBreaks(req, ctx)),

	'v2 GET /projects/{projectId}/timeentries': (req, ctx) => {
		const project = ctx.store.collection<any>('projects', 'project').require(req.params.projectId);
		return listV2(req, ctx, entries(ctx).where((e) => (e.projectId ?? '').toLowerCase() === project.id.toLowerCase()));
	},

	'v2 GET /tasks/{taskId}/timeentries': (req, ctx) => {
		const task = ctx.store.collection<any>('tasks', 'task').require(req.params.taskId);
		return listV2(req, ctx, entries(ctx).where((e) => (e.taskId ?? '').toLowerCase() === task.id.toLowerCase()));
	},

	'v2 GET /me/timeentries/last': (req, ctx) => last(ctx, meTarget(req)),
	'v2 GET /users/{userId}/timeentries/last': (req, ctx) => last(ctx, collections.users(ctx.store).require(req.params.userId).id),

	'v2 POST /me/timetracking/start': (req, ctx) => startTimer(req, ctx, meTarget(req), 'v2'),
	'v2 POST /me/timetracking/stop': (req, ctx) => stopTimer(req, ctx, meTarget(req), 'v2'),
	'v2 POST /me/timetracking/pause': (req, ctx) => pauseTimer(req, ctx, meTarget(req), 'v2'),
	'v2 POST /me/timetracking/resume': (req, ctx) => resumeTimer(req, ctx, meTarget(req), 'v2'),
	'v2 POST /users/{userId}/timetracking/start': (req, ctx) => startTimer(req, ctx, req.params.userId, 'v2'),
	'v2 POST /users/{userId}/timetracking/stop': (req, ctx) => stopTimer(req, ctx, req.params.userId, 'v2'),
	'v2 POST /users/{userId}/timetracking/pause': (req, ctx) => pauseTimer(req, ctx, req.params.userId, 'v2'),
	'v2 POST /users/{userId}/timetracking/resume': (req, ctx) => resumeTimer(req, ctx, req.params.userId, 'v2'),
};
