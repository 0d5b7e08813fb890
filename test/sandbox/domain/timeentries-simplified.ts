/** `GET /timeentries/simplified` (v1 `SimplifiedTimeTracking`, v2 `SimplifiedTimeEntry`): slim rows for reports. */
import type { HandlerContext, SandboxRequest, SandboxResponse } from '../types';
import { RelationResolver, timeEntriesOf, toSimplified } from './timeentries-model';

export function simplifiedV1(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
	const relations = new RelationResolver(ctx.store);
	const rows = timeEntriesOf(ctx.store).all().map((entry) => {
		const { startDate: _start, endDate: _end, ...rest } = toSimplified(entry, relations);
		return { ...rest, startDateUtc: entry.startDateUtc, startDateLocal: entry.startDateLocal, startTimeLocal: entry.startTimeLocal };
	});
	return ctx.list(req, rows);
}

export function simplifiedV2(req: SandboxRequest, ctx: HandlerContext): SandboxResponse {
	const relations = new RelationResolver(ctx.store);
	return ctx.list(req, timeEntriesOf(ctx.store).all().map((entry) => toSimplified(entry, relations)));
}
