/**
 * The request path reads the credential once per node run, not once per item: in a queue-mode
 * worker each read is a database query, and 500 items at once exhausted the worker's pool.
 */
import { credentialReads } from '../../../../harness/engine';
import { resourceSuite } from '../../../../harness/resourceSuite';

const { run, collection } = resourceSuite('project');

it('adds one read per run to the one n8n makes per request', async () => {
	const ids = collection<{ id: string }>('projects').all().map((project) => project.id);
	const items = Array.from({ length: 40 }, (_, i) => ({ id: ids[i % ids.length] }));
	const before = credentialReads.count;
	const result = await run({ operation: 'get', project: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, items);
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(40);
	// n8n: one per request plus one for the run; ours: one for the run.
	expect(credentialReads.count - before).toBeLessThanOrEqual(40 + 2);
});
