/**
 * The one request path: every request the package makes runs through `sendPaced`, which waits for
 * the workspace's limiter, repeats what is safe to repeat, waits out 429s within a budget and maps
 * the final failure to a NodeApiError a person can act on.
 *
 * Entry points: `routeDeclarativeRequest` (declarative operations) and `aworkRequest` (list search,
 * load options, the trigger). What cannot go through it: the credential's test request, which n8n
 * sends itself when a person clicks "Test", and OAuth2 token refreshes, which n8n performs inside
 * its request helper (they still happen within a paced attempt, but are not counted separately).
 */
import { NodeOperationError, sleep, type INode } from 'n8n-workflow';

import { toNodeApiError, type CredentialName } from './errorMessage';
import { readFailure } from './failure';
import { limiterFor, type LimiterSettings } from './limiter';
import { DEFAULT_RETRY, decideRetry, type RetrySettings } from './policy';

export interface PacedRequest {
	node: INode;
	itemIndex: number;
	method: string;
	/** Path relative to the API root, for messages. */
	path: string;
	/** Which workspace connection this request counts against (no secrets in it). */
	limiterKey: string;
	/** Whose turn it is in the limiter's queue (the execution, see RequestLimiter.acquire); one queue when missing. */
	queue?: unknown;
	/** The credential, for messages about it. */
	credential?: CredentialName;
	/** Values that must never appear in an error (API key, tokens, webhook secrets). */
	secrets?: string[];
	/** The request's own per-attempt timeout; the retry settings' default when missing. */
	timeoutMs?: number;
	limits?: LimiterSettings;
	retry?: RetrySettings;
	/**
	 * For a create: looks whether awork stored it after an ambiguous failure (see createdLookup.ts),
	 * given when the first attempt started; what it returns is the answer, undefined sends it again.
	 */
	findStored?: (firstAttemptAt: number) => Promise<unknown>;
}

export interface Attempt {
	/** The timeout this attempt must be sent with: the request's own, never past the time budget. */
	timeoutMs: number;
}

const MIN_ATTEMPT_TIMEOUT_MS = 1000;

export async function sendPaced<T>(request: PacedRequest, attemptOnce: (attempt: Attempt) => Promise<T>): Promise<T> {
	const settings = request.retry ?? DEFAULT_RETRY;
	const limiter = limiterFor(request.limiterKey, request.limits);
	let waitedMs = 0;
	let serverErrors = 0;
	let failedOtherwise = 0;
	// The time budget starts with the first attempt: waiting behind this execution's own earlier
	// items is pacing, not trouble (a 10,000-item run queues for minutes by design).
	let startedAt: number | undefined;
	const fail = (failure: ReturnType<typeof readFailure>, retried: string | undefined, timeoutMs?: number) =>
		toNodeApiError(request.node, failure, request, {
			retried,
			credential: request.credential,
			secrets: request.secrets,
			timeoutMs,
		});
	for (let attempt = 1; ; attempt++) {
		const release = await limiter.acquire(request.queue);
		const now = Date.now();
		startedAt ??= now;
		const elapsedMs = now - startedAt;
		const leftMs = settings.maxTotalMs - elapsedMs;
		if (leftMs <= 0) {
			release();
			throw fail(
				{ headers: {}, message: 'time budget used up' },
				`spent ${Math.round(elapsedMs / 1000)} s on it in all, queueing behind other requests to this workspace included; ` +
					`the time budget per request is ${Math.round(settings.maxTotalMs / 1000)} s`,
			);
		}
		const ownTimeoutMs = request.timeoutMs ?? settings.attemptTimeoutMs;
		// Near the end of the budget an attempt still gets a fair chance (unless asked for less).
		const timeoutMs = Math.max(Math.min(ownTimeoutMs, leftMs), Math.min(ownTimeoutMs, MIN_ATTEMPT_TIMEOUT_MS));
		try {
			return await attemptOnce({ timeoutMs });
		} catch (error) {
			// The node's own verdict on an answer (from a post-processing step) is no transport failure.
			// (n8n's NodeOperationError constructor hands back the error itself.)
			if (error instanceof NodeOperationError) throw new NodeOperationError(request.node, error);
			const failure = readFailure(error);
			limiter.observe(failure.headers);
			// A 429 is awork's pacing, not a failure of the request: only other failures count toward the cap.
			if (failure.status !== 429) failedOtherwise++;
			const history = { attempt, waitedMs, elapsedMs: Date.now() - startedAt, serverErrors, failedOtherwise, verifiable: !!request.findStored };
			const decision = decideRetry(failure, request.method, history, settings);
			if (failure.status === 500) serverErrors++;
			if (!decision.retry) throw fail(failure, decision.reason, timeoutMs);
			waitedMs += decision.waitMs;
			// Everybody on this workspace waits out a 429, not just this request; each resumes a
			// little later than the others (the jitter in waitMs), so they do not all start at once.
			if (decision.rateLimited) limiter.pauseUntil(Date.now() + (decision.pauseMs ?? decision.waitMs));
			release();
			await sleep(decision.waitMs);
			if (decision.verifyFirst && request.findStored) {
				const stored = await lookUpStored(request.findStored, startedAt, (why) => fail(failure, `not repeated: awork may have processed it already, and ${why}`, timeoutMs));
				if (stored !== undefined) return stored as T;
			}
		} finally {
			release();
		}
	}
}

/**
 * The lookup of a create that failed ambiguously. When the lookup itself fails, nobody knows
 * whether the create was stored: the create's own failure is reported, saying why it was not resent.
 */
async function lookUpStored(
	findStored: (firstAttemptAt: number) => Promise<unknown>,
	firstAttemptAt: number,
	createFailure: (why: string) => Error,
): Promise<unknown> {
	try {
		return await findStored(firstAttemptAt);
	} catch (error) {
		throw createFailure(`looking there whether it did failed too: ${(error as Error).message}`);
	}
}
