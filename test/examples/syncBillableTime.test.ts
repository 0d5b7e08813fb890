/** The example workflow of scenarios/syncBillableTime.ts, run on n8n-core against the sandbox's demo workspace. */
import { useSandbox } from '../harness/sandbox';
import { runScenario } from './runScenario';
import { syncBillableTime } from './scenarios/syncBillableTime';

const sandbox = useSandbox({ rateLimit: false, workspace: 'demo', webhookDelivery: { retryDelayMs: 20, timeoutMs: 2000 } });

describe('Sync billable time workflow', () => {
	it('leaves the workspace as the example promises', async () => {
		await runScenario(syncBillableTime, sandbox());
	});
});
