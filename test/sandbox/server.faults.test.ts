/** The server over real HTTP: injected faults (statuses, latency, drops, after-handler failures). */
import { call, sandbox, start, useProbeSandbox } from './server-testkit';

jest.mock('./domain', () => jest.requireActual('./server-probes'));

useProbeSandbox();

describe('faults', () => {
	it('answers with the injected status and headers, only for the named operation', async () => {
		sandbox.setFaults([{ operation: 'GET /users', status: 503, headers: { 'retry-after': '1' } }]);
		const failed = await call('/users');
		expect(failed.status).toBe(503);
		expect(failed.headers.get('retry-after')).toBe('1');
		expect(failed.body).toMatchObject({ code: 'server-error', traceId: expect.stringMatching(/^[0-9a-f]{32}$/) });
		expect((await call('/absenceregions/countries')).status).toBe(200);
	});

	it('stops after `times`', async () => {
		sandbox.setFaults([{ operation: /^GET \/users$/, status: 500, times: 2 }]);
		const statuses = [];
		for (let i = 0; i < 4; i++) statuses.push((await call('/users')).status);
		expect(statuses).toEqual([500, 500, 200, 200]);
	});

	it('hits the same requests for the same seed', async () => {
		const pattern = async (seed: number) => {
			const instance = await start({ seed, rateLimit: false, faults: [{ status: 502, probability: 0.5 }] });
			const statuses = [];
			for (let i = 0; i < 24; i++) statuses.push((await call('/users', {}, instance)).status === 502 ? 1 : 0);
			await instance.stop();
			return statuses.join('');
		};
		const first = await pattern(11);
		expect(await pattern(11)).toBe(first);
		expect(first).toMatch(/1/);
		expect(first).toMatch(/0/);
	});

	it('delays by latencyMs and counts concurrent requests in flight', async () => {
		sandbox.setFaults([{ operation: 'GET /users', latencyMs: 150 }]);
		const began = Date.now();
		const answers = await Promise.all(Array.from({ length: 5 }, () => call('/users')));
		expect(Date.now() - began).toBeGreaterThanOrEqual(140);
		expect(answers.every((a) => a.status === 200)).toBe(true);
		expect(sandbox.stats.maxInFlight).toBe(5);
		expect(sandbox.stats.inFlight).toBe(0);
	});

	it('drops the connection without an answer', async () => {
		sandbox.setFaults([{ operation: 'GET /users', drop: true, times: 1 }]);
		await expect(call('/users')).rejects.toThrow();
		expect((await call('/users')).status).toBe(200);
		expect(sandbox.requests[0]).toMatchObject({ operation: 'GET /users', status: 0 });
	});

	it('after the handler: the change is stored, the answer lost', async () => {
		sandbox.setFaults([{ operation: 'POST /absenceregions', status: 500, afterHandler: true }]);
		const regions = sandbox.store.collection('probeRegions');
		const before = regions.size;
		const answer = await call('/absenceregions', { method: 'POST', body: { name: 'Hamburg', countryCode: 'DE' } });
		expect(answer.status).toBe(500);
		expect(regions.size).toBe(before + 1);
		expect(sandbox.responseViolations).toEqual([]);
	});

	it('faults apply before authentication (like a failing gateway)', async () => {
		sandbox.setFaults([{ status: 502 }]);
		expect((await call('/users', { key: null })).status).toBe(502);
	});
});
