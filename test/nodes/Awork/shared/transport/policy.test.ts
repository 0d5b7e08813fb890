import type { Failure } from '../../../../../nodes/Awork/shared/transport/failure';
import { decideRetry } from '../../../../../nodes/Awork/shared/transport/policy';

const failure = (status: number | undefined, extra: Partial<Failure> = {}): Failure => ({
	status,
	headers: {},
	message: 'failed',
	...extra,
});
const settings = { maxAttempts: 4, maxTotalWaitMs: 10_000, baseBackoffMs: 100 };

describe('decideRetry', () => {
	it('waits out a 429 for the seconds RateLimit-Reset names, whatever the method', () => {
		const decision = decideRetry(failure(429, { headers: { 'ratelimit-reset': '2' } }), 'POST', 1, 0, settings);
		expect(decision).toEqual({ retry: true, waitMs: 2050, rateLimited: true });
	});

	it('gives up on a 429 whose wait would exceed the budget', () => {
		const decision = decideRetry(failure(429, { headers: { 'ratelimit-reset': '9' } }), 'GET', 1, 5_000, settings);
		expect(decision.retry).toBe(false);
	});

	it.each([502, 503, 504])('repeats a GET after %i with doubling back-off', (status) => {
		expect(decideRetry(failure(status), 'GET', 1, 0, settings)).toEqual({ retry: true, waitMs: 100, rateLimited: false });
		expect(decideRetry(failure(status), 'GET', 3, 0, settings)).toEqual({ retry: true, waitMs: 400, rateLimited: false });
	});

	it('never repeats a POST after a 503 or a reset connection: awork may have processed it', () => {
		const after503 = decideRetry(failure(503), 'POST', 1, 0, settings);
		const afterReset = decideRetry(failure(undefined, { networkCode: 'ECONNRESET' }), 'POST', 1, 0, settings);
		expect(after503).toEqual({ retry: false, reason: 'not repeated: awork may have processed it already' });
		expect(afterReset.retry).toBe(false);
	});

	it('repeats a POST whose connection was refused: nothing reached awork', () => {
		expect(decideRetry(failure(undefined, { networkCode: 'ECONNREFUSED' }), 'POST', 1, 0, settings).retry).toBe(true);
	});

	it('does not repeat client errors or go past the attempt limit', () => {
		expect(decideRetry(failure(400), 'GET', 1, 0, settings).retry).toBe(false);
		expect(decideRetry(failure(404), 'GET', 1, 0, settings).retry).toBe(false);
		expect(decideRetry(failure(503), 'GET', 4, 0, settings).retry).toBe(false);
	});
});
