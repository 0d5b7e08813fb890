/**
 * Webhook arrival to execution output: the awork Trigger's webhook() (secret check, event check,
 * project and changed-property filters, deduplication in static data) against a webhook trigger
 * that only hands the body on, both behind the same local HTTP endpoint and n8n-core's
 * WebhookContext, as test/harness/trigger.ts drives deliveries (which takes only package nodes).
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { WebhookContext } from 'n8n-core';
import { Workflow, type IDataObject, type INode, type INodeParameters, type INodeType, type IWebhookData, type IWorkflowExecuteAdditionalData } from 'n8n-workflow';

import { AworkTrigger } from '../../nodes/AworkTrigger/AworkTrigger.node';
import { VERIFICATION_HEADER_NAME } from '../../nodes/AworkTrigger/webhookLifecycle';
import { additionalDataFor, TestCredentialsHelper, TestNodeTypes } from '../../test/harness/engine';
import { packageCredentialTypes } from '../../test/harness/package';
import { apiKeyCredentials } from '../../test/harness/sandbox';
import { webhookRequestData } from '../../test/harness/trigger';
import { startSandbox } from '../../test/sandbox';
import { buildPayload } from '../../test/sandbox/webhooks/payload';
import type { BenchRow } from './index';
import { alternate, medianCpu, medianWall, size } from './measure';
import { plainWebhookNode } from './minimalNodes';

const DELIVERIES = size('BENCH_DELIVERIES', 1000, 200);
const ROUNDS = size('BENCH_TRIGGER_ROUNDS', 3, 2);
const SECRET = 'bench-webhook-secret';

interface Endpoint {
	url: string;
	/** Deliveries that started an execution (the node emitted items). */
	started: number;
	close(): Promise<void>;
}

