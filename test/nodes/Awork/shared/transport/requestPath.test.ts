/**
 * The one request path, end to end: n8n-core runs a declarative node for many items at once and
 * every request goes through pacing, retries and error mapping against the sandbox.
 */
import { DEFAULT_LIMITS } from '../../../../../nodes/Awork/shared/transport/limiter';
import { probeNodeType } from '../../../../harness/probeNode';
import { runNode, type RunNodeOptions } from '../../../../harness/runNode';
import { apiKeyCredentials, useSandbox } from '../../../../harness/sandbox';

// Each test uses its own credential ID, so pacing state of one test cannot help or hurt another.
let credentialCounter = 0;
const sandbox = useSandbox({ rateLimit: { perSecond: 50, perMinute: 100_000 } });

async function probe(parameters: Record<string, unknown>, extra: Partial<RunNodeOptions> = {}) {
	return await runNode({
		type: 'aworkProbe',
		extraTypes: { aworkProbe: probeNodeType() },
		parameters: parameters as RunNodeOptions['parameters'],
		credentials: apiKeyCredentials(sandbox(), sandbox().apiKey, `credential-${++credentialCounter}`),
		...extra,
	});
}

beforeEach(() => {
	sandbox().setFaults([]);
});

afterEach(() => {
	// Every request these tests send is one the real API would accept, except where a test says otherwise.
	expect(sandbox().violations).toEqual([]);
	sandbox().resetLog();
});

describe('request path', () => {
	it('sends 500 items against a 50 requests/s limit with no 429 and bounded concurrency', async () => {
		const items = Array.from({ length: 500 }, (_, i) => ({ i }));
		const { items: output, error } = await probe({ method: 'GET', url: '/me' }, { items });
		expect(error).toBeUndefined();
		expect(output).toHaveLength(500);
		expect(output.every((item) => typeof item.json.id === 'string')).toBe(true);
		expect(sandbox().stats.rateLimited).toBe(0);
		expect(sandbox().stats.total).toBe(500);
		expect(sandbox().stats.maxInFlight).toBeLessThanOrEqual(DEFAULT_LIMITS.maxInFlight);
	}, 60_000);

	it('waits out a 429 for RateLimit-Reset seconds and then succeeds', async () => {
		sandbox().setFaults([{ operation: 'GET /me', status: 429, headers: { 'ratelimit-reset': '1' }, times: 1 }]);
		const started = Date.now();
		const { items, error } = await probe({ method: 'GET', url: '/me' });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toEqual(expect.any(String));
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(sandbox().requests.map((r) => r.status)).toEqual([429, 200]);
	});

	it('gives up at once, with a clear message, when a 429 asks for more than the wait budget', async () => {
		sandbox().setFaults([{ operation: 'GET /me', status: 429, headers: { 'ratelimit-reset': '3600' } }]);
		const started = Date.now();
		const { error } = await probe({ method: 'GET', url: '/me' });
		expect(Date.now() - started).toBeLessThan(5000);
		expect(error?.message).toMatch(/^awork's rate limit was still exceeded for GET \/me/);
		expect(sandbox().requests).toHaveLength(1);
	});

	it('keeps waiting out 429s past the attempt cap while the time budget lasts', async () => {
		sandbox().setFaults([{ operation: 'GET /me', status: 429, headers: { 'ratelimit-reset': '0' }, times: 9 }]);
		const { items, error } = await probe({ method: 'GET', url: '/me' });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toEqual(expect.any(String));
		expect(sandbox().requests.map((r) => r.status)).toEqual([...Array<number>(9).fill(429), 200]);
	});

	it('repeats a GET after a single 500 once, and gives up on a second', async () => {
		sandbox().setFaults([{ operation: 'GET /me', status: 500, times: 1 }]);
		expect((await probe({ method: 'GET', url: '/me' })).error).toBeUndefined();
		expect(sandbox().requests.map((r) => r.status)).toEqual([500, 200]);
		sandbox().resetLog();
		sandbox().setFaults([{ operation: 'GET /me', status: 500, times: 5 }]);
		const { error } = await probe({ method: 'GET', url: '/me' });
		expect(error?.message).toMatch(/^awork answered 500 for GET \/me \(repeated once/);
		expect(sandbox().requests.map((r) => r.status)).toEqual([500, 500]);
	});

	it('never repeats a create that met a 500', async () => {
		sandbox().setFaults([{ operation: 'POST /companies', status: 500, times: 1 }]);
		const { error } = await probe({ method: 'POST', url: '/companies', body: JSON.stringify({ name: 'Once GmbH' }) });
		expect(error?.httpCode).toBe('500');
		expect(sandbox().requests.filter((r) => r.method === 'POST')).toHaveLength(1);
	});

	it('repeats a GET that met a 503', async () => {
		sandbox().setFaults([{ operation: 'GET /me', status: 503, times: 2 }]);
		const { items, error } = await probe({ method: 'GET', url: '/me' });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toEqual(expect.any(String));
		expect(sandbox().requests.map((r) => r.status)).toEqual([503, 503, 200]);
	});

	it('repeats a GET whose connection was dropped', async () => {
		sandbox().setFaults([{ operation: 'GET /me', drop: true, times: 1 }]);
		const { items, error } = await probe({ method: 'GET', url: '/me' });
		expect(error).toBeUndefined();
		expect(items[0].json.id).toEqual(expect.any(String));
	});

	it('never repeats a create that met a 503, and says so', async () => {
		sandbox().setFaults([{ operation: 'POST /companies', status: 503, times: 1 }]);
		const before = sandbox().store.collection('companies').size;
		const { error } = await probe({ method: 'POST', url: '/companies', body: JSON.stringify({ name: 'Once Only GmbH' }) });
		expect(error?.message).toMatch(
			/^awork answered 503 for POST \/companies \(not repeated: awork may have processed it already\)/,
		);
		expect(sandbox().requests.filter((r) => r.method === 'POST')).toHaveLength(1);
		expect(sandbox().store.collection('companies').size).toBe(before);
	});

	it('names the field awork found invalid', async () => {
		const { error } = await probe({ method: 'POST', url: '/companies', body: JSON.stringify({ name: '' }) });
		expect(error?.httpCode).toBe('400');
		expect(error?.message).toMatch(/^awork rejected the request: .*name/i);
	});

	it('names the resource and ID that does not exist', async () => {
		const id = '00000000-0000-4000-8000-000000000001';
		const { error } = await probe({ method: 'GET', url: `/projects/${id}` });
		expect(error?.message).toBe(`The project with ID '${id}' does not exist in awork or is not visible to these credentials`);
	});

	it('pages through a list until a short page and stops early at the limit', async () => {
		const all = await probe({ method: 'GET', url: '/companies', paged: true, returnAll: true });
		const total = sandbox().store.collection('companies').size;
		expect(all.items).toHaveLength(total);
		sandbox().resetLog();
		const limited = await probe({ method: 'GET', url: '/companies', paged: true, returnAll: false, limit: 2 });
		expect(limited.items).toHaveLength(2);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].url).toContain('pageSize=2');
	});
});
