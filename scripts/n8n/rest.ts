/**
 * A small client for a running n8n (2.x and 1.x alike), used by the e2e suite, the browser test and
 * `npm start`: owner setup and login (auth cookie), an API key, the public API (`X-N8N-API-KEY`)
 * for credentials, workflows and executions, and the internal REST calls the editor makes
 * (node types, loadOptions, listSearch, credential test). Every wait is a bounded poll that stops
 * early, with the log tail, when n8n is no longer running.
 */
import type { N8nServer } from './server';
import { diedError, N8nRestError, pollUntil, tailOf, type N8nTarget } from './wait';

export { N8nRestError, pollUntil, type N8nTarget } from './wait';

export interface Owner {
	email: string;
	firstName: string;
	lastName: string;
	password: string;
}

/** The login the suite and `npm start` create (n8n wants 8+ characters, a digit and a capital). */
export const DEFAULT_OWNER: Owner = { email: 'owner@example.com', firstName: 'Demo', lastName: 'Owner', password: 'Awork-n8n-demo1' };

export interface WorkflowJson {
	id?: string;
	name: string;
	nodes: Array<Record<string, any>>;
	connections: Record<string, any>;
	settings?: Record<string, any>;
	staticData?: unknown;
	active?: boolean;
	[key: string]: unknown;
}

export interface Execution {
	id: string | number;
	workflowId: string;
	mode: string;
	status?: string;
	finished: boolean;
	startedAt?: string;
	stoppedAt?: string | null;
	data?: { resultData?: { runData?: Record<string, any[]>; error?: { message?: string } } };
}

export interface CredentialRef {
	id: string;
	name: string;
	type: string;
}

/** The body the editor posts to `/rest/dynamic-node-parameters/*`. */
export interface DynamicParametersRequest {
	nodeType: string;
	nodeVersion?: number;
	/** The parameter asking, as the editor names it (`parameters.<name>`); `parameters.` is added when missing. */
	path: string;
	methodName: string;
	currentNodeParameters: Record<string, unknown>;
	credential: CredentialRef;
	filter?: string;
	paginationToken?: string;
}

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

const REQUEST_TIMEOUT_MS = 30_000;

export class N8nClient {
	/** The `n8n-auth` cookie after owner setup or login. */
	cookie?: string;
	/** The public API key after `createApiKey`. */
	apiKey?: string;

	constructor(readonly target: N8nTarget) {}

	static forServer(server: N8nServer): N8nClient {
		return new N8nClient(server);
	}

	get baseUrl(): string {
		return this.target.baseUrl;
	}

	/** One HTTP call; a non-2xx answer or a dead server throws with n8n's message and log tail. */
	async request<T = any>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<{ status: number; body: T; headers: Headers }> {
		const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
		if (options.body !== undefined) headers['content-type'] = 'application/json';
		let response: Response;
		try {
			response = await fetch(`${this.baseUrl}${path}`, {
				method,
				headers,
				body: options.body === undefined ? undefined : JSON.stringify(options.body),
				signal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
			});
		} catch (error) {
			if (await this.wentAway()) throw diedError(this.target, `during ${method} ${path}`);
			const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
			throw new N8nRestError(`${method} ${path} failed: ${cause}${tailOf(this.target)}`);
		}
		const text = await response.text();
		let body: any = text;
		try {
			body = text ? JSON.parse(text) : undefined;
		} catch {
			// not JSON: keep the text
		}
		if (!response.ok) {
			const message = typeof body === 'object' && body ? (body.message ?? JSON.stringify(body)) : String(text).slice(0, 500);
			throw new N8nRestError(`${method} ${path} answered ${response.status}: ${message}${tailOf(this.target)}`, response.status, body);
		}
		return { status: response.status, body: body as T, headers: response.headers };
	}

