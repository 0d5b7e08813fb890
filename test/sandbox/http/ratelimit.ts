/**
 * awork's rate limit (docs/rate-limits.md): one budget shared by all API clients of a workspace,
 * per second and per minute. The header names are the ones awork's gateway sends.
 *
 * Windows slide (the last 1 s / 60 s) rather than being aligned to the clock: a client that copes
 * with sliding windows copes with fixed ones too, and tests become deterministic (N+1 requests
 * inside one second are always limited, wherever the second boundary falls).
 */
import type { RateLimitOptions } from '../types';
import { ApiError } from './errors';

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 50, perMinute: 1000 };

export interface RateLimitDecision {
	allowed: boolean;
	/** The `ratelimit-*` and `x-ratelimit-*` headers (empty when limiting is off). */
	headers: Record<string, string>;
	/** Whole seconds until the limiting window frees a slot (≥ 1). */
	resetSeconds: number;
}

interface WindowState {
	limit: number;
	remaining: number;
	resetSeconds: number;
}

/**
 * The code of a limited request's error body. docs/error-handling.md lists no rate-limit code
 * (inventing one such as `rate-limit-exceeded` would teach clients a code awork never sends), so
 * the closest documented one is used: `invalid-operation`, which the same page's status table
 * describes as "the operation is not allowed". Clients must key on the 429 status and the
 * `ratelimit-reset` header, never on this code.
 */
export const RATE_LIMITED_CODE = 'invalid-operation';

/** awork's error (docs/error-handling.md shape) for a refused request, carrying the limit headers. */
export function rateLimitedError(decision: Pick<RateLimitDecision, 'headers' | 'resetSeconds'>): ApiError {
	const { headers } = decision;
	const details = [
		`Limit per second: ${headers['x-ratelimit-limit-second'] ?? '?'}, remaining: ${headers['x-ratelimit-remaining-second'] ?? '?'}.`,
		`Limit per minute: ${headers['x-ratelimit-limit-minute'] ?? '?'}, remaining: ${headers['x-ratelimit-remaining-minute'] ?? '?'}.`,
		`Retry after ${decision.resetSeconds} second(s) (RateLimit-Reset).`,
	];
	return new ApiError(
		429,
		RATE_LIMITED_CODE,
		'The rate limit of the workspace has been exceeded. Wait for the seconds in RateLimit-Reset before sending more requests.',
		undefined,
		details,
		{ ...headers },
	);
}


export class RateLimiter {
	/** Times (ms) of the requests admitted in the last minute, oldest first. */
	private admitted: number[] = [];

	constructor(
		private limits: RateLimitOptions | false = DEFAULT_RATE_LIMIT,
		private readonly clock: () => number = Date.now,
	) {}

	/** New limits start with fresh windows (earlier requests no longer count). */
	setLimits(limits: RateLimitOptions | false): void {
		this.limits = limits;
		this.admitted = [];
	}

	get enabled(): boolean {
		return this.limits !== false;
	}

	/** Admits the request (and counts it) or refuses it; refused requests do not use up the budget. */
	take(): RateLimitDecision {
		const limits = this.limits;
		if (limits === false) return { allowed: true, headers: {}, resetSeconds: 0 };
		const now = this.clock();
		this.forgetOlderThan(now - 60_000);
		const inSecond = this.countSince(now - 1000);
		const allowed = inSecond < limits.perSecond && this.admitted.length < limits.perMinute;
		if (allowed) this.admitted.push(now);
		const second = this.window(now, 1000, limits.perSecond, allowed ? inSecond + 1 : inSecond);
		const minute = this.window(now, 60_000, limits.perMinute, this.admitted.length);
		// The standard headers describe the window closest to running out (on a tie, the one that
		// frees up later), so a client backing off by `ratelimit-reset` waits long enough.
		const binding =
			minute.remaining < second.remaining ||
			(minute.remaining === second.remaining && minute.resetSeconds > second.resetSeconds)
				? minute
				: second;
		const headers: Record<string, string> = {
			'ratelimit-limit': String(binding.limit),
			'ratelimit-remaining': String(binding.remaining),
			'ratelimit-reset': String(binding.resetSeconds),
			'x-ratelimit-limit-second': String(second.limit),
			'x-ratelimit-remaining-second': String(second.remaining),
			'x-ratelimit-limit-minute': String(minute.limit),
			'x-ratelimit-remaining-minute': String(minute.remaining),
		};
		if (!allowed) headers['retry-after'] = String(binding.resetSeconds);
		return { allowed, headers, resetSeconds: binding.resetSeconds };
	}

	private window(now: number, lengthMs: number, limit: number, used: number): WindowState {
		const oldest = this.admitted.find((t) => t > now - lengthMs);
		const freesAt = oldest === undefined ? now + lengthMs : oldest + lengthMs;
		return {
			limit,
			remaining: Math.max(0, limit - used),
			resetSeconds: Math.max(1, Math.ceil((freesAt - now) / 1000)),
		};
	}

	private countSince(since: number): number {
		let count = 0;
		for (let i = this.admitted.length - 1; i >= 0 && this.admitted[i] > since; i--) count++;
		return count;
	}

	private forgetOlderThan(cutoff: number): void {
		let drop = 0;
		while (drop < this.admitted.length && this.admitted[drop] <= cutoff) drop++;
		if (drop > 0) this.admitted.splice(0, drop);
	}
}
