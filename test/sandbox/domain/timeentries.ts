/**
 * Time entries v1 (`/timeentries…`): the endpoints shared with v2 (`timeentries-endpoints.ts`),
 * deletion, the billing/type-of-work shortcuts and the batch operations (`timeentries-batch.ts`).
 */
import { invalidOperation } from '../http/errors';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { collections } from './people-models';
import { withoutInternals } from './shared/internals';
import { assertValid } from './shared/respond';
import { runBatchOperation } from './timeentries-batch';
import { timeEntryEndpoints } from './timeentries-endpoints';
import { timeEntriesOf, type StoredTimeEntry } from './timeentries-model';
import { deleteEntry, finishUpdate } from './timeentries-write';

const entries = (ctx: HandlerContext) => timeEntriesOf(ctx.store);

function shortcut(set: (entry: StoredTimeEntry) => void): (req: SandboxRequest, ctx: HandlerContext) => { status: number } {
	return (req, ctx) => {
		const ids: unknown = req.body?.ids;
		if (!Array.isArray(ids) || ids.length === 0) assertValid([{ property: 'ids', message: 'At least one time entry id is required.' }]);
		// All or nothing: an unknown ID fails the whole request, as awork's 404 for these endpoints.
		const list = (ids as string[]).map((id) => entries(ctx).require(id));
		for (const entry of list) {
			const before = withoutInternals(entry) as unknown as Record<string, unknown>;
			set(entry);
			finishUpdate(ctx, req, entry, before);
		}
		return { status: 204 };
	};
}

export const timeEntriesHandlers: HandlerTable = {
	...timeEntryEndpoints('v1'),

	'DELETE /timeentries/{timeEntryId}': (req, ctx) => {
		deleteEntry(ctx, req, entries(ctx).require(req.params.timeEntryId));
		return { status: 204 };
	},

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

	'POST /timeentries/batch/{operation}': (req, ctx) => runBatchOperation(req, ctx),

	'GET /timetracking/settings': () => ({
		status: 200,
		body: [
			{ type: 'auto-stop-timer', enabled: true, dayCount: null },
			{ type: 'lock-time-entries', enabled: false, dayCount: null },
		],
	}),
};
