/**
 * The timer (v1 `/me/timetracking/…` and `/users/{userId}/timetracking/…`; v2 reuses the core).
 * One timer per user: starting stops a running one first; stop completes the entry (end = now,
 * or the pause start when paused; at most 24 h); pause/resume record breaks.
 */
import { invalidOperation } from '../http/errors';
import type { HandlerContext, HandlerTable, SandboxRequest, SandboxResponse } from '../types';
import { collections } from './people-models';
import { meTarget } from './timeentries-endpoints';
import { bookingFromBody } from './timeentries-forms';
import { applyInterval, breakSeconds, RelationResolver, timeEntriesOf, toV1, toV2, type StoredTimeEntry } from './timeentries-model';
import { createEntry, finishUpdate, MAX_DURATION_S } from './timeentries-write';
import { withoutInternals } from './shared/internals';

export type TimerView = 'v1' | 'v2';

export function runningTimerOf(ctx: HandlerContext, userId: string): StoredTimeEntry | undefined {
	return timeEntriesOf(ctx.store).where((e) => Boolean(e._timer) && e.userId.toLowerCase() === userId.toLowerCase())[0];
}

const render = (ctx: HandlerContext, entry: StoredTimeEntry, view: TimerView): SandboxResponse => ({
	status: 200,
	body: (view === 'v1' ? toV1 : toV2)(entry, new RelationResolver(ctx.store)),
});

const snapshot = (entry: StoredTimeEntry) => withoutInternals(entry) as unknown as Record<string, unknown>;

function closeTimer(ctx: HandlerContext, req: SandboxRequest, timer: StoredTimeEntry): StoredTimeEntry {
	const before = snapshot(timer);
	const pausedAt = timer._timer?.pausedAt ?? null;
	let end = pausedAt ?? ctx.now().getTime();
	// A paused timer ends where the pause began; its open break is not a break of the entry.
	if (pausedAt !== null) timer.breaks = timer.breaks.filter((b) => b.endDate !== null);
	end = Math.min(Math.max(end, timer._start), timer._start + (MAX_DURATION_S + breakSeconds(timer)) * 1000);
	timer._end = end;
	delete timer._timer;
	timer.breakDuration = breakSeconds(timer);
	timer.duration = Math.max(0, Math.round((end - timer._start) / 1000) - timer.breakDuration);
	applyInterval(timer);
	return finishUpdate(ctx, req, timer, before);
}

export function startTimer(req: SandboxRequest, ctx: HandlerContext, userId: string, view: TimerView): SandboxResponse {
	const user = collections.users(ctx.store).require(userId);
	const running = runningTimerOf(ctx, user.id);
	if (running) closeTimer(ctx, req, running);
	const body = req.body ?? {};
	const entry = createEntry(
		ctx,
		req,
		{
			userId: user.id,
			...bookingFromBody(body),
			timezone: body.timezone ?? user._timezone,
			start: ctx.now().getTime(),
			end: null,
			isDateOnly: false,
		},
		{ _timer: { pausedAt: null } },
	);
	return render(ctx, entry, view);
}

export function stopTimer(req: SandboxRequest, ctx: HandlerContext, userId: string, view: TimerView): SandboxResponse {
	const user = collections.users(ctx.store).require(userId);
	const timer = runningTimerOf(ctx, user.id);
	if (!timer) throw invalidOperation(`There is no running time tracking for the user '${user.id}'.`);
	return render(ctx, closeTimer(ctx, req, timer), view);
}

export function pauseTimer(req: SandboxRequest, ctx: HandlerContext, userId: string, view: TimerView): SandboxResponse {
	const timer = runningTimerOf(ctx, collections.users(ctx.store).require(userId).id);
	if (!timer) return { status: 204 };
	if (timer._timer!.pausedAt === null) {
		const before = snapshot(timer);
		const now = ctx.now().getTime();
		timer._timer!.pausedAt = now;
		timer.breaks.push({ startDate: new Date(now).toISOString(), endDate: null, duration: null });
		finishUpdate(ctx, req, timer, before);
	}
	return render(ctx, timer, view);
}

export function resumeTimer(req: SandboxRequest, ctx: HandlerContext, userId: string, view: TimerView): SandboxResponse {
	const timer = runningTimerOf(ctx, collections.users(ctx.store).require(userId).id);
	if (!timer) return { status: 204 };
	const pausedAt = timer._timer!.pausedAt;
	if (pausedAt !== null) {
		const before = snapshot(timer);
		const now = ctx.now().getTime();
		const open = timer.breaks.find((b) => b.endDate === null);
		if (open) {
			open.endDate = new Date(now).toISOString();
			open.duration = Math.round((now - pausedAt) / 1000);
		}
		timer._timer!.pausedAt = null;
		timer.breakDuration = breakSeconds(timer);
		finishUpdate(ctx, req, timer, before);
	}
	return render(ctx, timer, view);
}

/** The four timer actions at `/me/…` and `/users/{userId}/…` for one API version. */
export function timerHandlers(view: TimerView): HandlerTable {
	const keyPrefix = view === 'v2' ? 'v2 ' : '';
	const actions = { start: startTimer, stop: stopTimer, pause: pauseTimer, resume: resumeTimer };
	const table: HandlerTable = {};
	for (const [action, run] of Object.entries(actions)) {
		table[`${keyPrefix}POST /me/timetracking/${action}`] = (req, ctx) => run(req, ctx, meTarget(req), view);
		table[`${keyPrefix}POST /users/{userId}/timetracking/${action}`] = (req, ctx) => run(req, ctx, req.params.userId, view);
	}
	return table;
}

export const timeTrackingHandlers: HandlerTable = timerHandlers('v1');
