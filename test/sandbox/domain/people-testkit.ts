/**
 * Test helpers for the people/time/files/webhooks suites: the handler tables of those modules,
 * a sandbox on a movable clock, a `call()` over real HTTP and a local webhook receiver.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { startSandbox } from '../server';
import type { HandlerTable, Sandbox, SandboxOptions } from '../types';

/** Every handler table of the people/time/files/webhooks area. */
export function peopleAreaHandlers(): HandlerTable {
	return Object.assign(
		{},
		require('./users').usersHandlers,
		require('./me').meHandlers,
		require('./companies').companiesHandlers,
		require('./typesofwork').typesOfWorkHandlers,
		require('./timeentries').timeEntriesHandlers,
		require('./timetracking').timeTrackingHandlers,
		require('./timetracking-v2').timeTrackingV2Handlers,
		require('./absences').absencesHandlers,
		require('./files').filesHandlers,
		require('./webhooks').webhooksHandlers,
	);
}

export const T0 = Date.parse('2025-03-12T10:00:00.000Z');

export interface Kit {
	sandbox: Sandbox;
	/** Moves the sandbox clock. */
	advance(ms: number): void;
	call(path: string, init?: { method?: string; body?: unknown; form?: FormData }): Promise<Answer>;
}

export interface Answer {
	status: number;
	headers: Headers;
	body: any;
	bytes: Buffer;
}

export async function startKit(options: SandboxOptions = {}): Promise<Kit> {
	let clock = T0;
	const sandbox = await startSandbox({ port: 0, validateResponses: true, rateLimit: false, now: () => new Date(clock), ...options });
	return {
		sandbox,
		advance: (ms) => void (clock += ms),
		call: async (path, init = {}) => {
			const headers: Record<string, string> = { authorization: `Bearer ${sandbox.apiKey}` };
			let body: string | FormData | undefined = init.form;
			if (init.body !== undefined) {
				body = JSON.stringify(init.body);
				headers['content-type'] = 'application/json';
			}
			const url = path.startsWith('/v2/') ? sandbox.baseUrlV2 + path.slice(3) : sandbox.baseUrl + path;
			const response = await fetch(url, { method: init.method ?? 'GET', headers, body });
			const bytes = Buffer.from(await response.arrayBuffer());
			const isJson = (response.headers.get('content-type') ?? '').includes('json');
			return { status: response.status, headers: response.headers, bytes, body: isJson && bytes.length ? JSON.parse(bytes.toString('utf8')) : undefined };
		},
	};
}

/**
 * Registers the hooks of a test file that shares one sandbox: started before the first test,
 * stopped after the last, and after each test no request or response may have broken the spec
 * (except requests answered with `toleratedRequestStatus`, for files that test rejections).
 * The returned kit is filled in by `beforeAll`.
 */
export function kitForSuite(options: SandboxOptions = {}, toleratedRequestStatus?: number): Kit {
	const kit = {} as Kit;
	beforeAll(async () => {
		Object.assign(kit, await startKit(options));
	});
	afterAll(() => kit.sandbox.stop());
	afterEach(() => {
		const violations = [...kit.sandbox.violations];
		const responseViolations = [...kit.sandbox.responseViolations];
		kit.sandbox.resetLog();
		expect(violations.filter((v) => v.status !== toleratedRequestStatus)).toEqual([]);
		expect(responseViolations).toEqual([]);
	});
	return kit;
}

export interface Received {
	headers: http.IncomingHttpHeaders;
	body: any;
}

/** A local HTTP server that records webhook posts and answers with `status()` (default 200). */
export async function startReceiver(status: () => number = () => 200) {
	const received: Received[] = [];
	const waiters: Array<{ count: number; resolve: () => void }> = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
			res.writeHead(status()).end();
			for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
	return {
		url,
		received,
		/** Resolves once at least `count` posts arrived. */
		waitFor: (count: number) =>
			received.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve })),
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
