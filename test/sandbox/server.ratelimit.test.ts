/** The server over real HTTP: awork's workspace rate limit, its 429 answer and headers. */
import { call, sandbox, start, useProbeSandbox } from './server-testkit';

jest.mock('./domain', () => jest.requireActual('./server-probes'));

useProbeSandbox();

describe('rate limit', () => {
	it('answers the request over the per-second limit with 429 and awork’s headers', async () => {
		sandbox.setRateLimit({ perSecond: 3, perMinute: 100 });
		// The window is real time: on a machine stalled for a second the burst could spread over two
		// windows. Burst again (after the window emptied) until one lands within a second, as logged.
		let answers: Awaited<ReturnType<typeof call>>[] = [];
		for (let attempt = 1; attempt <= 5; attempt++) {
			sandbox.resetLog();
			answers = await Promise.all([1, 2, 3, 4].map(() => call('/users')));
			const started = sandbox.requests.map((r) => r.startedAt);
			if (Math.max(...started) - Math.min(...started) < 900) break;
			await new Promise((resolve) => setTimeout(resolve, 1100));
		}
		const statuses = answers.map((a) => a.status).sort();
		expect(statuses).toEqual([200, 200, 200, 429]);
		const ok = answers.find((a) => a.status === 200)!;
		expect(ok.headers.get('x-ratelimit-limit-second')).toBe('3');
		expect(ok.headers.get('x-ratelimit-limit-minute')).toBe('100');
		const limited = answers.find((a) => a.status === 429)!;
		// awork's error body (docs/error-handling.md), with the trace id the request got.
		expect(limited.body).toEqual({
			code: 'invalid-operation',
			description: expect.stringContaining('rate limit'),
			link: 'https://developers.awork.com/#response-types',
			traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
			details: expect.arrayContaining(['Limit per second: 3, remaining: 0.', 'Retry after 1 second(s) (RateLimit-Reset).']),
		});
		expect(limited.headers.get('retry-after')).toBe('1');
		expect(limited.headers.get('ratelimit-limit')).toBe('3');
		expect(limited.headers.get('ratelimit-remaining')).toBe('0');
		expect(limited.headers.get('ratelimit-reset')).toBe('1');
		expect(limited.headers.get('x-ratelimit-remaining-second')).toBe('0');
		expect(limited.headers.get('x-ratelimit-remaining-minute')).toBe('97');
		expect(sandbox.stats.rateLimited).toBe(1);
		await new Promise((resolve) => setTimeout(resolve, 1050));
		expect((await call('/users')).status).toBe(200);
	});

	it('limits per minute with a reset of up to a minute', async () => {
		sandbox.setRateLimit({ perSecond: 50, perMinute: 2 });
		await call('/users');
		await call('/users');
		const limited = await call('/users');
		expect(limited.status).toBe(429);
		expect(limited.headers.get('ratelimit-limit')).toBe('2');
		const reset = Number(limited.headers.get('ratelimit-reset'));
		expect(reset).toBeGreaterThan(55);
		expect(reset).toBeLessThanOrEqual(60);
		expect(limited.headers.get('retry-after')).toBe(String(reset));
	});

	it('counts only authenticated requests, shared by all keys of the workspace', async () => {
		const shared = await start({ apiKeys: ['k1', 'k2'], rateLimit: { perSecond: 2, perMinute: 100 } });
		expect((await call('/users', { key: 'bad' }, shared)).status).toBe(401);
		expect((await call('/users', { key: 'k1' }, shared)).status).toBe(200);
		expect((await call('/users', { key: 'k2' }, shared)).status).toBe(200);
		expect((await call('/users', { key: 'k1' }, shared)).status).toBe(429);
	});

	it('sends no limit headers and never 429 when switched off', async () => {
		const answers = await Promise.all(Array.from({ length: 60 }, () => call('/users')));
		expect(answers.every((a) => a.status === 200)).toBe(true);
		expect(answers[0].headers.get('ratelimit-limit')).toBeNull();
		expect(sandbox.stats.rateLimited).toBe(0);
	});

	it('applies the documented default of 50 per second', async () => {
		const limited = await start();
		const answer = await call('/users', {}, limited);
		expect(answer.headers.get('x-ratelimit-limit-second')).toBe('50');
		expect(answer.headers.get('x-ratelimit-limit-minute')).toBe('1000');
	});
});