/** An HTTP endpoint that hands every POST to `nodeType.webhook()` in a fresh WebhookContext, as n8n's webhook server does. */
async function webhookEndpoint(nodeType: INodeType, parameters: INodeParameters, staticData: IDataObject, extra: Partial<IWorkflowExecuteAdditionalData>): Promise<Endpoint> {
	const nodeTypes = new TestNodeTypes();
	nodeTypes.register(nodeType.description.name, nodeType);
	const node: INode = {
		id: 'bench-trigger',
		name: 'Bench trigger',
		type: nodeType.description.name,
		typeVersion: 1,
		position: [0, 0],
		webhookId: 'bench-webhook',
		parameters,
		credentials: { aworkSuiteApi: { id: 'bench-trigger', name: 'bench credential' } },
	};
	const workflow = new Workflow({ id: 'bench-workflow', nodes: [node], connections: {}, active: true, nodeTypes, staticData: { [`node:${node.name}`]: staticData } });
	const base = additionalDataFor(new TestCredentialsHelper(packageCredentialTypes(), {}), extra);
	const webhookDescription = nodeType.description.webhooks![0];
	const webhookData = {
		httpMethod: webhookDescription.httpMethod,
		node: node.name,
		path: `bench-webhook/${webhookDescription.path}`,
		webhookDescription,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: base,
		webhookId: 'bench-webhook',
	} as unknown as IWebhookData;
	const endpoint = { url: '', started: 0, close: async () => {} };
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			void (async () => {
				const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as IDataObject;
				const { response, additionalData } = webhookRequestData(base, req, res, body);
				const context = new WebhookContext(workflow, node, additionalData, 'trigger', webhookData, [], null);
				try {
					const result = await nodeType.webhook!.call(context);
					if (result.workflowData?.[0]?.length) endpoint.started++;
					if (!response.answered) res.writeHead(response.statusCode).end(typeof result.webhookResponse === 'string' ? result.webhookResponse : '');
				} catch (error) {
					if (!response.answered) res.writeHead(500).end(String((error as Error).message));
				}
			})();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	endpoint.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/bench-webhook/${webhookDescription.path}`;
	endpoint.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
	return endpoint;
}

export async function triggerBenchmark(): Promise<BenchRow[]> {
	const sandbox = await startSandbox({ port: 0, rateLimit: false });
	const endpoints: Endpoint[] = [];
	try {
		// A real awork event body: the sandbox's, for renaming a project.
		const headers = { authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json' };
		const projects = (await (await fetch(`${sandbox.baseUrl}/projects?pageSize=1`, { headers })).json()) as Array<{ id: string }>;
		const projectId = projects[0].id;
		const renamed = await fetch(`${sandbox.baseUrl}/projects/${projectId}`, { method: 'PUT', headers, body: JSON.stringify({ name: 'Renamed for the bench' }) });
		if (!renamed.ok) throw new Error(`renaming a project answered ${renamed.status}`);
		const event = sandbox.events.find((candidate) => candidate.eventType === 'project_updated' && candidate.entityId === projectId);
		if (!event) throw new Error('the sandbox emitted no project_updated event');
		const payload = buildPayload(sandbox.store, event);

		const credentials = apiKeyCredentials(sandbox, sandbox.apiKey, 'bench-trigger');
		const extra = { credentialsHelper: new TestCredentialsHelper(packageCredentialTypes(), { [credentials.type]: credentials.data }) };
		// A typical configuration: two events, one chosen project, a changed-property filter.
		const ours = await webhookEndpoint(
			new AworkTrigger(),
			{
				events: ['project_updated', 'task_updated'],
				output: 'fullEvent',
				options: { projects: { project: [{ project: { __rl: true, mode: 'id', value: projectId } }] }, changedProperties: 'Name, Description' },
			},
			{ secret: SECRET },
			extra,
		);
		const plain = await webhookEndpoint(plainWebhookNode(), {}, {}, extra);
		endpoints.push(ours, plain);

		// Every delivery is a new event (its own timestamp and trace ID), so deduplication lets it through.
		let sent = 0;
		const deliver = (endpoint: Endpoint) => async () => {
			const before = endpoint.started;
			for (let i = 0; i < DELIVERIES; i++) {
				sent++;
				const body = { ...payload, timestamp: new Date(Date.UTC(2026, 0, 1) + sent).toISOString(), traceId: `bench-${sent}` };
				const answer = await fetch(endpoint.url, { method: 'POST', headers: { 'content-type': 'application/json', [VERIFICATION_HEADER_NAME]: SECRET }, body: JSON.stringify(body) });
				if (answer.status !== 200) throw new Error(`delivery answered ${answer.status}: ${await answer.text()}`);
				await answer.arrayBuffer().catch(() => undefined);
			}
			if (endpoint.started - before !== DELIVERIES) throw new Error(`${endpoint.started - before} of ${DELIVERIES} deliveries started an execution`);
		};
		const timings = await alternate(ROUNDS, { ours: deliver(ours), plain: deliver(plain) });
		const perDelivery = (total: number) => `${Math.round((total * 1000) / DELIVERIES)} µs`;
		const ratio = medianCpu(timings.ours) / medianCpu(timings.plain);
		return [
			{
				what: `awork Trigger, webhook arrival to execution output (secret, event, project and property filters, dedupe) vs a plain webhook trigger that returns the body (n8n's Webhook node's essential work), ${DELIVERIES} deliveries one after another through the same endpoint and WebhookContext (CPU time per delivery incl. HTTP, median of ${ROUNDS}; wall ${perDelivery(medianWall(timings.ours))} vs ${perDelivery(medianWall(timings.plain))})`,
				ours: perDelivery(medianCpu(timings.ours)),
				baseline: perDelivery(medianCpu(timings.plain)),
				ratio,
				goal: 'reported (no goal given)',
				met: true,
			},
		];
	} finally {
		await Promise.all(endpoints.map((endpoint) => endpoint.close()));
		await sandbox.stop();
	}
}
