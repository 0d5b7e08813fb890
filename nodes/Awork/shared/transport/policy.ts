/**
 * When a failed request may be sent again, and how long to wait. A 429 or a refused connection
 * means awork did not process the request, so any method may repeat it; a 5xx, a timeout or a reset
 * connection may come after awork processed it, so only idempotent methods repeat then, and a create
 * only once a look at awork showed it was not stored (see createdLookup.ts).
 */
import { rateLimitResetSeconds, type Failure } from './failure';

export interface RetrySettings {
	/** Attempts in all for failures other than 429 (a 429 repeats for as long as the budgets allow). */
	maxAttempts: number;
	/** The most time spent waiting between attempts of one request. */
	maxTotalWaitMs: number;
	/** First back-off for 5xx/network failures; doubles each time. */
	baseBackoffMs: number;
	/** Waits after a 429 grow by a random 0…jitter share, so waiting requests do not resume at one instant. */
	jitter: number;
	/** The most time one request may take from its first attempt on: attempts, waits and later queueing. */
	maxTotalMs: number;
	/** Per-attempt timeout when the request names none. */
	attemptTimeoutMs: number;
}

/**
 * Defaults of the request path. Mutable on purpose: tests shrink them to see budgets run out in
 * milliseconds instead of minutes (shipped code never changes them).
 */
export const DEFAULT_RETRY: RetrySettings = {
	maxAttempts: 6,
	maxTotalWaitMs: 90_000,
	baseBackoffMs: 500,
	jitter: 0.2,
	maxTotalMs: 300_000,
	attemptTimeoutMs: 60_000,
};

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const TRANSIENT_STATUSES = new Set([502, 503, 504]);
// No byte reached awork: safe to resend whatever the method.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

export type RetryDecision =
	/** `pauseMs`: after a 429, how long the whole workspace holds back (the wait without jitter). */
	| {
			retry: true;
			waitMs: number;
			rateLimited: boolean;
			pauseMs?: number;
			/** Look whether awork stored it before sending it again (a create that failed ambiguously). */
			verifyFirst?: boolean;
	  }
	| { retry: false; reason?: string };

/** What one request has been through so far. */
export interface RetryHistory {
	/** The attempt that just failed, counting from 1. */
	attempt: number;
	/** Time spent waiting between attempts so far. */
	waitedMs: number;
	/** Time since the first attempt started. */
	elapsedMs?: number;
	/** Earlier attempts answered 500. */
	serverErrors?: number;
	/** Attempts that failed other than with a 429 (the attempt cap counts these). */
	failedOtherwise?: number;
	/** A non-idempotent request whose effect can be looked up (a create with a lookup). */
	verifiable?: boolean;
}

function seconds(ms: number): number {
	return Math.round(ms / 1000);
}

export function decideRetry(
	failure: Failure,
	method: string,
	history: RetryHistory,
	settings: RetrySettings = DEFAULT_RETRY,
	random: () => number = Math.random,
	now: number = Date.now(),
): RetryDecision {
	const { attempt, waitedMs } = history;
	const elapsedMs = history.elapsedMs ?? waitedMs;
	const waitBudget = settings.maxTotalWaitMs - waitedMs;
	const timeBudget = settings.maxTotalMs - elapsedMs;
	const outOfTime = (waitMs: number): string | undefined => {
		if (waitMs > waitBudget) return `waited ${seconds(waitedMs)} s in all; the next wait of ${seconds(waitMs)} s would pass the wait budget`;
		if (waitMs > timeBudget) return `spent ${seconds(elapsedMs)} s on it in all; the time budget per request is ${seconds(settings.maxTotalMs)} s`;
		return undefined;
	};
	const upper = method.toUpperCase();

	if (failure.status === 429) {
		const baseMs = Math.ceil(rateLimitResetSeconds(failure, now) * 1000) + 50;
		const waitMs = Math.round(baseMs * (1 + settings.jitter * random()));
		const reason = outOfTime(baseMs);
		if (reason) return { retry: false, reason };
		// Jitter may not be what pushes past a budget.
		return { retry: true, waitMs: Math.min(waitMs, waitBudget, timeBudget), rateLimited: true, pauseMs: baseMs };
	}

	const failedOtherwise = history.failedOtherwise ?? attempt;
	if (failedOtherwise >= settings.maxAttempts) return { retry: false, reason: `gave up after ${attempt} attempts` };

	if (failure.status === 500) {
		// Repeated once only: a 500 is mostly a bug, rarely a passing fault.
		if (!IDEMPOTENT_METHODS.has(upper)) return { retry: false };
		if ((history.serverErrors ?? 0) > 0) return { retry: false, reason: `repeated once, gave up after ${attempt} attempts` };
	} else {
		// No answer and no network code: it failed on n8n's side before or while sending (e.g. a
		// queue-mode worker waiting for its database pool to read the credential), which passes too.
		const transient =
			(failure.status !== undefined && TRANSIENT_STATUSES.has(failure.status)) || failure.status === undefined;
		if (!transient) return { retry: false };
		const neverSent = failure.status === undefined && NOT_SENT_CODES.has(failure.networkCode ?? '');
		if (!IDEMPOTENT_METHODS.has(upper) && !neverSent) {
			if (!history.verifiable) return { retry: false, reason: 'not repeated: awork may have processed it already' };
			const waitMs = settings.baseBackoffMs * 2 ** (failedOtherwise - 1);
			const reason = outOfTime(waitMs);
			if (reason) return { retry: false, reason: `not repeated: awork may have processed it already, and ${reason}` };
			return { retry: true, waitMs, rateLimited: false, verifyFirst: true };
		}
	}
	const waitMs = settings.baseBackoffMs * 2 ** (failedOtherwise - 1);
	const reason = outOfTime(waitMs);
	if (reason) return { retry: false, reason };
	return { retry: true, waitMs, rateLimited: false };
}
