/** The example workflow of scenarios/reactToTaskStatus.ts, run on n8n-core against the sandbox's demo workspace. */
import { useSandbox } from '../harness/sandbox';
import { runScenario } from './runScenario';
import { reactToTaskStatus } from './scenarios/reactToTaskStatus';

const sandbox = useSandbox({ rateLimit: false, workspace: 'demo', webhookDelivery: { retryDelayMs: 20, timeoutMs: 2000 } });

describe('React to task status changes workflow', () => {
	it('leaves the workspace as the example promises', async () => {
		await runScenario(reactToTaskStatus, sandbox());
	});
});
