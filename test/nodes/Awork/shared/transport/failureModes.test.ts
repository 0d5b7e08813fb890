/**
 * The request path against servers that misbehave in ways the sandbox does not: one that never
 * answers (per-attempt timeout, retries, the time budget) and one that echoes the Authorization
 * header into its error body (redaction). Both listen on 127.0.0.1 and are started by the tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DEFAULT_RETRY, type RetrySettings } from '../../../../../nodes/Awork/shared/transport/policy';
import { probeNodeType } from '../../../../harness/probeNode';
import { runNode, type RunNodeOptions } from '../../../../harness/runNode';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let handler: Handler;
let baseUrl: string;
const received: Array<{ method: string; at: number }> = [];
const saved: RetrySettings = { ...DEFAULT_RETRY };
let credentialCounter = 0;

beforeAll(async () => {
	server = createServer((req, res) => {
		received.push({ method: req.method ?? '', at: Date.now() });
		handler(req, res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
	received.length = 0;
});

afterEach(() => {
	Object.assign(DEFAULT_RETRY, saved);
	server.closeAllConnections();
});

const API_KEY = 'sk-live-4f1c9e2ab7d84c0e9a61';

async function probe(parameters: Record<string, unknown>, extra: Partial<RunNodeOptions> = {}) {
	return await runNode({
		type: 'aworkProbe',
		extraTypes: { aworkProbe: probeNodeType() },
		parameters: parameters as RunNodeOptions['parameters'],
		credentials: { type: 'aworkSuiteApi', id: `failure-modes-${++credentialCounter}`, data: { apiKey: API_KEY, baseUrl } },
		...extra,
	});
}

describe('a server that never answers', () => {
	beforeEach(() => {
		// Accepts the request and keeps the connection open without a byte of answer.
		handler = () => undefined;
		Object.assign(DEFAULT_RETRY, { attemptTimeoutMs: 300, baseBackoffMs: 50, maxAttempts: 3, maxTotalMs: 20_000 });
	});

	it('times a GET out per attempt, repeats it, and says how long it waited', async () => {
		const started = Date.now();
		const { error } = await probe({ method: 'GET', url: '/me' });
		expect(received.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
		expect(error?.message).toMatch(/^awork did not answer GET \/me within 0\.3 s \(gave up after 3 attempts\)/);
		// Three attempts of 0.3 s, far from n8n's own default of minutes.
		expect(Date.now() - started).toBeLessThan(10_000);
	}, 30_000);

	it('sends a timed-out POST once: awork may have processed it', async () => {
		const { error } = await probe({ method: 'POST', url: '/companies', body: JSON.stringify({ name: 'Once' }) });
		expect(received.map((r) => r.method)).toEqual(['POST']);
		expect(error?.message).toMatch(/not repeated: awork may have processed it already/);
	}, 30_000);

	it('stops when the time budget of the request runs out, and says so', async () => {
		Object.assign(DEFAULT_RETRY, { attemptTimeoutMs: 5_000, maxAttempts: 50, maxTotalMs: 1_500 });
		const started = Date.now();
		const { error } = await probe({ method: 'GET', url: '/me' });
		expect(Date.now() - started).toBeLessThan(8_000);
		expect(error?.message).toMatch(/spent \d+ s on it in all.*time budget per request is 2 s/);
		// The attempt's timeout shrinks to what is left of the budget: 5 s attempts would allow one.
		expect(received.length).toBeGreaterThanOrEqual(1);
	}, 30_000);

	it('lets n8n\'s own Timeout request option win over the default', async () => {
		Object.assign(DEFAULT_RETRY, { attemptTimeoutMs: 60_000, maxAttempts: 1 });
		const started = Date.now();
		const { error } = await probe({ method: 'GET', url: '/me', requestOptions: { timeout: 400 } });
		expect(error?.message).toMatch(/within 0\.4 s/);
		expect(Date.now() - started).toBeLessThan(10_000);
	}, 30_000);
});

describe('a server that echoes the key', () => {
	beforeEach(() => {
		handler = (req, res) => {
			const echoed = String(req.headers.authorization ?? '');
			const status = req.url?.includes('/me') ? 401 : 400;
			res.writeHead(status, { 'content-type': 'application/json' });
			res.end(
				JSON.stringify({
					code: status === 401 ? 'unauthorized' : 'validation-failed',
					description: `Header was ${echoed}`,
					details: [`token ${API_KEY}`],
					validationErrors: [{ property: 'Name', message: `'${echoed}' is not a name` }],
				}),
			);
		};
	});

	it('leaves no trace of it in the message, description or context of the error', async () => {
		const { error } = await probe({ method: 'POST', url: '/companies', body: JSON.stringify({ name: 'x' }) });
		expect(error?.message).toMatch(/^awork rejected the request: Name: 'Bearer \[redacted\]' is not a name/);
		const everything = JSON.stringify({ message: error?.message, description: error?.description, context: error?.context, error });
		expect(everything).toContain('[redacted]');
		expect(everything).not.toContain(API_KEY);
		expect(everything).not.toContain(API_KEY.slice(0, 12));
	});

	it('says a 401 means a rejected key or a missing permission, and names the credential', async () => {
		const { error } = await probe({ method: 'GET', url: '/me' });
		expect(error?.httpCode).toBe('401');
		expect(error?.message).toMatch(/invalid, expired or was revoked, or its user lacks the permission for GET \/me/);
		expect(error?.message).toContain("credential 'test credential', type aworkSuiteApi");
		expect(JSON.stringify(error)).not.toContain(API_KEY);
	});
});
