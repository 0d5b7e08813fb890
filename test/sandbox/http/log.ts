/**
 * The sandbox's request log and counters: what was asked, how it was answered, and how many
 * requests were in flight at once (tests of concurrency limits read `maxInFlight`).
 */
import type { OperationKey, RequestLogEntry, SandboxStats } from '../types';

/** A request that has started; `finish` records its outcome exactly once. */
export interface OpenRequest {
	/** `status` 0 means the connection was dropped without an answer. */
	finish(status: number, operation?: OperationKey, body?: unknown): void;
}

export class RequestLog {
	readonly entries: RequestLogEntry[] = [];
	readonly stats: SandboxStats = { total: 0, inFlight: 0, maxInFlight: 0, rateLimited: 0 };

	constructor(private readonly clock: () => number = Date.now) {}

	start(method: string, url: string): OpenRequest {
		const startedAt = this.clock();
		const stats = this.stats;
		stats.total++;
		stats.inFlight++;
		stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
		let finished = false;
		return {
			finish: (status, operation, body) => {
				if (finished) return;
				finished = true;
				stats.inFlight--;
				this.entries.push({ method, url, operation, status, startedAt, finishedAt: this.clock(), ...(body !== undefined ? { body } : {}) });
			},
		};
	}

	/** Counts a request the rate limiter refused (injected 429 faults are not counted). */
	countRateLimited(): void {
		this.stats.rateLimited++;
	}

	/** Forgets entries and counters; requests still in flight stay counted as in flight. */
	reset(): void {
		this.entries.length = 0;
		this.stats.total = 0;
		this.stats.rateLimited = 0;
		this.stats.maxInFlight = this.stats.inFlight;
	}
}
