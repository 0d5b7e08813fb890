/**
 * The timer (v1 `/me/timetracking/…` and `/users/{userId}/timetracking/…`; v2 reuses the core).
 * One timer per user: starting stops a running one first; stop completes the entry (end = now,
 * or the pause start when paused; at most 24 h); pause/resume record breaks.
 */
import { invalidOperation } from '../http/errors';
import type { HandlerContext, HandlerTable, SandboxRequest, SandboxResponse } from '../types';
import { collections } from './people-models';
import { publicView } from './people-shared';
import { breakSeconds, RelationResolver, timeEntriesOf, toV1, toV2, type StoredTimeEntry } from './timeentries-model';
import { applyInterval } from './timeentries-model';
import { createEntry, finishUpdate, MAX_DURATION_S } from './timeentries-write';

export type TimerView = 'v1' | 'v2';

export function runningTimerOf(ctx: HandlerContext, userId: string): StoredTimeEntry | undefined {
	return timeEntriesOf(ctx.store).where((e) => Boolean(e._timer) && e.userId.toLowerCase() === userId.toLowerCase())[0];
}

const render = (ctx: HandlerContext, entry: StoredTimeEntry, view: TimerView): SandboxResponse => ({
	status: 200,
	body: (view === 'v1' ? toV1 : toV2)(entry, new RelationResolver(ctx.store)),
});

const snapshot = (entry: StoredTimeEntry) => publicView(entry) as unknown as Record<string, unknown>;

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
			typeOfWorkId: body.typeOfWorkId,
			projectId: body.projectId ?? null,
			taskId: body.taskId ?? null,
			note: body.note ?? null,
			isBillable: body.isBillable ?? undefined,
			isBilled: Boolean(body.isBilled),
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

/** `/me/…` acts on `?userId=` when given, else on the caller. */
export const meTarget = (req: SandboxRequest) => String(req.query.userId ?? req.userId);

export const timeTrackingHandlers: HandlerTable = {
	'POST /me/timetracking/start': (req, ctx) => startTimer(req, ctx, meTarget(req), 'v1'),
	'POST /me/timetracking/stop': (req, ctx) => stopTimer(req, ctx, meTarget(req), 'v1'),
	'POST /me/timetracking/pause': (req, ctx) => pauseTimer(req, ctx, meTarget(req), 'v1'),
	'POST /me/timetracking/resume': (req, ctx) => resumeTimer(req, ctx, meTarget(req), 'v1'),
	'POST /users/{userId}/timetracking/start': (req, ctx) => startTimer(req, ctx, req.params.userId, 'v1'),
	'POST /users/{userId}/timetracking/stop': (req, ctx) => stopTimer(req, ctx, req.params.userId, 'v1'),
	'POST /users/{userId}/timetracking/pause': (req, ctx) => pauseTimer(req, ctx, req.params.userId, 'v1'),
	'POST /users/{userId}/timetracking/resume': (req, ctx) => resumeTimer(req, ctx, req.params.userId, 'v1'),
};
