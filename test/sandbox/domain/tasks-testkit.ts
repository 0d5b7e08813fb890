/**
 * Test support for the tasks area: the real sandbox server (with the real `domain/index.ts`) on a
 * fixed clock, and small HTTP helpers. Events the handlers emit are in `sandbox.events`.
 */
import { startSandbox } from '../server';
import type { Sandbox, SandboxOptions } from '../types';

export interface ApiAnswer {
	status: number;
	body: any;
	headers: Headers;
}

export interface TaskSandbox {
	sandbox: Sandbox;
	get(path: string): Promise<ApiAnswer>;
	post(path: string, body?: unknown): Promise<ApiAnswer>;
	put(path: string, body: unknown): Promise<ApiAnswer>;
	del(path: string): Promise<ApiAnswer>;
}

/** A demo sandbox at a fixed clock, validating every response against the spec. */
export async function startTaskSandbox(options: SandboxOptions = {}): Promise<TaskSandbox> {
	const sandbox = await startSandbox({
		port: 0,
		validateResponses: true,
		rateLimit: false,
		now: () => new Date('2025-06-02T09:00:00Z'),
		...options,
	});
	const call = async (method: string, path: string, body?: unknown): Promise<ApiAnswer> => {
		const response = await fetch(`${sandbox.baseUrl}${path}`, {
			method,
			headers: { Authorization: `Bearer ${sandbox.apiKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
	};
	return {
		sandbox,
		get: (path) => call('GET', path),
		post: (path, body) => call('POST', path, body ?? {}),
		put: (path, body) => call('PUT', path, body),
		del: (path) => call('DELETE', path),
	};
}

/** Fails with the server's answer when the status is not the expected one. */
export function expectStatus(answer: ApiAnswer, status: number): ApiAnswer {
	if (answer.status !== status) {
		throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
	}
	return answer;
}
