/**
 * Runs one shipped example (a scenario of `test/examples/scenarios`) in a real n8n: a fresh sandbox
 * with the demo workspace and a credential of its own, the example imported through the public
 * API, started by its webhook or by the awork event the scenario causes, then the scenario's check
 * on the sandbox's final state.
 */
import { aworkApi, type Scenario } from '../../examples/scenarios';
import { startSandbox } from '../../sandbox';
import { webhooksOf } from '../../sandbox/webhooks/model';
import { N8nRestError, pollUntil, type Execution } from '../../../scripts/n8n/rest';
import type { LineContext } from './context';
import { executionError, nodeOutput, prepareExample } from './workflows';

export async function runExampleInN8n(context: LineContext, scenario: Scenario<any>): Promise<void> {
	const { client, server } = context;
	const sandbox = await startSandbox({ port: 0, workspace: 'demo', rateLimit: false, webhookDelivery: { retryDelayMs: 200, maxRetries: 3 } });
	try {
		const credential = await context.credentialFor(sandbox, `awork (${scenario.title})`);
		const api = aworkApi(sandbox);
		const store = sandbox.store;
		const prepared = await scenario.prepare?.({ api, store });
		sandbox.resetLog();

		const { workflow, webhookPath } = prepareExample(scenario.file, scenario.trigger, credential);
		const created = await client.createWorkflow(workflow);
		await client.activateWorkflow(created.id);
		try {
			let response: any[] | undefined;
			if (webhookPath) {
				try {
					response = await client.callWebhook(webhookPath, scenario.input);
				} catch (error) {
					// With responseMode lastNode a failed run answers 500; the execution says why.
					const [failed] = await client.listExecutions(created.id).catch(() => [] as Execution[]);
					throw new N8nRestError(`${scenario.title}: the run failed: ${failed ? executionError(failed) : 'no execution'}\n${(error as Error).message}`);
				}
			} else {
				if (!scenario.cause) throw new Error(`${scenario.title}: its trigger '${scenario.trigger}' is neither callable nor has the scenario a cause()`);
				await pollUntil(server, `the awork Trigger of '${scenario.title}' to register its webhook in the sandbox`, async () =>
					webhooksOf(store).all().some((hook) => hook.uri.startsWith(server.baseUrl) && hook.isActive) || undefined,
				);
				await scenario.cause({ api, store }, prepared);
			}
			const [execution] = await client.waitForExecutions(created.id, 1, { timeoutMs: 60_000 });
			const failure = executionError(execution);
			if (failure) throw new Error(`${scenario.title}: execution ${execution.id} failed: ${failure}`);
			await scenario.check(store, { prepared, requests: sandbox.requests, response, output: (name) => nodeOutput(execution, name) });
			expect(sandbox.violations).toEqual([]);
		} finally {
			await client.deactivateWorkflow(created.id);
		}
	} finally {
		await sandbox.stop();
	}
}
