/**
 * When a failed request may be sent again, and how long to wait. A 429 or a refused connection
 * means awork did not process the request, so any method may repeat it; a 5xx or a reset
 * connection may come after awork processed it, so only idempotent methods repeat then.
 */
import { rateLimitResetSeconds, type Failure } from './failure';

export interface RetrySettings {
	/** Attempts in all, the first included. */
	maxAttempts: number;
	/** The most time spent waiting between attempts of one request. */
	maxTotalWaitMs: number;
	/** First back-off for 5xx/network failures; doubles each time. */
	baseBackoffMs: number;
}

export const DEFAULT_RETRY: RetrySettings = { maxAttempts: 6, maxTotalWaitMs: 90_000, baseBackoffMs: 500 };

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const TRANSIENT_STATUSES = new Set([502, 503, 504]);
// No byte reached awork: safe to resend whatever the method.
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH']);

export type RetryDecision =
	| { retry: true; waitMs: number; rateLimited: boolean }
	| { retry: false; reason?: string };

export function decideRetry(
	failure: Failure,
	method: string,
	attempt: number,
	waitedMs: number,
	settings: RetrySettings = DEFAULT_RETRY,
): RetryDecision {
	if (attempt >= settings.maxAttempts) return { retry: false, reason: `gave up after ${attempt} attempts` };
	const budgetLeft = settings.maxTotalWaitMs - waitedMs;
	const idempotent = IDEMPOTENT_METHODS.has(method.toUpperCase());

	if (failure.status === 429) {
		const waitMs = Math.ceil(rateLimitResetSeconds(failure) * 1000) + 50;
		if (waitMs > budgetLeft) return { retry: false, reason: `waited ${Math.round(waitedMs / 1000)} s in all` };
		return { retry: true, waitMs, rateLimited: true };
	}

	const transient =
		(failure.status !== undefined && TRANSIENT_STATUSES.has(failure.status)) ||
		(failure.status === undefined && failure.networkCode !== undefined);
	if (!transient) return { retry: false };
	const neverSent = failure.status === undefined && NOT_SENT_CODES.has(failure.networkCode ?? '');
	if (!idempotent && !neverSent) {
		return { retry: false, reason: 'not repeated: awork may have processed it already' };
	}
	const waitMs = settings.baseBackoffMs * 2 ** (attempt - 1);
	if (waitMs > budgetLeft) return { retry: false, reason: `waited ${Math.round(waitedMs / 1000)} s in all` };
	return { retry: true, waitMs, rateLimited: false };
}
