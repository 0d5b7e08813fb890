/**
 * Paces requests to one awork workspace: a bounded number in flight and sliding per-second and
 * per-minute windows just under awork's limits. n8n's declarative engine starts the requests of all
 * input items at once; without this, 1,000 items are a 429 storm.
 *
 * The windows count a request from the moment it may start until it has finished, not just its
 * start: between our start and awork's arrival lie n8n's own preparation and the network, so a
 * request may reach awork any time before it finishes. Counting every request that finished inside
 * the window, or has not finished yet, bounds what awork can see in any window of that length.
 *
 * awork's budget is the workspace's, shared with other n8n workers and integrations: every answer's
 * `x-ratelimit-*` headers say how much of it is used, and what we did not use ourselves counts
 * against our windows until it leaves them, so clients on one workspace converge instead of
 * taking turns at 429s. Waiting requests are handed slots round-robin between executions, so a
 * small execution is not stuck behind a large one.
 */
import { sleep } from 'n8n-workflow';

export interface LimiterSettings {
	maxInFlight: number;
	perSecond: number;
	perMinute: number;
}

export type Release = () => void;

/** awork allows 50/s and 1,000/min on most plans (docs/rate-limits.md); until its headers say the
 * workspace's limits, stay a little below. */
export const DEFAULT_LIMITS: LimiterSettings = { maxInFlight: 10, perSecond: 45, perMinute: 950 };

// A little wider than awork's windows, for the clocks of two machines.
const SECOND_MS = 1050;
const MINUTE_MS = 60_500;

/** What the server says others used of one window, and until when that counts. */
interface ExternalUse {
	count: number;
	untilMs: number;
}

// Shares of awork's announced limits we allow ourselves. The per-second one keeps a margin for
// the starts spread over the second. The per-minute one is the whole limit: our windows are wider
// than awork's and count a request until it finishes, so alone we cannot pass it, and others' use
// comes from the headers. Any share below 1 would cost a whole extra minute once a run needs just
// over a multiple of it (2,000 requests at 95 % of 1,000/min take three windows, not two).
const SECOND_SHARE = 0.9;
const MINUTE_SHARE = 1;

