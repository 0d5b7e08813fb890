/**
 * Shared setup of the server.*.test.ts suites: one probe-handler sandbox per suite (reset before
 * each test), extra sandboxes a test starts itself (all stopped after the suite), and `call()`
 * over real HTTP. Each suite must mock `./domain` with `./server-probes` before importing this.
 */
import { startSandbox } from './server';
import type { Sandbox, SandboxOptions } from './types';

export const USER_ID = '00000000-0000-4000-8000-0000000000aa';

export interface Answer {
	status: number;
	headers: Headers;
	body: any;
}

/** The suite's shared sandbox (rate limit off, responses validated); set by `useProbeSandbox()`. */
export let sandbox: Sandbox;
const started: Sandbox[] = [];

/** Starts an empty-workspace sandbox that is stopped after the suite. */
export async function start(options: SandboxOptions = {}): Promise<Sandbox> {
	const instance = await startSandbox({ workspace: 'empty', ...options });
	started.push(instance);
	return instance;
}

/** Registers the suite's hooks: start the shared sandbox, reset it before each test, stop all. */
export function useProbeSandbox(): void {
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
}

/** A request with the sandbox's key (`key: null` sends none); `/v2/…` paths go to the v2 base URL. */
export async function call(
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
