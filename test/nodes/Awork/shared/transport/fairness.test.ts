/**
 * Fair turns within one process, through the real engine: a 1-item execution started behind a
 * 1,500-item one on the same workspace connection finishes within seconds, not after the large one.
 */
import { probeNodeType } from '../../../../harness/probeNode';
import { runNode } from '../../../../harness/runNode';
import { apiKeyCredentials, useSandbox } from '../../../../harness/sandbox';

// awork's per-second limit; the minute limit is raised so the large run is not a minute-long wait.
const sandbox = useSandbox({ rateLimit: { perSecond: 50, perMinute: 100_000 } });

async function execution(count: number) {
	const result = await runNode({
		type: 'aworkProbe',
		extraTypes: { aworkProbe: probeNodeType() },
		parameters: { method: 'GET', url: '/me' },
		items: Array.from({ length: count }, (_, i) => ({ i })),
		// One credential for both: they share a limiter, as two executions of one workflow do.
		credentials: apiKeyCredentials(sandbox(), sandbox().apiKey, 'fairness-credential'),
	});
	return { ...result, finishedAt: Date.now() };
}

it('finishes a 1-item execution within seconds while a 1,500-item one runs', async () => {
	const large = execution(1500);
	// Let the large one queue all its items first.
	await new Promise((resolve) => setTimeout(resolve, 500));
	const smallStarted = Date.now();
	const small = await execution(1);
	const smallTook = small.finishedAt - smallStarted;
	const { error, items, finishedAt: largeFinishedAt } = await large;

	expect(small.error).toBeUndefined();
	expect(small.items).toHaveLength(1);
	expect(error).toBeUndefined();
	expect(items).toHaveLength(1500);
	// In one shared queue it would wait for the large run's ~30 s of requests.
	expect(smallTook).toBeLessThan(10_000);
	expect(largeFinishedAt - small.finishedAt).toBeGreaterThan(10_000);
	expect(sandbox().stats.rateLimited).toBe(0);
}, 180_000);
