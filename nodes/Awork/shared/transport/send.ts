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

import { toNodeApiError } from './errorMessage';
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
	limits?: LimiterSettings;
	retry?: RetrySettings;
}

export async function sendPaced<T>(request: PacedRequest, attemptOnce: () => Promise<T>): Promise<T> {
	const limiter = limiterFor(request.limiterKey, request.limits);
	let waitedMs = 0;
	for (let attempt = 1; ; attempt++) {
		const release = await limiter.acquire();
		try {
			return await attemptOnce();
		} catch (error) {
			// The node's own verdict on an answer (from a post-processing step) is no transport failure.
			// (n8n's NodeOperationError constructor hands back the error itself.)
			if (error instanceof NodeOperationError) throw new NodeOperationError(request.node, error);
			const failure = readFailure(error);
			const decision = decideRetry(failure, request.method, attempt, waitedMs, request.retry ?? DEFAULT_RETRY);
			if (!decision.retry) {
				throw toNodeApiError(request.node, failure, request, { retried: decision.reason });
			}
			waitedMs += decision.waitMs;
			if (decision.rateLimited) {
				// Everybody on this workspace waits, not just this request.
				limiter.pauseUntil(Date.now() + decision.waitMs);
				release();
				continue;
			}
			release();
			await sleep(decision.waitMs);
		} finally {
			release();
		}
	}
}
