import { readFileSync } from 'fs';
import { resolve } from 'path';
import { DEFAULT_RATE_LIMIT, RATE_LIMITED_CODE, RateLimiter, rateLimitedError } from './ratelimit';

/** A hand-driven clock so windows can be crossed without waiting. */
function fakeClock(start = 1_000_000) {
	let now = start;
	return { read: () => now, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
	it('admits perSecond requests within a second, then refuses with retry headers', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter({ perSecond: 3, perMinute: 100 }, clock.read);
		const remaining = [1, 2, 3].map(() => limiter.take().headers['x-ratelimit-remaining-second']);
		expect(remaining).toEqual(['2', '1', '0']);
		const refused = limiter.take();
		expect(refused.allowed).toBe(false);
		expect(refused.headers).toMatchObject({
			'ratelimit-limit': '3',
			'ratelimit-remaining': '0',
			'ratelimit-reset': '1',
			'retry-after': '1',
			'x-ratelimit-limit-second': '3',
			'x-ratelimit-remaining-second': '0',
			'x-ratelimit-limit-minute': '100',
			'x-ratelimit-remaining-minute': '97',
		});
	});

	it('frees the second window once the oldest request is a second old (sliding)', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter({ perSecond: 2, perMinute: 100 }, clock.read);
		limiter.take();
		clock.advance(600);
		limiter.take();
		expect(limiter.take().allowed).toBe(false);
		clock.advance(400); // the first request is now exactly 1 s old
		expect(limiter.take().allowed).toBe(true);
		expect(limiter.take().allowed).toBe(false);
	});

	it('does not count refused requests against the budget', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter({ perSecond: 1, perMinute: 5 }, clock.read);
		limiter.take();
		for (let i = 0; i < 10; i++) expect(limiter.take().allowed).toBe(false);
		expect(limiter.take().headers['x-ratelimit-remaining-minute']).toBe('4');
	});

	it('limits per minute and reports the seconds until the oldest request leaves the minute', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter({ perSecond: 50, perMinute: 4 }, clock.read);
		for (let i = 0; i < 4; i++) {
			expect(limiter.take().allowed).toBe(true);
			clock.advance(2000);
		}
		// 8 s after the first request: the minute is used up, the first one frees 52 s later.
		const refused = limiter.take();
		expect(refused.allowed).toBe(false);
		expect(refused.headers['ratelimit-limit']).toBe('4');
		expect(refused.headers['ratelimit-reset']).toBe('52');
		expect(refused.resetSeconds).toBe(52);
		expect(refused.headers['x-ratelimit-remaining-second']).toBe('50');
		clock.advance(51_500);
		expect(limiter.take().headers['ratelimit-reset']).toBe('1');
		clock.advance(500);
		expect(limiter.take().allowed).toBe(true);
	});

	it('describes the window closest to running out in the standard headers', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter({ perSecond: 10, perMinute: 12 }, clock.read);
		for (let i = 0; i < 9; i++) limiter.take();
		clock.advance(1500);
		// second window: 9 of 10 left after this one; minute window: 2 of 12 left.
		const headers = limiter.take().headers;
		expect(headers['ratelimit-limit']).toBe('12');
		expect(headers['ratelimit-remaining']).toBe('2');
		expect(Number(headers['ratelimit-reset'])).toBe(59);
	});

	it('can be switched off and on again', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter({ perSecond: 1, perMinute: 1 }, clock.read);
		limiter.take();
		limiter.setLimits(false);
		const free = limiter.take();
		expect(free).toEqual({ allowed: true, headers: {}, resetSeconds: 0 });
		limiter.setLimits({ perSecond: 1, perMinute: 1 });
		expect(limiter.take().allowed).toBe(true); // fresh windows
		expect(limiter.take().allowed).toBe(false);
	});

	it('defaults to awork’s documented 50/s and 1000/min', () => {
		expect(DEFAULT_RATE_LIMIT).toEqual({ perSecond: 50, perMinute: 1000 });
		const headers = new RateLimiter().take().headers;
		expect(headers['x-ratelimit-limit-second']).toBe('50');
		expect(headers['x-ratelimit-limit-minute']).toBe('1000');
	});
});

describe('rateLimitedError', () => {
	it('renders awork’s error body and carries every limit header of the refusal', () => {
		const clock = fakeClock();
		const limiter = new RateLimiter({ perSecond: 1, perMinute: 10 }, clock.read);
		limiter.take();
		const refused = limiter.take();
		const error = rateLimitedError(refused);
		expect(error.status).toBe(429);
		expect(error.code).toBe(RATE_LIMITED_CODE);
		expect(error.headers).toEqual(refused.headers);
		expect(error.headers).toMatchObject({ 'ratelimit-reset': '1', 'retry-after': '1', 'x-ratelimit-remaining-minute': '9' });
		expect(error.body('abc123')).toEqual({
			code: 'invalid-operation',
			description: expect.stringContaining('RateLimit-Reset'),
			link: 'https://developers.awork.com/#response-types',
			traceId: 'abc123',
			details: [
				'Limit per second: 1, remaining: 0.',
				'Limit per minute: 10, remaining: 9.',
				'Retry after 1 second(s) (RateLimit-Reset).',
			],
		});
	});

	it('uses a code documented in docs/error-handling.md', () => {
		const docs = readFileSync(resolve(__dirname, '..', '..', '..', '..', 'shared', 'awork-api', 'docs', 'error-handling.md'), 'utf8');
		expect(docs).toContain(`\`${RATE_LIMITED_CODE}\``);
	});
});
