import { FaultInjector, faultResponse } from './faults';

describe('FaultInjector', () => {
	it('hits only the named operation, or operations matching a pattern', () => {
		const injector = new FaultInjector([
			{ operation: 'GET /projects', status: 503 },
			{ operation: /^POST \/tasks/, status: 500 },
		]);
		expect(injector.next('GET /projects', 'before')?.status).toBe(503);
		expect(injector.next('GET /projects/{projectId}', 'before')).toBeUndefined();
		expect(injector.next('POST /tasks/{taskId}/setstatus', 'before')?.status).toBe(500);
		expect(injector.next(undefined, 'before')).toBeUndefined();
	});

	it('applies a rule without operation to every request, including unrouted ones', () => {
		const injector = new FaultInjector([{ status: 502 }]);
		expect(injector.next(undefined, 'before')?.status).toBe(502);
		expect(injector.next('GET /me', 'before')?.status).toBe(502);
	});

	it('stops after `times` hits and then lets later rules apply', () => {
		const injector = new FaultInjector([
			{ operation: 'GET /me', status: 500, times: 2 },
			{ operation: 'GET /me', latencyMs: 5 },
		]);
		const hits = [1, 2, 3, 4].map(() => injector.next('GET /me', 'before'));
		expect(hits.map((rule) => rule?.status)).toEqual([500, 500, undefined, undefined]);
		expect(hits[2]?.latencyMs).toBe(5);
	});

	it('separates rules that act before the handler from those that act after it', () => {
		const injector = new FaultInjector([{ operation: 'POST /projects', drop: true, afterHandler: true }]);
		expect(injector.next('POST /projects', 'before')).toBeUndefined();
		expect(injector.next('POST /projects', 'after')?.drop).toBe(true);
	});

	it('draws probabilities from a seeded generator: same seed, same pattern', () => {
		const pattern = (seed: number) => {
			const injector = new FaultInjector([{ status: 500, probability: 0.3 }], seed);
			return Array.from({ length: 200 }, () => (injector.next('GET /me', 'before') ? 1 : 0)).join('');
		};
		expect(pattern(7)).toBe(pattern(7));
		expect(pattern(7)).not.toBe(pattern(8));
		const hits = [...pattern(7)].filter((c) => c === '1').length;
		expect(hits).toBeGreaterThan(35);
		expect(hits).toBeLessThan(85);
	});

	it('restarts hit counters when the rules are replaced and rejects impossible probabilities', () => {
		const injector = new FaultInjector();
		const rule = { status: 500, times: 1 };
		injector.setRules([rule]);
		expect(injector.next('GET /me', 'before')).toBe(rule);
		expect(injector.next('GET /me', 'before')).toBeUndefined();
		injector.setRules([rule]);
		expect(injector.next('GET /me', 'before')).toBe(rule);
		expect(() => injector.setRules([{ probability: 1.5 }])).toThrow(RangeError);
	});

	it('does not let a global regular expression skip every second request', () => {
		const injector = new FaultInjector([{ operation: /GET/g, status: 500 }]);
		expect(injector.next('GET /me', 'before')).toBeDefined();
		expect(injector.next('GET /me', 'before')).toBeDefined();
	});
});

describe('faultResponse', () => {
	it('answers 5xx with awork’s server-error body and the rule’s headers', () => {
		const response = faultResponse({ status: 503, headers: { 'retry-after': '2' } }, 'trace-1');
		expect(response.status).toBe(503);
		expect(response.headers).toEqual({ 'retry-after': '2' });
		expect(response.body).toMatchObject({ code: 'server-error', traceId: 'trace-1', details: [] });
		expect(typeof (response.body as { description: string }).description).toBe('string');
	});

	it('answers an injected 429 with awork’s error body and the rule’s headers', () => {
		const response = faultResponse({ status: 429, headers: { 'ratelimit-reset': '1' } }, 't');
		expect(response.status).toBe(429);
		expect(response.headers).toEqual({ 'ratelimit-reset': '1' });
		expect(response.body).toMatchObject({ code: 'invalid-operation', traceId: 't' });
		expect((response.body as { details: string[] }).details).toContain('Retry after 1 second(s) (RateLimit-Reset).');
	});
});
