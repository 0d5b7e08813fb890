/**
 * Paces requests to one awork workspace: a bounded number in flight and sliding per-second and
 * per-minute windows just under awork's limits. n8n's declarative engine starts the requests of all
 * input items at once; without this, 1,000 items are a 429 storm.
 *
 * The windows count a request from the moment it may start until it has finished, not just its
 * start: between our start and awork's arrival lie n8n's own preparation and the network, so a
 * request may reach awork any time before it finishes. Counting every request that finished inside
 * the window, or has not finished yet, bounds what awork can see in any window of that length.
 */
import { sleep } from 'n8n-workflow';

export interface LimiterSettings {
	maxInFlight: number;
	perSecond: number;
	perMinute: number;
}

export type Release = () => void;

/** awork allows 50/s and 1,000/min on most plans (docs/rate-limits.md); stay a little below. */
export const DEFAULT_LIMITS: LimiterSettings = { maxInFlight: 10, perSecond: 45, perMinute: 950 };

// A little wider than awork's windows, for the clocks of two machines.
const SECOND_MS = 1050;
const MINUTE_MS = 60_500;

export class RequestLimiter {
	private readonly waiting: Array<(release: Release) => void> = [];
	/** When recent requests finished, oldest first (kept for a minute). */
	private readonly finishes: number[] = [];
	private inFlight = 0;
	private pausedUntil = 0;
	private pumping = false;

	constructor(
		readonly settings: LimiterSettings,
		private readonly now: () => number = Date.now,
	) {}

	/** Resolves when the request may start; call the returned function when it has finished. */
	async acquire(): Promise<Release> {
		return await new Promise<Release>((resolve) => {
			this.waiting.push(resolve);
			void this.pump();
		});
	}

	/** After a 429, no request to this workspace starts before `untilMs`. */
	pauseUntil(untilMs: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, untilMs);
	}

	get activeCount(): number {
		return this.inFlight;
	}

	get queuedCount(): number {
		return this.waiting.length;
	}

	/** One pump at a time hands out slots in arrival order, sleeping while a window is full. */
	private async pump(): Promise<void> {
		if (this.pumping) return;
		this.pumping = true;
		try {
			while (this.waiting.length > 0 && this.inFlight < this.settings.maxInFlight) {
				const wait = this.waitBeforeNextStart(this.now());
				// Only a release can make room; it pumps again.
				if (wait === Number.POSITIVE_INFINITY) return;
				if (wait > 0) {
					await sleep(wait);
					continue;
				}
				this.inFlight++;
				const resolve = this.waiting.shift()!;
				resolve(this.releaseOnce());
			}
		} finally {
			this.pumping = false;
		}
	}

	private waitBeforeNextStart(now: number): number {
		while (this.finishes.length > 0 && this.finishes[0] <= now - MINUTE_MS) this.finishes.shift();
		const { perSecond, perMinute } = this.settings;
		return Math.max(
			this.pausedUntil - now,
			this.waitForWindow(now, SECOND_MS, perSecond),
			this.waitForWindow(now, MINUTE_MS, perMinute),
		);
	}

	/** How long until fewer than `limit` requests are in flight or finished within `windowMs`. */
	private waitForWindow(now: number, windowMs: number, limit: number): number {
		let inWindow = this.inFlight;
		for (let i = this.finishes.length - 1; i >= 0 && this.finishes[i] > now - windowMs; i--) inWindow++;
		if (inWindow < limit) return 0;
		// Requests in flight alone fill the window: only a release makes room.
		if (this.inFlight >= limit) return Number.POSITIVE_INFINITY;
		// The finish that must leave the window so that one more request fits.
		return this.finishes[this.finishes.length - (limit - this.inFlight)] + windowMs - now;
	}

	private releaseOnce(): Release {
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.inFlight--;
			this.finishes.push(this.now());
			void this.pump();
		};
	}
}

const limiters = new Map<string, RequestLimiter>();

/** One limiter per workspace connection (base URL + credential), shared by all executions. */
export function limiterFor(key: string, settings: LimiterSettings = DEFAULT_LIMITS): RequestLimiter {
	let limiter = limiters.get(key);
	if (!limiter) {
		limiter = new RequestLimiter(settings);
		limiters.set(key, limiter);
	}
	return limiter;
}
