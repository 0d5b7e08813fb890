/** Walking awork's pages through the request path, on a workspace with more than one page of tasks. */
import { probeNodeType } from '../../../../harness/probeNode';
import { runNode, type RunNodeOptions } from '../../../../harness/runNode';
import { apiKeyCredentials, useSandbox } from '../../../../harness/sandbox';

const sandbox = useSandbox({ rateLimit: false, workspace: { tasks: 2500, timeEntries: 0 } });

async function listTasks(parameters: Record<string, unknown>) {
	sandbox().resetLog();
	return await runNode({
		type: 'aworkProbe',
		extraTypes: { aworkProbe: probeNodeType() },
		parameters: { method: 'GET', url: '/me/allavailabletasks', paged: true, ...parameters } as RunNodeOptions['parameters'],
		credentials: apiKeyCredentials(sandbox()),
	});
}

const pagesAsked = () => sandbox().requests.map((r) => new URL(r.url, 'http://x').searchParams.get('page'));

describe('paging through the request path', () => {
	it('returns every item of a list longer than one page, asking page by page', async () => {
		const { items, error } = await listTasks({ returnAll: true });
		expect(error).toBeUndefined();
		const ids = new Set(items.map((item) => item.json.id));
		expect(ids.size).toBe(items.length);
		expect(items.length).toBeGreaterThan(1000);
		expect(pagesAsked()).toEqual(Array.from({ length: Math.ceil(items.length / 1000) }, (_, i) => String(i + 1)));
	});

	it('stops at the limit, across pages, without asking for more', async () => {
		const { items } = await listTasks({ returnAll: false, limit: 1500 });
		expect(items).toHaveLength(1500);
		expect(pagesAsked()).toEqual(['1', '2']);
	});

	it('rejects a limit below 1 and names the field', async () => {
		const { error } = await listTasks({ returnAll: false, limit: 0 });
		expect(error?.message).toBe("Invalid 'Limit' on item 0: expected a whole number of at least 1 (or switch on Return All), got '0'");
		expect(sandbox().requests).toHaveLength(0);
	});
});
