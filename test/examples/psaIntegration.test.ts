/**
 * awork's PSA integration guide (docs/psa-agentursoftware-integration.md) as one workflow built only
 * from this node's operations — `examples/psa-integration.json`, the file a real n8n imports — run
 * through WorkflowExecute against the sandbox; scenarios/psaIntegration.ts checks what it leaves behind.
 */
import { useSandbox } from '../harness/sandbox';
import { runScenario } from './runScenario';
import { psaIntegration } from './scenarios/psaIntegration';

const sandbox = useSandbox({ rateLimit: false });

describe('PSA integration workflow', () => {
	it('creates the project from a template with the PSA link, a task list and task, and marks only invoiceable time as billed', async () => {
		await runScenario(psaIntegration, sandbox());
	});
});
