/**
 * The server over real HTTP: what happens around a handler — lists, spec samples, emitted events,
 * empty answers, crashes, response validation and the request log.
 */
import { USER_ID, call, sandbox, useProbeSandbox } from './server-testkit';
import { WebhookDispatcher } from './webhooks/delivery';

jest.mock('./domain', () => jest.requireActual('./server-probes'));

useProbeSandbox();

describe('handlers and responses', () => {
	it('lists through ctx.list: filter applied, internal fields stripped, JSON content type', async () => {
		const answer = await call(`/users?filterby=${encodeURIComponent("firstName eq 'Alan'")}`);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(answer.body).toEqual([{ id: '00000000-0000-4000-8000-000000000002', firstName: 'Alan', lastName: 'Turing' }]);
	});

	it('records filters on unknown properties as violations', async () => {
		const answer = await call(`/users?filterby=${encodeURIComponent("shoeSize eq 3")}`);
		expect(answer.status).toBe(400);
		expect(answer.body.code).toBe('invalid-filter-or-order');
		expect(sandbox.violations[0]).toMatchObject({ code: 'invalid-filter-or-order', operation: 'GET /users' });
	});

	it('answers operations without a handler with the spec’s sample, which holds to the spec', async () => {
		const answer = await call('/absenceregions/countries/DE/locations');
		expect(answer.status).toBe(200);
		expect(sandbox.requests[0].operation).toBe('GET /absenceregions/countries/{countryCode}/locations');
		expect(sandbox.responseViolations).toEqual([]);
	});

	it('passes emitted events to webhook delivery with the request’s user and trace', async () => {
		const dispatch = jest.spyOn(WebhookDispatcher.prototype, 'dispatch');
		try {
			const response = await call('/absenceregions/me/assign', { method: 'POST', body: { regionId: USER_ID } });
			expect(response.status).toBe(204);
			expect(dispatch).toHaveBeenCalledTimes(1);
			const event = dispatch.mock.calls[0][0];
			expect(event.eventType).toBe('user_updated');
			expect(event.userId).toBe(sandbox.store.apiKeys.get(sandbox.apiKey));
			expect(event.traceId).toMatch(/^[0-9a-f]{32}$/);
		} finally {
			dispatch.mockRestore();
		}
	});

	it('records emitted events in order in sandbox.events until resetLog()', async () => {
		sandbox.resetLog();
		await call('/absenceregions/me/assign', { method: 'POST', body: { regionId: USER_ID } });
		await call('/absenceregions/me/assign', { method: 'POST', body: { regionId: USER_ID } });
		expect(sandbox.events.map((e) => e.eventType)).toEqual(['user_updated', 'user_updated']);
		const [first, second] = sandbox.events;
		expect(first.traceId).not.toBe(second.traceId);
		expect(first.userId).toBe(sandbox.store.apiKeys.get(sandbox.apiKey));
		sandbox.resetLog();
		expect(sandbox.events).toEqual([]);
	});

	it('answers 204 without a body', async () => {
		const response = await fetch(`${sandbox.baseUrl}/absenceregions/${USER_ID}`, {
			method: 'DELETE',
			headers: { authorization: `Bearer ${sandbox.apiKey}` },
		});
		expect(response.status).toBe(204);
		expect(response.headers.get('content-type')).toBeNull();
		expect(await response.text()).toBe('');
	});

	it('turns a handler crash into 500 server-error and records the stack', async () => {
		const answer = await call('/absenceregions');
		expect(answer.status).toBe(500);
		expect(answer.body).toMatchObject({ code: 'server-error', description: 'An internal error occurred.' });
		expect(sandbox.violations[0]).toMatchObject({ status: 500, code: 'server-error', operation: 'GET /absenceregions' });
		expect(sandbox.violations[0].description).toContain('probe handler failed');
	});

	it('records answers that break the spec’s response schema', async () => {
		expect((await call('/absenceregions/countries')).status).toBe(200);
		expect(sandbox.responseViolations).toEqual([
			expect.objectContaining({ operation: 'GET /absenceregions/countries', status: 200 }),
		]);
		expect(sandbox.responseViolations[0].errors.length).toBeGreaterThan(0);
		await call('/users');
		expect(sandbox.responseViolations).toHaveLength(1);
	});

	it('logs every request with its operation and status', async () => {
		await call('/users');
		await call('/nowhere');
		expect(sandbox.requests.map((r) => [r.method, r.url, r.operation, r.status])).toEqual([
			['GET', '/api/v1/users', 'GET /users', 200],
			['GET', '/api/v1/nowhere', undefined, 404],
		]);
		expect(sandbox.requests[0].finishedAt).toBeGreaterThanOrEqual(sandbox.requests[0].startedAt);
		expect(sandbox.stats).toMatchObject({ total: 2, inFlight: 0 });
		sandbox.resetLog();
		expect(sandbox.requests).toHaveLength(0);
		expect(sandbox.violations).toHaveLength(0);
	});
});
