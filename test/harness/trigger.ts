/**
 * Drives a webhook trigger node the way n8n does, without an n8n server: `HookContext` for the
 * webhook lifecycle (checkExists → create on activation, delete on deactivation) and, for each
 * incoming HTTP call to the node's webhook URL, `WebhookContext` around the node's `webhook()`.
 * A small local HTTP server plays n8n's webhook endpoint so real deliveries can arrive.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { HookContext, WebhookContext } from 'n8n-core';
import {
	Workflow,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type IWebhookData,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { additionalDataFor, TestCredentialsHelper, TestNodeTypes } from './engine';
import { packageCredentialTypes, packageNodeTypes } from './package';
import type { TestCredentials } from './runNode';

/** The slice of Express's response object that trigger nodes use, over a plain Node response. */
export function expressResponse(res: http.ServerResponse) {
	let code = 200;
	const response = {
		answered: false,
		get statusCode() {
			return code;
		},
		status(next: number) {
			code = next;
			return response;
		},
		json(payload: unknown) {
			response.answered = true;
			res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
			return response;
		},
		send(payload: unknown) {
			response.answered = true;
			res.writeHead(code).end(typeof payload === 'string' ? payload : JSON.stringify(payload));
			return response;
		},
		end() {
			response.answered = true;
			res.writeHead(code).end();
			return response;
		},
	};
	return response;
}

/**
 * What n8n hands a webhook node for one HTTP request: the run's additional data with the request
 * (body already parsed) and an Express-like response over the plain one.
 */
export function webhookRequestData(base: IWorkflowExecuteAdditionalData, req: http.IncomingMessage, res: http.ServerResponse, body: IDataObject) {
	const response = expressResponse(res);
	const additionalData = {
		...base,
		httpRequest: { body, headers: req.headers, query: {}, params: {}, method: req.method, url: req.url },
		httpResponse: response,
	} as unknown as IWorkflowExecuteAdditionalData;
	return { response, additionalData };
}

export interface Delivery {
	headers: http.IncomingHttpHeaders;
	body: IDataObject;
	/** What the node answered the caller with. */
	status: number;
	/** Items the node emitted into the workflow (none when it refused the call). */
	emitted: INodeExecutionData[] | undefined;
	/** Whether it came to the test URL of "Listen for test event". */
	test?: boolean;
}

/** An editor's "Listen for test event", as n8n's TestWebhooks runs it. */
export interface TestListener {
	/** The test URL the webhook was registered at (`…/webhook-test/…`). */
	url: string;
	/** The static data of the test run: a copy, never saved back to the workflow. */
	staticData: IDataObject;
	/** Whether n8n would still be listening (it stops after the first call that started the workflow). */
	readonly listening: boolean;
	/** What n8n does when the test is cancelled or times out: deletes the test webhook. */
	stop(): Promise<void>;
}

export interface TriggerHarness {
	webhookUrl: string;
	staticData: IDataObject;
	deliveries: Delivery[];
	/** Activation as n8n does it: create only when checkExists says the webhook is missing. */
	activate(): Promise<void>;
	deactivate(): Promise<void>;
	checkExists(): Promise<boolean>;
	/**
	 * Starts "Listen for test event": a copy of the workflow (static data included, as the editor
	 * sends it) runs checkExists → create in manual mode with the test URL; the first test call that
	 * starts the workflow ends the listening and deletes the test webhook, as n8n does.
	 */
	listenForTestEvent(): Promise<TestListener>;
	/** Resolves when `count` deliveries have arrived (or rejects after `timeoutMs`). */
	waitForDeliveries(count: number, timeoutMs?: number): Promise<Delivery[]>;
	close(): Promise<void>;
}

