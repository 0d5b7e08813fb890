/** Shared setup of the awork Trigger tests: a sandbox that delivers quickly, API calls, raw webhook calls. */
import http from 'http';

import type { INodeParameters } from 'n8n-workflow';

import { apiKeyCredentials, useSandbox } from '../../harness/sandbox';
import { startTrigger, type TriggerHarness } from '../../harness/trigger';

export type StoredWebhook = {
	id: string;
	uri: string;
	events: string;
	authenticationType: string;
	isActive: boolean;
	onlyTriggerForMainEntityChanges: boolean;
};

export function triggerSuite() {
	const sandbox = useSandbox({ rateLimit: false, webhookDelivery: { retryDelayMs: 20, timeoutMs: 2000 } });
	const started: TriggerHarness[] = [];
	afterEach(async () => {
		for (const trigger of started.splice(0)) {
			await trigger.deactivate();
			await trigger.close();
		}
	});

	const webhooks = () => sandbox().store.collection<StoredWebhook>('webhooks').all();

	async function start(parameters: INodeParameters, options: { activate?: boolean } = {}) {
		const trigger = await startTrigger({ parameters, credentials: apiKeyCredentials(sandbox()) });
		started.push(trigger);
		if (options.activate !== false) await trigger.activate();
		return trigger;
	}

	/** A JSON call to the sandbox's API (as the API user unless another key is given). */
	async function api<T = any>(method: string, path: string, body?: unknown, key = sandbox().apiKey): Promise<T> {
		const response = await fetch(`${sandbox().baseUrl}${path}`, {
			method,
			headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await response.text();
		if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
		return (text ? JSON.parse(text) : undefined) as T;
	}

	/** A raw POST to the trigger's URL, with whatever headers the test wants (arrays as repeated headers). */
	async function post(trigger: TriggerHarness, body: string, headers: Record<string, string | string[]> = {}) {
		const url = new URL(trigger.webhookUrl);
		const count = trigger.deliveries.length;
		const status = await new Promise<number>((resolve, reject) => {
			const request = http.request(
				{ method: 'POST', host: url.hostname, port: url.port, path: url.pathname, headers: { 'content-type': 'application/json', ...headers } },
				(res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode ?? 0));
				},
			);
			request.on('error', reject);
			request.end(body);
		});
		const [delivery] = (await trigger.waitForDeliveries(count + 1)).slice(count);
		return { status, delivery };
	}

	/** A call that carries the trigger's own secret, as awork's would. */
	const postSigned = async (trigger: TriggerHarness, body: unknown) =>
		await post(trigger, typeof body === 'string' ? body : JSON.stringify(body), {
			'x-n8n-awork-secret': trigger.staticData.secret as string,
		});

	return { sandbox, webhooks, start, api, post, postSigned };
}
