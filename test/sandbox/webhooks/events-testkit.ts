/**
 * Shared setup of the webhook-event suites (events*.test.ts): a demo-workspace sandbox on a fixed
 * clock whose requests must all be spec-true, JSON helpers over real HTTP, and the builders the
 * per-area event cases (events-cases-*.ts) use to set up what their causing call changes.
 */
import { startSandbox } from '../server';
import type { EntityEvent, PropertyChange, Sandbox, WebhookEventType } from '../types';

export const NOW = new Date('2025-06-02T09:00:00Z');

/** The suite's sandbox and its API user; set by `useEventsSandbox()`. */
export let sandbox: Sandbox;
export let apiUserId: string;

/** Registers the suite's hooks: one sandbox per suite, a clean log per test, no violations after it. */
export function useEventsSandbox(): void {
	beforeAll(async () => {
		sandbox = await startSandbox({
			port: 0,
			validateResponses: true,
			rateLimit: false,
			now: () => NOW,
			webhookDelivery: { retryDelayMs: 5, maxRetries: 1, timeoutMs: 2000 },
		});
		apiUserId = sandbox.store.apiKeys.get(sandbox.apiKey)!;
	});
	afterAll(() => sandbox.stop());
	beforeEach(() => sandbox.resetLog());
	afterEach(() => {
		// Whatever the cases did must have been a request the real API accepts, answered spec-true.
		expect(sandbox.violations).toEqual([]);
		expect(sandbox.responseViolations).toEqual([]);
	});
}

/** A JSON request with the sandbox's key; any status of 300 or more throws. */
async function call(method: string, path: string, body?: unknown): Promise<any> {
	const url = path.startsWith('/v2/') ? sandbox.baseUrlV2 + path.slice(3) : sandbox.baseUrl + path;
	const response = await fetch(url, {
		method,
		headers: { authorization: `Bearer ${sandbox.apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
	return text ? JSON.parse(text) : undefined;
}
export const get = (path: string) => call('GET', path);
export const post = (path: string, body: unknown = {}) => call('POST', path, body);
export const put = (path: string, body: unknown) => call('PUT', path, body);
export const del = (path: string) => call('DELETE', path);

/** What a case expects of its event; `since` marks where the causing call's events begin. */
export interface Expected {
	since: number;
	entityType: string;
	entityId: string;
	/** Changes the event must list (others may be listed too). */
	changes?: PropertyChange[];
}

/** Makes the call that causes one event type and says what its event must look like. */
export type EventCase = () => Promise<Expected>;

/** A table of cases by the event type each one causes. */
export type EventCases = Partial<Record<WebhookEventType, EventCase>>;

/** Marks the start of the causing call: events before it belong to the setup. */
export const mark = () => sandbox.events.length;

/** The one event of `type` the causing call emitted. */
export function eventOf(type: WebhookEventType, expected: Expected): EntityEvent {
	const caused = sandbox.events.slice(expected.since).filter((e) => e.eventType === type);
	expect(caused).toHaveLength(1);
	return caused[0];
}

// ---- shared setup -----------------------------------------------------------------------------

/** The n-th seeded user other than the API user (each destructive case takes its own). */
export function seededUser(n: number): any {
	return sandbox.store.collection<any>('users').where((u) => u.id !== apiUserId && !u.isDeactivated && !u.isArchived)[n];
}

export async function newProject(name: string): Promise<any> {
	return post('/projects', { name });
}

export async function newTask(name: string): Promise<{ project: any; task: any }> {
	const project = await newProject(`${name} project`);
	const task = await post('/tasks', { baseType: 'projecttask', entityId: project.id, name });
	return { project, task };
}

export async function typesOfWork(): Promise<[any, any]> {
	const [a, b] = await get('/typeofwork');
	return [a, b];
}
