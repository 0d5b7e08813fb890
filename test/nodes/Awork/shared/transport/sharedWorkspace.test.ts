/**
 * Several clients of one workspace, through the real engine: n8n workers with their own limiters
 * (separate credential IDs, so separate limiter keys) share one awork API key, which the sandbox
 * counts against awork's limits (50/s, 1,000/min). Reading the rate-limit headers of every answer
 * makes them converge instead of meeting at 429s.
 */
import { probeNodeType } from '../../../../harness/probeNode';
import { runNode } from '../../../../harness/runNode';
import { apiKeyCredentials, useSandbox } from '../../../../harness/sandbox';

const sandbox = useSandbox({ rateLimit: { perSecond: 50, perMinute: 1000 } });

async function worker(name: string, count: number) {
	return await runNode({
		type: 'aworkProbe',
		extraTypes: { aworkProbe: probeNodeType() },
		parameters: { method: 'GET', url: '/me' },
		items: Array.from({ length: count }, (_, i) => ({ i })),
		credentials: apiKeyCredentials(sandbox(), sandbox().apiKey, `shared-workspace-${name}`),
	});
}

it('three workers on one workspace finish every item with few 429s', async () => {
	// 3 × 45/s on their own would be 135/s against 50/s: hundreds of 429s without the headers.
	const runs = await Promise.all([worker('a', 200), worker('b', 200), worker('c', 200)]);
	for (const { error, items } of runs) {
		expect(error).toBeUndefined();
		expect(items).toHaveLength(200);
		expect(items.every((item) => typeof item.json.id === 'string')).toBe(true);
	}
	expect(sandbox().stats.total - sandbox().stats.rateLimited).toBe(600);
	// Without reading the headers this run meets about 30 429s; with it, none so far.
	expect(sandbox().stats.rateLimited).toBeLessThanOrEqual(10);
}, 120_000);
