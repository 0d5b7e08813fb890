import { RequestLog } from './log';

describe('RequestLog', () => {
	it('counts requests in flight and the maximum reached', () => {
		let now = 100;
		const log = new RequestLog(() => now);
		const a = log.start('GET', '/api/v1/me');
		const b = log.start('GET', '/api/v1/projects');
		expect(log.stats).toMatchObject({ total: 2, inFlight: 2, maxInFlight: 2 });
		now = 130;
		a.finish(200, 'GET /me');
		a.finish(500); // a second finish is ignored
		const c = log.start('POST', '/api/v1/projects');
		expect(log.stats).toMatchObject({ total: 3, inFlight: 2, maxInFlight: 2 });
		b.finish(0);
		c.finish(429, 'POST /projects');
		expect(log.stats.inFlight).toBe(0);
		expect(log.entries).toEqual([
			{ method: 'GET', url: '/api/v1/me', operation: 'GET /me', status: 200, startedAt: 100, finishedAt: 130 },
			{ method: 'GET', url: '/api/v1/projects', operation: undefined, status: 0, startedAt: 100, finishedAt: 130 },
			{ method: 'POST', url: '/api/v1/projects', operation: 'POST /projects', status: 429, startedAt: 130, finishedAt: 130 },
		]);
		expect(log.stats.rateLimited).toBe(0); // only the limiter counts refusals
		log.countRateLimited();
		expect(log.stats.rateLimited).toBe(1);
	});

	it('reset forgets entries and counters but keeps open requests in flight', () => {
		const log = new RequestLog();
		const entries = log.entries;
		log.start('GET', '/a').finish(200);
		const open = log.start('GET', '/b');
		log.countRateLimited();
		log.reset();
		expect(log.entries).toBe(entries);
		expect(log.entries).toHaveLength(0);
		expect(log.stats).toEqual({ total: 0, inFlight: 1, maxInFlight: 1, rateLimited: 0 });
		open.finish(200);
		expect(log.stats.inFlight).toBe(0);
		expect(log.entries).toHaveLength(1);
	});
});
