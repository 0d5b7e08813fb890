/**
 * The jest runner of the example scenarios (see `scenarios/index.ts`): runs a scenario's workflow
 * file on n8n-core's WorkflowExecute against the sandbox, started from its trigger the way n8n
 * starts it (a Webhook with the posted body, a Schedule or Manual Trigger, or an awork Trigger's
 * real delivery from the sandbox), then calls the scenario's check.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { readWorkflowFile, runWorkflow, MANUAL_TRIGGER } from '../harness/runWorkflow';
import { apiKeyCredentials } from '../harness/sandbox';
import { startTrigger } from '../harness/trigger';
import type { Sandbox } from '../sandbox';
import { coreNodeTypes, SCHEDULE_TRIGGER, WEBHOOK } from './coreNodes';
import { aworkApi, type Scenario } from './scenarios';

const AWORK_TRIGGER = 'n8n-nodes-awork-suite.aworkTrigger';

/** What n8n's Webhook node emits for a JSON POST. */
function webhookItem(body: IDataObject, path: string): INodeExecutionData {
	return {
		json: {
			headers: { 'content-type': 'application/json' },
			params: {},
			query: {},
			body,
			webhookUrl: `http://localhost:5678/webhook/${path}`,
			executionMode: 'production',
		},
	};
}

/** Runs `scenario` in `sandbox` and checks it; resolves with the run for further assertions. */
export async function runScenario<Prepared>(scenario: Scenario<Prepared>, sandbox: Sandbox) {
	const file = readWorkflowFile(scenario.file);
	const trigger = file.nodes.find((node) => node.name === scenario.trigger);
	if (!trigger) throw new Error(`${scenario.file} has no node '${scenario.trigger}'`);
	const credentials = apiKeyCredentials(sandbox);
	const context = { api: aworkApi(sandbox), store: sandbox.store };
	const prepared = (await scenario.prepare?.(context)) as Prepared;
	sandbox.resetLog();

	let items: INodeExecutionData[];
	if (trigger.type === WEBHOOK) items = [webhookItem(scenario.input, String(trigger.parameters.path))];
	else if (trigger.type === MANUAL_TRIGGER || trigger.type === SCHEDULE_TRIGGER) items = [{ json: scenario.input }];
	else if (trigger.type === AWORK_TRIGGER) {
		if (!scenario.cause) throw new Error(`${scenario.title}: an awork Trigger scenario needs cause()`);
		const listening = await startTrigger({ parameters: trigger.parameters, credentials });
		try {
			await listening.activate();
			await scenario.cause(context, prepared);
			// Every delivery is answered; the one that passes the trigger's filters emits items.
			const deadline = Date.now() + 10_000;
			while (!listening.deliveries.some((delivery) => delivery.emitted)) {
				if (Date.now() > deadline) throw new Error(`${scenario.title}: no delivery started the workflow within 10 s (${listening.deliveries.length} arrived)`);
				await listening.waitForDeliveries(listening.deliveries.length + 1, deadline - Date.now()).catch(() => undefined);
			}
			const started = listening.deliveries.filter((delivery) => delivery.emitted);
			expect(started).toHaveLength(1);
			items = started[0].emitted!;
		} finally {
			await listening.deactivate();
			await listening.close();
		}
	} else throw new Error(`${scenario.title}: no runner for trigger type ${trigger.type}`);

	const result = await runWorkflow(file, credentials, { start: { node: trigger.name, items }, nodeTypes: coreNodeTypes() });
	expect(result.error).toBeUndefined();
	const lastNode = result.run.data.resultData.lastNodeExecuted!;
	const output = (nodeName: string) => result.output(nodeName).map((item) => item.json);
	await scenario.check(sandbox.store, {
		prepared,
		requests: sandbox.requests,
		response: trigger.type === AWORK_TRIGGER ? undefined : output(lastNode),
		output,
	});
	return result;
}
