/**
 * The e2e suite one n8n line runs (`describeN8nLine('2.x')`): the shipped examples, the awork
 * Trigger's webhook lifecycle across deactivation and a restart, the editor's loadOptions and
 * listSearch calls, and what n8n lists and tests of our nodes and credentials.
 */

import { aworkApi, SCENARIOS } from '../../examples/scenarios';
import { webhooksOf } from '../../sandbox/webhooks/model';
import { pollUntil, type DynamicParametersRequest } from '../../../scripts/n8n/rest';
import { AWORK_NODE, AWORK_TRIGGER, useN8nLine, withN8nLog, type LineContext } from './context';
import { runExampleInN8n } from './examples';
import { nodeOutput, taskAddedTriggerWorkflow } from './workflows';

type Row = { id: string; [key: string]: any };

/** The sandbox's webhooks that point at this n8n. */
const n8nWebhooks = (context: LineContext) => webhooksOf(context.sandbox.store).all().filter((hook) => hook.uri.startsWith(context.server.baseUrl));

const triggerWorkflow = (context: LineContext) => taskAddedTriggerWorkflow(`awork Trigger lifecycle (e2e ${context.line})`, context.credential);

export function describeN8nLine(line: '2.x' | '1.x'): void {
	describe(`this package in a real n8n ${line}`, () => {
		const n8n = useN8nLine(line);

		describe('the shipped example workflows', () => {
			it.each(SCENARIOS.map((scenario) => [scenario.title, scenario] as const))('%s', async (_title, scenario) => {
				await withN8nLog(n8n().server, () => runExampleInN8n(n8n(), scenario));
			});
		});

		it('the awork Trigger registers one webhook, runs once per event, unregisters on deactivation and survives a restart', async () => {
			const context = n8n();
			const { client, server, sandbox } = context;
			const api = aworkApi(sandbox);
			await withN8nLog(server, async () => {
				const workflow = await client.createWorkflow(triggerWorkflow(context));
				await client.activateWorkflow(workflow.id);
				await pollUntil(server, 'the awork Trigger to register its webhook', async () => (n8nWebhooks(context).length > 0 ? true : undefined));
				expect(n8nWebhooks(context)).toHaveLength(1);

				const [project] = await api<Row[]>('GET', '/projects?pageSize=1');
				const task = await api<Row>('POST', '/tasks', { name: 'Seen by n8n', baseType: 'projecttask', entityId: project.id });
				const firstRun = await client.waitForExecutions(workflow.id, 1);
				// Let any duplicate delivery (a retry) arrive before counting.
				await settle(sandbox);
				const executions = await client.listExecutions(workflow.id);
				expect(executions).toHaveLength(1);
				const [event] = nodeOutput(firstRun[0], 'awork Trigger');
				expect(event).toMatchObject({ eventType: 'task_added', entityId: task.id });

				await client.deactivateWorkflow(workflow.id);
				await pollUntil(server, 'the webhook to be deleted from the sandbox after deactivation', async () => (n8nWebhooks(context).length === 0 ? true : undefined));

				await client.activateWorkflow(workflow.id);
				await pollUntil(server, 'the webhook to be registered again', async () => (n8nWebhooks(context).length > 0 ? true : undefined));
				const before = n8nWebhooks(context).map((hook) => hook.id);
				await server.restart();
				// n8n re-activates the workflow after start: prove it by an event that arrives.
				await api('POST', '/tasks', { name: 'Seen after the restart', baseType: 'projecttask', entityId: project.id });
				await client.waitForExecutions(workflow.id, 2, { timeoutMs: 60_000 });
				await settle(sandbox);
				expect(n8nWebhooks(context).map((hook) => hook.id)).toEqual(before);

				await client.deactivateWorkflow(workflow.id);
				await pollUntil(server, 'the webhook to be deleted at the end', async () => (n8nWebhooks(context).length === 0 ? true : undefined));
			});
		});

		describe("the editor's dynamic parameters", () => {
			const ask = (context: LineContext, request: Omit<DynamicParametersRequest, 'nodeType' | 'credential'>) => ({
				nodeType: AWORK_NODE,
				credential: context.credential,
				...request,
				// The editor sends every parameter with its default: `authentication` decides which credential applies.
				currentNodeParameters: { authentication: 'apiKey', resource: 'task', operation: 'changeStatus', ...request.currentNodeParameters },
			});
			const projects = (context: LineContext) => context.sandbox.store.collection<Row>('projects');

			it("lists the sandbox's projects in the resource locator, searchable", async () => {
				const context = n8n();
				await withN8nLog(context.server, async () => {
					const all = await context.client.listSearch(ask(context, { path: 'project', methodName: 'searchProjects', currentNodeParameters: {} }));
					expect(all.results.length).toBeGreaterThan(1);
					for (const result of all.results) expect(projects(context).require(String(result.value)).name).toBe(result.name);

					const word = String(all.results[1].name).split(/\s/)[0];
					const found = await context.client.listSearch(ask(context, { path: 'project', methodName: 'searchProjects', currentNodeParameters: {}, filter: word }));
					const expected = projects(context).where((p) => String(p.name).toLowerCase().includes(word.toLowerCase())).map((p) => p.id);
					expect(found.results.map((r) => r.value).sort()).toEqual(expected.sort());
				});
			});

			it("fills the chosen project's status dropdown and task list", async () => {
				const context = n8n();
				const api = aworkApi(context.sandbox);
				await withN8nLog(context.server, async () => {
					const [project] = await api<Row[]>('GET', '/projects?pageSize=1');
					const chosen = { project: { __rl: true, mode: 'list', value: project.id } };
					const statuses = await context.client.loadOptions(ask(context, { path: 'statusId', methodName: 'getTaskStatuses', currentNodeParameters: chosen }));
					const real = await api<Row[]>('GET', `/projects/${project.id}/taskstatuses`);
					expect(statuses.map((s) => s.value).sort()).toEqual(real.map((s) => s.id).sort());
					expect(statuses.map((s) => s.name).sort()).toEqual(real.map((s) => s.name).sort());

					const tasks = await context.client.listSearch(ask(context, { path: 'task', methodName: 'searchTasks', currentNodeParameters: chosen }));
					const projectTasks = await api<Row[]>('GET', `/projects/${project.id}/projecttasks?pageSize=1000`);
					expect(tasks.results.length).toBeGreaterThan(0);
					for (const result of tasks.results) expect(projectTasks.map((t) => t.id)).toContain(result.value);
				});
			});
		});

		describe('what n8n lists and tests', () => {
			it('lists our node types, the AI tool variant and our credential types', async () => {
				const { client, server } = n8n();
				await withN8nLog(server, async () => {
					const ours = (await client.nodeTypes()).filter((type) => type.name.startsWith('n8n-nodes-awork-suite.')).map((type) => type.name);
					expect(new Set(ours)).toEqual(
						new Set([AWORK_NODE, AWORK_TRIGGER, 'n8n-nodes-awork-suite.aworkPollTrigger', 'n8n-nodes-awork-suite.aworkTool']),
					);
					const credentials = (await client.credentialTypes()).map((type) => type.name);
					expect(credentials).toEqual(expect.arrayContaining(['aworkSuiteApi', 'aworkSuiteOAuth2Api']));
				});
			});

			it('the credential test succeeds for the sandbox key and fails clearly for a wrong one', async () => {
				const { client, server, sandbox, credential } = n8n();
				await withN8nLog(server, async () => {
					const good = await client.testCredential(credential, { baseUrl: sandbox.baseUrl, apiKey: sandbox.apiKey });
					expect(good).toEqual({ status: 'OK', message: expect.any(String) });
					const bad = await client.testCredential(credential, { baseUrl: sandbox.baseUrl, apiKey: 'not-a-valid-awork-key' });
					expect(bad.status).toBe('Error');
					// 1.x's tester applies a credential's responseCode rules only to errors carrying the raw
					// response, which a 401 from the request helper does not: it says n8n's generic text.
					expect(bad.message).toBe(
						line === '2.x' ? 'awork rejected the API key: check that it was copied whole and has not been deleted' : 'Authorization failed - please check your credentials',
					);
				});
			});
		});
	});
}

/** Waits until the sandbox's delivery log has not grown for a second (at most 5 s): a duplicate would have arrived. */
async function settle(sandbox: LineContext['sandbox']): Promise<void> {
	const logs = () => sandbox.store.collection('webhookLogs').all().length;
	const deadline = Date.now() + 5000;
	let last = logs();
	let stableSince = Date.now();
	while (Date.now() - stableSince < 1000 && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		if (logs() !== last) {
			last = logs();
			stableSince = Date.now();
		}
	}
}