export async function startTrigger(options: {
	parameters: INodeParameters;
	credentials: TestCredentials;
	type?: string;
}): Promise<TriggerHarness> {
	const nodeTypes = new TestNodeTypes();
	for (const [name, type] of Object.entries(packageNodeTypes())) nodeTypes.register(name, type);
	const typeName = options.type ?? 'aworkTrigger';
	const nodeType = nodeTypes.getByName(typeName);
	const webhookId = 'trigger-webhook-1';
	const node: INode = {
		id: 'trigger-under-test',
		name: 'Trigger under test',
		type: typeName,
		typeVersion: 1,
		position: [0, 0],
		webhookId,
		parameters: options.parameters,
		credentials: { [options.credentials.type]: { id: options.credentials.id ?? 'credential-1', name: 'test credential' } },
	};
	const workflow = new Workflow({
		id: 'workflow-with-trigger',
		name: 'Trigger test workflow',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		staticData: {},
	});
	const credentialsHelper = new TestCredentialsHelper(packageCredentialTypes(), {
		[options.credentials.type]: options.credentials.data,
	});

	const deliveries: Delivery[] = [];
	const waiters: Array<() => void> = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			void handleCall(req, res, Buffer.concat(chunks));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	const base = additionalDataFor(credentialsHelper, {
		webhookBaseUrl: `http://127.0.0.1:${port}/webhook`,
		webhookTestBaseUrl: `http://127.0.0.1:${port}/webhook-test`,
	});
	const webhookDescription = nodeType.description.webhooks![0];
	const webhookData = {
		httpMethod: webhookDescription.httpMethod,
		node: node.name,
		path: `${webhookId}/${webhookDescription.path}`,
		webhookDescription,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: base,
		webhookId,
	} as unknown as IWebhookData;

	let testRun: { workflow: Workflow; webhookData: IWebhookData; listener: TestListener & { listening: boolean } } | undefined;

	async function handleCall(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer) {
		const test = req.url?.startsWith('/webhook-test/') ?? false;
		if (test && !testRun) {
			// n8n answers 404 when nobody listens for a test event.
			res.writeHead(404).end('The requested webhook is not registered');
			return;
		}
		let body: IDataObject = {};
		try {
			body = raw.length ? (JSON.parse(raw.toString('utf8')) as IDataObject) : {};
		} catch {
			body = {};
		}
		const { response, additionalData } = webhookRequestData(base, req, res, body);
		const run = test ? testRun! : undefined;
		const context = run
			? new WebhookContext(run.workflow, node, additionalData, 'manual', run.webhookData, [], null)
			: new WebhookContext(workflow, node, additionalData, 'trigger', webhookData, [], null);
		let emitted: INodeExecutionData[] | undefined;
		let status = 200;
		try {
			const result = await nodeType.webhook!.call(context);
			emitted = result.workflowData?.[0];
			status = response.statusCode;
			if (!response.answered) res.writeHead(status).end(typeof result.webhookResponse === 'string' ? result.webhookResponse : '');
		} catch (error) {
			status = 500;
			if (!response.answered) res.writeHead(500).end(String((error as Error).message));
		}
		deliveries.push({ headers: req.headers, body, status, emitted, ...(test ? { test } : {}) });
		if (run && emitted) await run.listener.stop();
		waiters.splice(0).forEach((wake) => wake());
	}

	const hookContext = () => new HookContext(workflow, node, base, 'trigger', 'activate', webhookData);
	const methods = nodeType.webhookMethods!.default!;

	return {
		webhookUrl: `http://127.0.0.1:${port}/webhook/${webhookId}/${webhookDescription.path}`,
		get staticData() {
			return workflow.getStaticData('node', node);
		},
		deliveries,
		async activate() {
			if (!(await methods.checkExists.call(hookContext()))) await methods.create.call(hookContext());
		},
		async deactivate() {
			await methods.delete.call(hookContext());
		},
		async checkExists() {
			return await methods.checkExists.call(hookContext());
		},
		async listenForTestEvent() {
			const testWorkflow = new Workflow({
				id: workflow.id,
				name: workflow.name,
				nodes: [node],
				connections: {},
				active: false,
				nodeTypes,
				// The editor sends the workflow as JSON, so the test run works on a serialized copy.
				staticData: JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject,
			});
			const testWebhookData = { ...webhookData, isTest: true } as IWebhookData;
			const testContext = (mode: 'manual' | 'internal', activation: 'manual' | 'update') =>
				new HookContext(testWorkflow, node, base, mode, activation, testWebhookData);
			const listener = {
				url: `http://127.0.0.1:${port}/webhook-test/${webhookId}/${webhookDescription.path}`,
				get staticData() {
					return testWorkflow.getStaticData('node', node);
				},
				listening: true,
				async stop() {
					if (!listener.listening) return;
					listener.listening = false;
					testRun = undefined;
					await methods.delete.call(testContext('internal', 'update'));
				},
			};
			if (!(await methods.checkExists.call(testContext('manual', 'manual')))) await methods.create.call(testContext('manual', 'manual'));
			testRun = { workflow: testWorkflow, webhookData: testWebhookData, listener };
			return listener;
		},
		async waitForDeliveries(count: number, timeoutMs = 10_000) {
			const deadline = Date.now() + timeoutMs;
			while (deliveries.length < count) {
				if (Date.now() > deadline) throw new Error(`expected ${count} deliveries, got ${deliveries.length}`);
				await new Promise<void>((resolve) => {
					waiters.push(resolve);
					setTimeout(resolve, 100);
				});
			}
			return deliveries;
		},
		async close() {
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
