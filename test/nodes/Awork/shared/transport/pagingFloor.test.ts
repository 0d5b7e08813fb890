/**
 * Paging at the floor: a list costs exactly the pages it needs. awork's `aw-totalitems` tells when
 * the last page was full, so 10,000 tasks cost 10 requests, not 11.
 */
import { probeNodeType } from '../../../../harness/probeNode';
import { runNode, type RunNodeOptions } from '../../../../harness/runNode';
import { apiKeyCredentials, useSandbox } from '../../../../harness/sandbox';

// A few hundred of the seeded tasks are other people's private tasks, which the API user cannot see.
const sandbox = useSandbox({ rateLimit: false, workspace: { tasks: 10_600, timeEntries: 0, projects: 40, users: 5, companies: 5 } });

async function listAllTasks(parameters: Record<string, unknown>) {
	sandbox().resetLog();
	const result = await runNode({
		type: 'aworkProbe',
		extraTypes: { aworkProbe: probeNodeType() },
		parameters: { method: 'GET', url: '/me/allavailabletasks', paged: true, ...parameters } as RunNodeOptions['parameters'],
		credentials: apiKeyCredentials(sandbox()),
	});
	expect(result.error).toBeUndefined();
	return { items: result.items, requests: sandbox().requests.length };
}

/** Removes visible tasks, leaves first (a subtask before its parent), until exactly `count` are visible. */
async function keepVisible(count: number) {
	const tasks = sandbox().store.collection<{ id: string; parentId?: string | null }>('tasks');
	const { items } = await listAllTasks({ returnAll: true });
	const visible = new Set(items.map((item) => item.json.id as string));
	while (visible.size > count) {
		const parents = new Set(tasks.all().map((task) => task.parentId).filter(Boolean));
		const leaves = [...visible].filter((id) => !parents.has(id)).slice(0, visible.size - count);
		expect(leaves.length).toBeGreaterThan(0);
		for (const id of leaves) {
			tasks.delete(id);
			visible.delete(id);
		}
	}
}

describe('paging at the floor', () => {
	it('Return All over 10,000 tasks takes exactly 10 requests', async () => {
		await keepVisible(10_000);
		const { items, requests } = await listAllTasks({ returnAll: true });
		expect(items).toHaveLength(10_000);
		expect(new Set(items.map((item) => item.json.id)).size).toBe(10_000);
		expect(requests).toBe(10);
	});

	it('Limit 1,500 takes 2 requests', async () => {
		const { items, requests } = await listAllTasks({ returnAll: false, limit: 1500 });
		expect(items).toHaveLength(1500);
		expect(requests).toBe(2);
	});

	it('Return All over exactly 1,000 takes 1 request', async () => {
		await keepVisible(1000);
		const { items, requests } = await listAllTasks({ returnAll: true });
		expect(items).toHaveLength(1000);
		expect(requests).toBe(1);
	});
});
