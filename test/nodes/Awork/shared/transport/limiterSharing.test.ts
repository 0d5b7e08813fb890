/**
 * The limiter as one of several clients of a workspace: it reads awork's rate-limit headers, learns
 * the workspace's limits, serves executions in turn and is released when nobody used it for a while.
 */
import { IDLE_RELEASE_MS, limiterFor, RequestLimiter } from '../../../../../nodes/Awork/shared/transport/limiter';

const headers = (second: [number, number], minute: [number, number], reset = 1) => ({
	'x-ratelimit-limit-second': String(second[0]),
	'x-ratelimit-remaining-second': String(second[1]),
	'x-ratelimit-limit-minute': String(minute[0]),
	'x-ratelimit-remaining-minute': String(minute[1]),
	'ratelimit-reset': String(reset),
});

/** Starts `count` requests that finish at once; resolves with how many started within `withinMs`. */
async function startsWithin(limiter: RequestLimiter, count: number, withinMs: number): Promise<number> {
	const t0 = Date.now();
	let started = 0;
	const runs = Array.from({ length: count }, async () => {
		const release = await limiter.acquire();
		if (Date.now() - t0 < withinMs) started++;
		release();
	});
	await Promise.race([Promise.all(runs), new Promise((resolve) => setTimeout(resolve, withinMs))]);
	return started;
}

describe('RequestLimiter and awork’s headers', () => {
	it('learns the per-minute and per-second limits from the headers', () => {
		const limiter = new RequestLimiter({ maxInFlight: 10, perSecond: 45, perMinute: 950 });
		limiter.observe(headers([50, 49], [3000, 2999]));
		expect(limiter.settings.perMinute).toBe(3000);
		expect(limiter.settings.perSecond).toBe(45);
		limiter.observe({ 'x-ratelimit-limit-minute': '1000' });
		expect(limiter.settings.perMinute).toBe(1000);
	});

	it('slows down when others used most of the current second', async () => {
		const limiter = new RequestLimiter({ maxInFlight: 100, perSecond: 45, perMinute: 10_000 });
		// Nothing of ours in the window, yet awork has 40 of 50 used: others are sending.
		limiter.observe(headers([50, 10], [10_000, 9_000]));
		expect(await startsWithin(limiter, 30, 1000)).toBeLessThanOrEqual(5);
	});

	it('goes at full pace when the headers show no other client', async () => {
		const limiter = new RequestLimiter({ maxInFlight: 100, perSecond: 45, perMinute: 10_000 });
		limiter.observe(headers([50, 50], [10_000, 10_000]));
		// Spread over the second at 45/s: about 45 a second, far more than the 5 above.
		expect(await startsWithin(limiter, 30, 1000)).toBeGreaterThanOrEqual(20);
	});

	it('holds back until the reset when a window has nothing left', async () => {
		const limiter = new RequestLimiter({ maxInFlight: 100, perSecond: 1000, perMinute: 10_000 });
		limiter.observe({ 'x-ratelimit-remaining-minute': '0', 'ratelimit-reset': '1' });
		expect(await startsWithin(limiter, 5, 600)).toBe(0);
	});
});

describe('RequestLimiter queues', () => {
	it('serves executions in turn, so a small one is not stuck behind a large one', async () => {
		const limiter = new RequestLimiter({ maxInFlight: 1, perSecond: 1000, perMinute: 100_000 });
		const order: string[] = [];
		const run = async (queue: string, index: number) => {
			const release = await limiter.acquire(queue);
			order.push(`${queue}${index}`);
			await new Promise((resolve) => setImmediate(resolve));
			release();
		};
		const large = Array.from({ length: 50 }, async (_, i) => await run('large', i));
		const small = Array.from({ length: 2 }, async (_, i) => await run('small', i));
		await Promise.all([...large, ...small]);
		expect(order.indexOf('small0')).toBeLessThanOrEqual(2);
		expect(order.indexOf('small1')).toBeLessThanOrEqual(4);
		expect(order.filter((entry) => entry.startsWith('large'))).toEqual(Array.from({ length: 50 }, (_, i) => `large${i}`));
	});
});

describe('limiterFor', () => {
	it('drops limiters idle for longer than the idle time, and keeps busy ones', async () => {
		let now = Date.now() + 1e9;
		const clock = () => now;
		const settings = { maxInFlight: 5, perSecond: 100, perMinute: 1000 };
		const idle = limiterFor('idle-release|idle', settings, clock);
		const busy = limiterFor('idle-release|busy', settings, clock);
		const release = await busy.acquire();
		expect(limiterFor('idle-release|idle', settings, clock)).toBe(idle);

		now += IDLE_RELEASE_MS + 60_001;
		limiterFor('idle-release|other', settings, clock);
		expect(limiterFor('idle-release|idle', settings, clock)).not.toBe(idle);
		expect(limiterFor('idle-release|busy', settings, clock)).toBe(busy);
		release();
	});
});

describe('RequestLimiter at the learned per-minute limit', () => {
	afterEach(() => jest.useRealTimers());

	it('spends the whole minute awork announces: 2,000 requests at 1,000/min fit in two windows, never more than the limits', async () => {
		jest.useFakeTimers({ now: 0 });
		const limiter = new RequestLimiter({ maxInFlight: 10, perSecond: 45, perMinute: 950 });
		limiter.observe(headers([50, 50], [1000, 1000]));
		const starts: number[] = [];
		const runs = Array.from({ length: 2000 }, async () => {
			const release = await limiter.acquire();
			starts.push(Date.now());
			release();
		});
		// Two sliding minutes: 1,000 in the first ~23 s, the next 1,000 as those leave the window.
		await jest.advanceTimersByTimeAsync(90_000);
		expect(starts).toHaveLength(2000);
		await Promise.all(runs);
		let inMinute = 0;
		let inSecond = 0;
		for (let i = 0, m = 0, s = 0; i < starts.length; i++) {
			while (starts[m] <= starts[i] - 60_000) m++;
			while (starts[s] <= starts[i] - 1000) s++;
			inMinute = Math.max(inMinute, i - m + 1);
			inSecond = Math.max(inSecond, i - s + 1);
		}
		expect(inMinute).toBeLessThanOrEqual(1000);
		expect(inSecond).toBeLessThanOrEqual(50);
	});
});
