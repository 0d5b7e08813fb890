/**
 * The server's mechanics over real HTTP: auth, routing, validation, rate limits, faults, logs.
 * The domain handlers are replaced by a few probe handlers so these tests hold the pipeline to
 * account, not the domain modules (the coverage test runs the real ones).
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { defaultApiKey } from './http/auth';
import { banner, parseCliOptions } from './cli';
import { startSandbox } from './server';
import type { Sandbox, SandboxOptions } from './types';
import { WebhookDispatcher } from './webhooks/delivery';

jest.mock('./domain', () => ({
	allHandlers: {
		// Lists through ctx.list: internal fields must not leak, filters must apply.
		'GET /users': (req: any, ctx: any) =>
			ctx.list(req, [
				{ id: '00000000-0000-4000-8000-000000000001', firstName: 'Ada', lastName: 'Lovelace', _secret: 'x' },
				{ id: '00000000-0000-4000-8000-000000000002', firstName: 'Alan', lastName: 'Turing', _secret: 'y' },
			]),
		// A stateful create: stores first, so an afterHandler fault loses only the answer.
		'POST /absenceregions': (req: any, ctx: any) => {
			const region = { id: ctx.store.newId(), name: req.body.name, countryCode: req.body.countryCode };
			ctx.store.collection('probeRegions').insert(region);
			return { status: 200, body: region };
		},
		// Answers a body the spec does not allow (countries are objects, not strings).
		'GET /absenceregions/countries': () => ({ status: 200, body: ['DE'] }),
		// A sandbox bug.
		'GET /absenceregions': () => {
			throw new TypeError('probe handler failed');
		},
		'DELETE /absenceregions/{absenceRegionId}': () => ({ status: 204 }),
		// Announces a change for webhook delivery.
		'POST /absenceregions/me/assign': (req: any, ctx: any) => {
			ctx.emit({ eventType: 'user_updated', entityType: 'user', entityId: req.userId, entity: {}, userId: req.userId, traceId: req.traceId });
			return { status: 204 };
		},
		'POST /users/{userId}/files': (req: any) => ({
			status: 200,
			body: {
				fields: req.body,
				files: req.files.map((f: any) => ({ ...f, data: f.data.toString('base64') })),
			},
		}),
	},
}));

const USER_ID = '00000000-0000-4000-8000-0000000000aa';

interface Answer {
	status: number;
	headers: Headers;
	body: any;
}

let sandbox: Sandbox;
const started: Sandbox[] = [];

async function start(options: SandboxOptions = {}): Promise<Sandbox> {
	const instance = await startSandbox({ workspace: 'empty', ...options });
	started.push(instance);
	return instance;
}

async function call(
	path: string,
	init: { method?: string; key?: string | null; body?: unknown; raw?: string | Buffer; headers?: Record<string, string> } = {},
	target: Sandbox = sandbox,
): Promise<Answer> {
	const headers: Record<string, string> = { ...(init.headers ?? {}) };
	const key = init.key === undefined ? target.apiKey : init.key;
	if (key !== null) headers.authorization = `Bearer ${key}`;
	let body: string | Buffer | undefined = init.raw;
	if (init.body !== undefined) {
		body = JSON.stringify(init.body);
		headers['content-type'] = 'application/json';
	}
	const base = path.startsWith('/v2/') ? target.baseUrlV2 + path.slice(3) : target.baseUrl + path;
	const response = await fetch(base, { method: init.method ?? 'GET', headers, body });
	const text = await response.text();
	return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

beforeAll(async () => {
	sandbox = await start({ rateLimit: false, validateResponses: true });
});

beforeEach(() => {
	sandbox.resetLog();
	sandbox.setFaults([]);
	sandbox.setRateLimit(false);
});

afterAll(async () => {
	await Promise.all(started.map((s) => s.stop()));
});

describe('authentication', () => {
	it('answers a missing key with 401 and awork’s error body', async () => {
		const answer = await call('/users', { key: null });
		expect(answer.status).toBe(401);
		expect(answer.headers.get('www-authenticate')).toBe('Bearer');
		expect(answer.body).toMatchObject({ code: 'unauthorized', link: expect.any(String), details: [] });
		expect(answer.body.traceId).toMatch(/^[0-9a-f]{32}$/);
		expect(sandbox.violations).toEqual([]);
	});

	it('rejects a wrong key and accepts the default key derived from the seed', async () => {
		expect((await call('/users', { key: 'wrong' })).status).toBe(401);
		expect(sandbox.apiKey).toBe(defaultApiKey(1));
		expect((await call('/users')).status).toBe(200);
	});

	it('lets anyone call the operations the spec opens to anonymous callers, outside the rate limit', async () => {
		sandbox.setRateLimit({ perSecond: 1, perMinute: 1 });
		for (const key of [null, 'wrong', null]) {
			const answer = await call('/workspaces/types', { key });
			expect(answer.status).toBe(200);
			expect(answer.headers.get('ratelimit-limit')).toBeNull();
		}
		expect((await call('/workspaces/types')).headers.get('x-ratelimit-remaining-minute')).toBe('0');
	});

	it('accepts several configured keys at once, all as the API user', async () => {
		const multi = await start({ apiKeys: ['key-a', 'key-b'], rateLimit: false });
		expect(multi.apiKey).toBe('key-a');
		expect(multi.apiKeys).toEqual(['key-a', 'key-b']);
		expect((await call('/users', { key: 'key-a' }, multi)).status).toBe(200);
		expect((await call('/users', { key: 'key-b' }, multi)).status).toBe(200);
		expect((await call('/users', { key: defaultApiKey(1) }, multi)).status).toBe(401);
		expect(multi.store.apiKeys.get('key-a')).toBe(multi.store.apiKeys.get('key-b'));
	});
});

describe('routing and validation', () => {
	it('answers unknown paths with 404 not-found and records them', async () => {
		const answer = await call('/no-such-thing');
		expect(answer.status).toBe(404);
		expect(answer.body.code).toBe('not-found');
		expect(sandbox.violations).toEqual([
			expect.objectContaining({ method: 'GET', url: '/api/v1/no-such-thing', status: 404, code: 'not-found' }),
		]);
	});

	it('answers a method the path lacks with 405 and records it', async () => {
		const answer = await call('/users', { method: 'PATCH' });
		expect(answer.status).toBe(405);
		expect(sandbox.violations[0]).toMatchObject({ status: 405 });
	});

	it('rejects what the spec forbids with 400 validation-failed and records the violation', async () => {
		const answer = await call('/absenceregions', { method: 'POST', body: { name: 'Hamburg' } });
		expect(answer.status).toBe(400);
		expect(answer.body.code).toBe('validation-failed');
		expect(answer.body.validationErrors.length).toBeGreaterThan(0);
		expect(sandbox.violations).toHaveLength(1);
		expect(sandbox.violations[0]).toMatchObject({
			method: 'POST',
			operation: 'POST /absenceregions',
			status: 400,
			code: 'validation-failed',
		});
		expect(sandbox.violations[0].validationErrors).toEqual(answer.body.validationErrors);
		expect(sandbox.store.collection('probeRegions').size).toBe(0);
	});

	it('rejects a malformed path parameter before any handler runs', async () => {
		const answer = await call('/absenceregions/not-a-uuid', { method: 'DELETE' });
		expect(answer.status).toBe(400);
		expect(sandbox.violations[0].operation).toBe('DELETE /absenceregions/{absenceRegionId}');
	});

	it('answers invalid JSON with 400 invalid-model and records it', async () => {
		const answer = await call('/absenceregions', {
			method: 'POST',
			raw: '{"name": "Hamburg",',
			headers: { 'content-type': 'application/json' },
		});
		expect(answer.status).toBe(400);
		expect(answer.body.code).toBe('invalid-model');
		expect(sandbox.violations[0]).toMatchObject({ code: 'invalid-model', operation: 'POST /absenceregions' });
	});

	it('hands multipart fields and files to the handler', async () => {
		const form = new FormData();
		form.append('note', 'hello');
		form.append('File', new Blob([Buffer.from([1, 2, 3, 250])], { type: 'image/png' }), 'logo.png');
		const response = await fetch(`${sandbox.baseUrl}/users/${USER_ID}/files`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sandbox.apiKey}` },
			body: form,
		});
		const body: any = await response.json();
		expect(response.status).toBe(200);
		expect(body.fields).toEqual({ note: 'hello' });
		expect(body.files).toEqual([
			{ fieldName: 'File', fileName: 'logo.png', contentType: 'image/png', data: Buffer.from([1, 2, 3, 250]).toString('base64') },
		]);
	});

	it('rejects a multipart upload without the required file', async () => {
		const form = new FormData();
		form.append('note', 'no file');
		const response = await fetch(`${sandbox.baseUrl}/users/${USER_ID}/files`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sandbox.apiKey}` },
			body: form,
		});
		expect(response.status).toBe(400);
		expect(sandbox.violations[0].code).toBe('validation-failed');
	});
});

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

describe('rate limit', () => {
	it('answers the request over the per-second limit with 429 and awork’s headers', async () => {
		sandbox.setRateLimit({ perSecond: 3, perMinute: 100 });
		const answers = await Promise.all([1, 2, 3, 4].map(() => call('/users')));
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

describe('lifecycle', () => {
	it('stop() releases the port even with a keep-alive connection open', async () => {
		const instance = await startSandbox({ workspace: 'empty', rateLimit: false });
		const port = Number(new URL(instance.baseUrl).port);
		const agent = new http.Agent({ keepAlive: true });
		await new Promise<void>((resolve, reject) => {
			http
				.get(`${instance.baseUrl}/users`, { agent, headers: { authorization: `Bearer ${instance.apiKey}` } }, (res) => {
					res.resume();
					res.on('end', resolve);
				})
				.on('error', reject);
		});
		await instance.stop();
		await instance.stop(); // idempotent
		const probe = http.createServer();
		await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(port, '127.0.0.1', resolve));
		expect((probe.address() as AddressInfo).port).toBe(port);
		await new Promise((resolve) => probe.close(resolve));
		agent.destroy();
	});

	it('serves v2 under its own base URL', async () => {
		expect(sandbox.baseUrlV2).toBe(sandbox.baseUrl.replace('/api/v1', '/api/v2'));
		const answer = await call('/v2/nothing-here');
		expect(answer.status).toBe(404);
	});
});

describe('cli options', () => {
	it('defaults to port 3737, seed 1, the demo workspace, rate limit on', () => {
		expect(parseCliOptions([], {})).toEqual({ host: '127.0.0.1', port: 3737, seed: 1, workspace: 'demo' });
	});

	it('reads arguments before the environment', () => {
		const options = parseCliOptions(['--port', '0', '--seed=9', '--workspace', 'large', '--no-rate-limit'], {
			AWORK_SANDBOX_PORT: '4000',
			AWORK_SANDBOX_WORKSPACE: 'empty',
		});
		expect(options).toEqual({ host: '127.0.0.1', port: 0, seed: 9, workspace: {}, rateLimit: false });
		expect(parseCliOptions([], { AWORK_SANDBOX_PORT: '4000', AWORK_SANDBOX_RATE_LIMIT: 'off' })).toMatchObject({
			port: 4000,
			rateLimit: false,
		});
	});

	it('refuses bad values with a usage message', () => {
		expect(() => parseCliOptions(['--port', 'abc'])).toThrow(/--port/);
		expect(() => parseCliOptions(['--workspace', 'huge'])).toThrow(/demo, empty or large/);
		expect(() => parseCliOptions(['--verbose'])).toThrow(/unknown argument/);
		expect(() => parseCliOptions(['--seed'])).toThrow(/needs a value/);
	});

	it('prints the base URL and the key to paste into n8n', () => {
		const text = banner(sandbox, { seed: 1, workspace: 'demo' });
		expect(text).toContain(sandbox.baseUrl);
		expect(text).toContain(sandbox.apiKey);
	});
});
