/** Unit tests of the retry policy: which failures repeat, how long to wait, when the budgets run out. */
import { rateLimitResetSeconds, type Failure } from '../../../../../nodes/Awork/shared/transport/failure';
import { decideRetry, type RetrySettings } from '../../../../../nodes/Awork/shared/transport/policy';

const failure = (status: number | undefined, extra: Partial<Failure> = {}): Failure => ({
	status,
	headers: {},
	message: 'failed',
	...extra,
});
const settings: RetrySettings = {
	maxAttempts: 4,
	maxTotalWaitMs: 10_000,
	baseBackoffMs: 100,
	jitter: 0.2,
	maxTotalMs: 60_000,
	attemptTimeoutMs: 5_000,
};
const noJitter = () => 0;
const at = (attempt: number, waitedMs = 0) => ({ attempt, waitedMs });

describe('decideRetry', () => {
	it("repeats a read that failed on n8n's side before any answer (a worker's database pool timed out), not a create", () => {
		const local = failure(undefined, { message: 'timeout exceeded when trying to connect' });
		expect(decideRetry(local, 'GET', at(1), settings, noJitter)).toEqual({ retry: true, waitMs: 100, rateLimited: false });
		expect(decideRetry(local, 'POST', at(1), settings, noJitter)).toMatchObject({ retry: false });
	});

	it('waits out a 429 for the seconds RateLimit-Reset names, whatever the method', () => {
		const decision = decideRetry(failure(429, { headers: { 'ratelimit-reset': '2' } }), 'POST', at(1), settings, noJitter);
		expect(decision).toEqual({ retry: true, waitMs: 2050, rateLimited: true, pauseMs: 2050 });
	});

	it('adds up to 20 % jitter to a 429 wait, so waiting requests do not resume at one instant', () => {
		const reset = failure(429, { headers: { 'ratelimit-reset': '1' } });
		const waits = [0, 0.5, 0.999].map((r) => decideRetry(reset, 'GET', at(1), settings, () => r));
		expect(waits.map((d) => (d.retry ? d.waitMs : -1))).toEqual([1050, 1155, 1260]);
		expect(waits.every((d) => d.retry && d.pauseMs === 1050)).toBe(true);
	});

	it('repeats a 429 far past the attempt cap while the wait budget lasts', () => {
		const limited = failure(429, { headers: { 'ratelimit-reset': '1' } });
		expect(decideRetry(limited, 'GET', { attempt: 20, waitedMs: 8_000, failedOtherwise: 0 }, settings, noJitter).retry).toBe(true);
	});

	it('gives up on a 429 whose wait would exceed the wait budget or the time budget, and says which', () => {
		const limited = failure(429, { headers: { 'ratelimit-reset': '9' } });
		const overWait = decideRetry(limited, 'GET', at(1, 5_000), settings, noJitter);
		expect(overWait).toEqual({ retry: false, reason: expect.stringMatching(/^waited 5 s in all/) });
		const overTime = decideRetry(limited, 'GET', { attempt: 1, waitedMs: 0, elapsedMs: 55_000 }, settings, noJitter);
		expect(overTime).toEqual({ retry: false, reason: expect.stringMatching(/^spent 55 s on it in all; the time budget per request is 60 s/) });
	});

	it('understands Retry-After as seconds and as an HTTP date', () => {
		const now = Date.parse('2026-01-05T10:00:00Z');
		expect(rateLimitResetSeconds(failure(429, { headers: { 'retry-after': '3' } }), now)).toBe(3);
		expect(rateLimitResetSeconds(failure(429, { headers: { 'retry-after': 'Mon, 05 Jan 2026 10:00:04 GMT' } }), now)).toBe(4);
		const decision = decideRetry(
			failure(429, { headers: { 'retry-after': new Date(Date.now() + 2_000).toUTCString() } }),
			'GET',
			at(1),
			settings,
			noJitter,
		);
		// An HTTP date has whole seconds: between one and two seconds away from now.
		expect(decision.retry && decision.waitMs).toBeGreaterThan(1000);
		expect(decision.retry && decision.waitMs).toBeLessThanOrEqual(2050);
	});

	it.each([502, 503, 504])('repeats a GET after %i with doubling back-off', (status) => {
		expect(decideRetry(failure(status), 'GET', at(1), settings)).toEqual({ retry: true, waitMs: 100, rateLimited: false });
		expect(decideRetry(failure(status), 'GET', at(3), settings)).toEqual({ retry: true, waitMs: 400, rateLimited: false });
	});

	it('repeats a GET after a single 500 once, never twice, and never a POST', () => {
		expect(decideRetry(failure(500), 'GET', at(1), settings)).toEqual({ retry: true, waitMs: 100, rateLimited: false });
		expect(decideRetry(failure(500), 'GET', { attempt: 2, waitedMs: 100, serverErrors: 1 }, settings).retry).toBe(false);
		expect(decideRetry(failure(500), 'POST', at(1), settings).retry).toBe(false);
		expect(decideRetry(failure(500), 'PATCH', at(1), settings).retry).toBe(false);
		expect(decideRetry(failure(500), 'PUT', at(1), settings).retry).toBe(true);
	});

	it('never repeats a POST after a 503 or a reset connection when its effect cannot be looked up: awork may have processed it', () => {
		const after503 = decideRetry(failure(503), 'POST', at(1), settings);
		const afterReset = decideRetry(failure(undefined, { networkCode: 'ECONNRESET' }), 'POST', at(1), settings);
		expect(after503).toEqual({ retry: false, reason: 'not repeated: awork may have processed it already' });
		expect(afterReset.retry).toBe(false);
	});

	it('repeats a create after a 503, a timeout or a reset connection only after looking whether awork stored it', () => {
		const verifiable = { ...at(1), verifiable: true };
		for (const ambiguous of [failure(503), failure(504), failure(undefined, { networkCode: 'ECONNRESET' }), failure(undefined, { networkCode: 'ECONNABORTED' })]) {
			expect(decideRetry(ambiguous, 'POST', verifiable, settings)).toEqual({ retry: true, waitMs: 100, rateLimited: false, verifyFirst: true });
		}
		// A 500 is a bug more often than a passing fault: not repeated, looked up or not.
		expect(decideRetry(failure(500), 'POST', verifiable, settings).retry).toBe(false);
		// The budgets hold for creates too.
		const late = decideRetry(failure(503), 'POST', { attempt: 2, waitedMs: 9_950, verifiable: true }, settings);
		expect(late).toMatchObject({ retry: false, reason: expect.stringContaining('not repeated: awork may have processed it already, and waited 10 s in all') });
	});

	it('repeats a timed-out GET, PUT or DELETE but not a timed-out POST', () => {
		const timedOut = failure(undefined, { networkCode: 'ECONNABORTED' });
		for (const method of ['GET', 'PUT', 'DELETE']) expect(decideRetry(timedOut, method, at(1), settings).retry).toBe(true);
		expect(decideRetry(timedOut, 'POST', at(1), settings).retry).toBe(false);
	});

	it('repeats a POST whose connection was refused: nothing reached awork', () => {
		expect(decideRetry(failure(undefined, { networkCode: 'ECONNREFUSED' }), 'POST', at(1), settings).retry).toBe(true);
	});

	it('does not repeat client errors or go past the attempt limit', () => {
		expect(decideRetry(failure(400), 'GET', at(1), settings).retry).toBe(false);
		expect(decideRetry(failure(404), 'GET', at(1), settings).retry).toBe(false);
		expect(decideRetry(failure(503), 'GET', at(4), settings).retry).toBe(false);
	});
});
