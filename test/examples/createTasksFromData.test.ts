/** The example workflow of scenarios/createTasksFromData.ts, run on n8n-core against the sandbox's demo workspace. */
import { useSandbox } from '../harness/sandbox';
import { runScenario } from './runScenario';
import { createTasksFromData } from './scenarios/createTasksFromData';

const sandbox = useSandbox({ rateLimit: false, workspace: 'demo', webhookDelivery: { retryDelayMs: 20, timeoutMs: 2000 } });

describe('Create tasks from incoming data workflow', () => {
	it('leaves the workspace as the example promises', async () => {
		await runScenario(createTasksFromData, sandbox());
	});
});