function headerNumber(headers: Record<string, unknown>, name: string): number | undefined {
	const raw = headers[name];
	if (raw === undefined || raw === null || raw === '') return undefined;
	const value = Number(Array.isArray(raw) ? raw[0] : raw);
	return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export class RequestLimiter {
	/** Waiting requests by queue (execution); the first queue is served next. */
	private readonly queues = new Map<unknown, Array<(release: Release) => void>>();
	/** When recent requests finished, oldest first (kept for a minute). */
	private readonly finishes: number[] = [];
	private inFlight = 0;
	private pausedUntil = 0;
	private pumping = false;
	private lastStart = 0;
	private externalSecond: ExternalUse = { count: 0, untilMs: 0 };
	private externalMinute: ExternalUse = { count: 0, untilMs: 0 };
	private lastActivity: number;
	readonly settings: LimiterSettings;

	constructor(
		settings: LimiterSettings,
		private readonly now: () => number = Date.now,
	) {
		// Learned limits change these; the caller's object stays as given.
		this.settings = { ...settings };
		this.lastActivity = now();
	}

	/**
	 * Resolves when the request may start; call the returned function when it has finished.
	 * `queue` names whose turn it is (an execution: its ID, or any object standing for it): queues
	 * are served in turn, each in arrival order.
	 */
	async acquire(queue: unknown = ''): Promise<Release> {
		this.lastActivity = this.now();
		return await new Promise<Release>((resolve) => {
			const waiting = this.queues.get(queue);
			if (waiting) waiting.push(resolve);
			else this.queues.set(queue, [resolve]);
			void this.pump();
		});
	}

	/** After a 429, no request to this workspace starts before `untilMs`. */
	pauseUntil(untilMs: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, untilMs);
	}

	/**
	 * Reads awork's rate-limit headers of any answer: learns the workspace's limits and counts what
	 * others used of the current second and minute.
	 */
	observe(headers: Record<string, unknown> | undefined): void {
		if (!headers) return;
		const now = this.now();
		const limitSecond = headerNumber(headers, 'x-ratelimit-limit-second');
		const limitMinute = headerNumber(headers, 'x-ratelimit-limit-minute');
		if (limitSecond !== undefined && limitSecond > 0) this.settings.perSecond = Math.max(1, Math.floor(limitSecond * SECOND_SHARE));
		if (limitMinute !== undefined && limitMinute > 0) this.settings.perMinute = Math.max(1, Math.floor(limitMinute * MINUTE_SHARE));
		const remainingSecond = headerNumber(headers, 'x-ratelimit-remaining-second');
		const remainingMinute = headerNumber(headers, 'x-ratelimit-remaining-minute');
		if (limitSecond !== undefined && remainingSecond !== undefined) {
			this.externalSecond = this.externalUse(now, SECOND_MS, limitSecond - remainingSecond);
		}
		if (limitMinute !== undefined && remainingMinute !== undefined) {
			this.externalMinute = this.externalUse(now, MINUTE_MS, limitMinute - remainingMinute);
		}
		// A limit already reached with no limit header to compare against: wait for its reset.
		if (remainingSecond === 0 || remainingMinute === 0) {
			const reset = headerNumber(headers, 'ratelimit-reset') ?? 1;
			this.pauseUntil(now + reset * 1000);
		}
	}

	get activeCount(): number {
		return this.inFlight;
	}

	get queuedCount(): number {
		let count = 0;
		for (const waiting of this.queues.values()) count += waiting.length;
		return count;
	}

	/** Nothing in flight or waiting, and nothing asked for since `idleMs`. */
	isIdle(idleMs: number): boolean {
		return this.inFlight === 0 && this.queues.size === 0 && this.now() - this.lastActivity > idleMs;
	}

	/** Requests the server counted in a window that were not ours (ours: in flight or finished in it). */
	private externalUse(now: number, windowMs: number, usedOnServer: number): ExternalUse {
		const ours = this.countInWindow(now, windowMs);
		return { count: Math.max(0, usedOnServer - ours), untilMs: now + windowMs };
	}

	/** One pump at a time hands out slots, sleeping while a window is full. */
	private async pump(): Promise<void> {
		if (this.pumping) return;
		this.pumping = true;
		try {
			while (this.queues.size > 0 && this.inFlight < this.settings.maxInFlight) {
				const wait = this.waitBeforeNextStart(this.now());
				// Only a release can make room; it pumps again.
				if (wait === Number.POSITIVE_INFINITY) return;
				if (wait > 0) {
					await sleep(wait);
					continue;
				}
				this.inFlight++;
				this.lastStart = this.now();
				this.lastActivity = this.lastStart;
				this.next()(this.releaseOnce());
			}
		} finally {
			this.pumping = false;
		}
	}

	/** The first request of the first queue; that queue then goes to the back of the line. */
	private next(): (release: Release) => void {
		const [queue, waiting] = this.queues.entries().next().value as [unknown, Array<(release: Release) => void>];
		const resolve = waiting.shift()!;
		this.queues.delete(queue);
		if (waiting.length > 0) this.queues.set(queue, waiting);
		return resolve;
	}

	private waitBeforeNextStart(now: number): number {
		while (this.finishes.length > 0 && this.finishes[0] <= now - MINUTE_MS) this.finishes.shift();
		const { perSecond, perMinute } = this.settings;
		return Math.max(
			this.pausedUntil - now,
			// Starts are spread over the second rather than sent as a burst: other clients' use shows
			// in the headers only as answers arrive, and a burst spends the second before it shows.
			this.lastStart + SECOND_MS / perSecond - now,
			this.waitForWindow(now, SECOND_MS, perSecond, this.externalSecond),
			this.waitForWindow(now, MINUTE_MS, perMinute, this.externalMinute),
		);
	}

	private countInWindow(now: number, windowMs: number): number {
		let inWindow = this.inFlight;
		for (let i = this.finishes.length - 1; i >= 0 && this.finishes[i] > now - windowMs; i--) inWindow++;
		return inWindow;
	}

	/**
	 * How long until fewer than `limit` requests, less what others used, are in flight or finished
	 * within `windowMs`.
	 */
	private waitForWindow(now: number, windowMs: number, limit: number, external: ExternalUse): number {
		const othersUsed = external.untilMs > now ? external.count : 0;
		const room = limit - othersUsed;
		const inWindow = this.countInWindow(now, windowMs);
		if (inWindow < room) return 0;
		// Others' use counts until it leaves the window.
		const othersGone = othersUsed > 0 ? external.untilMs - now : Number.POSITIVE_INFINITY;
		// Requests in flight alone fill the window: only a release (or others' use leaving) makes room.
		if (this.inFlight >= room) return othersGone;
		// The finish that must leave the window so that one more request fits.
		return Math.min(othersGone, this.finishes[this.finishes.length - (room - this.inFlight)] + windowMs - now);
	}

	private releaseOnce(): Release {
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.inFlight--;
			this.lastActivity = this.now();
			this.finishes.push(this.now());
			void this.pump();
		};
	}
}

/** A limiter nobody used for this long is dropped (its windows are long empty). */
export const IDLE_RELEASE_MS = 10 * 60_000;

const limiters = new Map<string, RequestLimiter>();
let lastSweep = 0;

/**
 * One limiter per workspace connection (base URL + credential), shared by all executions. Limiters
 * idle for longer than IDLE_RELEASE_MS are dropped here, so credentials used once do not stay in
 * memory for the life of the process.
 */
export function limiterFor(key: string, settings: LimiterSettings = DEFAULT_LIMITS, now: () => number = Date.now): RequestLimiter {
	// Looking once a minute is enough for a ten-minute idle time, and keeps each request's cost flat.
	if (Math.abs(now() - lastSweep) > 60_000) {
		lastSweep = now();
		for (const [other, limiter] of limiters) {
			if (other !== key && limiter.isIdle(IDLE_RELEASE_MS)) limiters.delete(other);
		}
	}
	let limiter = limiters.get(key);
	if (!limiter) {
		limiter = new RequestLimiter(settings, now);
		limiters.set(key, limiter);
	}
	return limiter;
}

/** How many limiters are kept (for tests of the idle release). */
export function limiterCount(): number {
	return limiters.size;
}
