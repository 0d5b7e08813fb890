import { RequestLimiter } from '../../../../../nodes/Awork/shared/transport/limiter';

describe('RequestLimiter', () => {
	it('never lets more than maxInFlight requests run at once', async () => {
		const limiter = new RequestLimiter({ maxInFlight: 3, perSecond: 1000, perMinute: 10000 });
		let running = 0;
		let peak = 0;
		await Promise.all(
			Array.from({ length: 20 }, async () => {
				const release = await limiter.acquire();
				running++;
				peak = Math.max(peak, running);
				await new Promise((resolve) => setTimeout(resolve, 5));
				running--;
				release();
			}),
		);
		expect(peak).toBe(3);
		expect(limiter.activeCount).toBe(0);
	});

	it('starts no more than perSecond requests in any window of about a second', async () => {
		const limiter = new RequestLimiter({ maxInFlight: 100, perSecond: 10, perMinute: 10000 });
		const starts: number[] = [];
		await Promise.all(
			Array.from({ length: 25 }, async () => {
				const release = await limiter.acquire();
				starts.push(Date.now());
				release();
			}),
		);
		starts.sort((a, b) => a - b);
		for (let i = 10; i < starts.length; i++) {
			expect(starts[i] - starts[i - 10]).toBeGreaterThanOrEqual(1000);
		}
	});

	it('holds every request back until a pause set after a 429 has passed', async () => {
		const limiter = new RequestLimiter({ maxInFlight: 5, perSecond: 100, perMinute: 1000 });
		const pausedAt = Date.now();
		limiter.pauseUntil(pausedAt + 300);
		const release = await limiter.acquire();
		expect(Date.now() - pausedAt).toBeGreaterThanOrEqual(290);
		release();
	});

	it('counts a release once even when called twice', async () => {
		const limiter = new RequestLimiter({ maxInFlight: 1, perSecond: 100, perMinute: 1000 });
		const release = await limiter.acquire();
		release();
		release();
		const again = await limiter.acquire();
		expect(limiter.activeCount).toBe(1);
		again();
		expect(limiter.activeCount).toBe(0);
	});
});

describe('RequestLimiter windows', () => {
	it('counts a request in the window until it finishes, not only when it starts', async () => {
		// Two per second, and both first requests take 1.5 s: they may still be arriving at awork
		// after a second, so a third may start only once one of them has finished.
		const limiter = new RequestLimiter({ maxInFlight: 5, perSecond: 2, perMinute: 100 });
		const t0 = Date.now();
		const slow = [await limiter.acquire(), await limiter.acquire()];
		setTimeout(() => slow.forEach((release) => release()), 1500);
		const third = await limiter.acquire();
		const startedAfter = Date.now() - t0;
		third();
		expect(startedAfter).toBeGreaterThanOrEqual(1490);
		expect(limiter.activeCount).toBe(0);
	});
});
