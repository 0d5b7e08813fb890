/**
 * Paces requests to one awork workspace: a bounded number in flight and sliding per-second and
 * per-minute windows just under awork's limits. n8n's declarative engine starts the requests of all
 * input items at once; without this, 1,000 items are a 429 storm.
 */
import { sleep } from 'n8n-workflow';

export interface LimiterSettings {
	maxInFlight: number;
	perSecond: number;
	perMinute: number;
}

export type Release = () => void;

/** awork allows 50/s and 1,000/min on most plans (docs/rate-limits.md); stay a little below. */
export const DEFAULT_LIMITS: LimiterSettings = { maxInFlight: 10, perSecond: 40, perMinute: 950 };

// A request that starts near a window edge can arrive in the next one; widen the windows a bit.
const SECOND_MS = 1100;
const MINUTE_MS = 60_500;

export class RequestLimiter {
	private readonly waiting: Array<(release: Release) => void> = [];
	private readonly starts: number[] = [];
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
				if (wait > 0) {
					await sleep(wait);
					continue;
				}
				this.inFlight++;
				this.starts.push(this.now());
				const resolve = this.waiting.shift()!;
				resolve(this.releaseOnce());
			}
		} finally {
			this.pumping = false;
		}
	}

	private waitBeforeNextStart(now: number): number {
		while (this.starts.length > 0 && this.starts[0] <= now - MINUTE_MS) this.starts.shift();
		let wait = this.pausedUntil - now;
		const { perSecond, perMinute } = this.settings;
		if (this.starts.length >= perMinute) {
			wait = Math.max(wait, this.starts[this.starts.length - perMinute] + MINUTE_MS - now);
		}
		if (this.starts.length >= perSecond) {
			wait = Math.max(wait, this.starts[this.starts.length - perSecond] + SECOND_MS - now);
		}
		return wait;
	}

	private releaseOnce(): Release {
		let released = false;
		return () => {
			if (released) return;
			released = true;
			this.inFlight--;
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