	/** After a failed connection: whether n8n's process ended (its exit is noticed a moment after the socket drops). */
	private async wentAway(): Promise<boolean> {
		const alive = this.target.alive;
		if (!alive) return false;
		for (let waited = 0; waited < 1000 && alive(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
		return !alive();
	}

	/** Internal REST as the editor calls it (cookie); unwraps n8n's `{ data }` envelope. */
	async rest<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		if (!this.cookie) throw new N8nRestError(`${method} /rest${path}: not signed in (call setupOwner or login first)`);
		const answer = await this.request<{ data: T }>(method, `/rest${path}`, { body, headers: { cookie: this.cookie } });
		return answer.body?.data as T;
	}

	/** The public API v1 (`X-N8N-API-KEY`). */
	async api<T = any>(method: string, path: string, body?: unknown): Promise<T> {
		if (!this.apiKey) throw new N8nRestError(`${method} /api/v1${path}: no API key (call createApiKey first)`);
		return (await this.request<T>(method, `/api/v1${path}`, { body, headers: { 'x-n8n-api-key': this.apiKey } })).body;
	}

	// ---- sign-in ---------------------------------------------------------------------------

	/** Creates the instance owner and keeps the auth cookie; on an instance that has one, logs in. */
	async setupOwner(owner: Owner = DEFAULT_OWNER): Promise<void> {
		try {
			const answer = await this.request('POST', '/rest/owner/setup', { body: owner });
			this.keepCookie(answer.headers, 'owner setup');
		} catch (error) {
			// n8n answers 400 "Instance owner already setup" after a restart on the same folder.
			if (!(error instanceof N8nRestError) || error.status !== 400 || !/already/i.test(error.message)) throw error;
			await this.login(owner.email, owner.password);
		}
	}

	/** Logs in (both lines take `emailOrLdapLoginId`) and keeps the auth cookie. */
	async login(email: string, password: string): Promise<void> {
		const answer = await this.request('POST', '/rest/login', { body: { emailOrLdapLoginId: email, password } });
		this.keepCookie(answer.headers, 'login');
	}

	private keepCookie(headers: Headers, what: string): void {
		const cookie = headers.getSetCookie().find((value) => value.startsWith('n8n-auth='));
		if (!cookie) throw new N8nRestError(`${what} gave no n8n-auth cookie${tailOf(this.target)}`);
		this.cookie = cookie.split(';')[0];
	}

	/** Creates a public API key with every scope the owner may grant (workflows, executions, credentials among them). */
	async createApiKey(label = `e2e ${Date.now()}`): Promise<string> {
		const scopes = await this.rest<string[]>('GET', '/api-keys/scopes');
		const created = await this.rest<{ rawApiKey?: string; apiKey?: string }>('POST', '/api-keys', { label, scopes, expiresAt: null });
		const key = created.rawApiKey ?? created.apiKey;
		if (!key) throw new N8nRestError(`POST /rest/api-keys gave no key: ${JSON.stringify(created)}`);
		this.apiKey = key;
		return key;
	}

	// ---- public API --------------------------------------------------------------------------

	async createCredential(credential: { name: string; type: string; data: Record<string, unknown> }): Promise<CredentialRef> {
		const created = await this.api<CredentialRef>('POST', '/credentials', credential);
		return { id: String(created.id), name: created.name, type: created.type };
	}

	/** Imports a workflow export: only the fields the public API accepts. */
	async createWorkflow(workflow: WorkflowJson): Promise<WorkflowJson & { id: string }> {
		const body = {
			name: workflow.name,
			nodes: workflow.nodes,
			connections: workflow.connections,
			settings: { executionOrder: workflow.settings?.executionOrder ?? 'v1' },
			...(workflow.staticData ? { staticData: workflow.staticData } : {}),
		};
		return await this.api('POST', '/workflows', body);
	}

	async getWorkflow(id: string): Promise<WorkflowJson & { id: string; active: boolean }> {
		return await this.api('GET', `/workflows/${id}`);
	}

	async activateWorkflow(id: string): Promise<void> {
		await this.api('POST', `/workflows/${id}/activate`);
	}

	async deactivateWorkflow(id: string): Promise<void> {
		await this.api('POST', `/workflows/${id}/deactivate`);
	}

	async deleteWorkflow(id: string): Promise<void> {
		await this.api('DELETE', `/workflows/${id}`);
	}

	/** The workflow's executions, newest first, with their run data. */
	async listExecutions(workflowId: string, { includeData = true, limit = 100 } = {}): Promise<Execution[]> {
		const query = new URLSearchParams({ workflowId, includeData: String(includeData), limit: String(limit) });
		return (await this.api<{ data: Execution[] }>('GET', `/executions?${query}`)).data;
	}

	/** Waits until the workflow has at least `count` finished executions (not running or waiting). */
	async waitForExecutions(workflowId: string, count = 1, { timeoutMs = 30_000 } = {}): Promise<Execution[]> {
		return await pollUntil(
			this.target,
			`${count} finished execution(s) of workflow ${workflowId}`,
			async () => {
				const executions = await this.listExecutions(workflowId);
				const done = executions.filter((execution) => execution.stoppedAt && !['running', 'new', 'waiting'].includes(execution.status ?? ''));
				return done.length >= count ? done : undefined;
			},
			{ timeoutMs },
		);
	}

	/** POSTs to a production webhook (`/webhook/<path>`), retrying while n8n has not registered it yet (404). */
	async callWebhook<T = any>(path: string, body: unknown, { timeoutMs = 20_000 } = {}): Promise<T> {
		const answer = await pollUntil(
			this.target,
			`webhook /webhook/${path} to be registered`,
			async () => {
				try {
					return { body: (await this.request<T>('POST', `/webhook/${path}`, { body, timeoutMs: 60_000 })).body };
				} catch (error) {
					// Not registered yet; any other failure (a failed run) is the answer.
					if (error instanceof N8nRestError && error.status === 404) return undefined;
					throw error;
				}
			},
			{ timeoutMs },
		);
		return answer.body;
	}

	// ---- internal REST, as the editor uses it ------------------------------------------------

	/** Every node description n8n serves the editor (~18 MB). */
	async nodeTypes(): Promise<Array<{ name: string; displayName: string; version: number | number[]; usableAsTool?: boolean }>> {
		return (await this.request('GET', '/types/nodes.json', { headers: { cookie: this.cookie ?? '' }, timeoutMs: 60_000 })).body;
	}

	async credentialTypes(): Promise<Array<{ name: string; displayName: string }>> {
		return (await this.request('GET', '/types/credentials.json', { headers: { cookie: this.cookie ?? '' } })).body;
	}

	/** A dropdown's options (`methods.loadOptions`), as the editor loads them. */
	async loadOptions(request: DynamicParametersRequest): Promise<Array<{ name: string; value: string | number; description?: string }>> {
		return await this.rest('POST', '/dynamic-node-parameters/options', this.dynamicBody(request));
	}

	/** A resource locator's "From list" page (`methods.listSearch`), as the editor loads it. */
	async listSearch(request: DynamicParametersRequest): Promise<{ results: Array<{ name: string; value: string | number; url?: string }>; paginationToken?: unknown }> {
		return await this.rest('POST', '/dynamic-node-parameters/resource-locator-results', {
			...this.dynamicBody(request),
			...(request.filter !== undefined ? { filter: request.filter } : {}),
			...(request.paginationToken !== undefined ? { paginationToken: request.paginationToken } : {}),
		});
	}

	private dynamicBody(request: DynamicParametersRequest) {
		return {
			path: request.path.startsWith('parameters.') ? request.path : `parameters.${request.path}`,
			nodeTypeAndVersion: { name: request.nodeType, version: request.nodeVersion ?? 1 },
			currentNodeParameters: request.currentNodeParameters,
			methodName: request.methodName,
			credentials: { [request.credential.type]: { id: request.credential.id, name: request.credential.name } },
		};
	}

	/**
	 * The editor's "Test" button: the stored credential, with `data` (when given) replacing what is
	 * stored for this one test, as an edited credential form does.
	 */
	async testCredential(credential: CredentialRef, data: Record<string, unknown>): Promise<CredentialTestResult> {
		return await this.rest('POST', '/credentials/test', { credentials: { ...credential, data } });
	}
}

/** Owner, API key and a signed-in client for a fresh server: what every e2e run starts with. */
export async function signedInClient(target: N8nTarget, owner: Owner = DEFAULT_OWNER): Promise<N8nClient> {
	const client = new N8nClient(target);
	await client.setupOwner(owner);
	await client.createApiKey();
	return client;
}
