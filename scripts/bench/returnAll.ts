/**
 * Task → Get Many with Return All over a workspace of more than 10,000 visible tasks: how many
 * requests the node makes against the floor ceil(N / 1000) (awork's largest page), and its time
 * against a raw fetch loop asking for the same pages of the same sandbox.
 */
import { limiterFor } from '../../nodes/Awork/shared/transport/limiter';
import { runNode } from '../../test/harness/runNode';
import { apiKeyCredentials } from '../../test/harness/sandbox';
import { startSandbox } from '../../test/sandbox';
import type { BenchRow } from './index';
import { alternate, medianCpu, medianWall, ms, rawGets, size } from './measure';

const PAGE_SIZE = 1000;
// 10,400 generated tasks leave a little over 10,000 visible to the API user (the rest are other
// users' private tasks).
const TASKS = size('BENCH_TASKS', 10_400, 2_100);
const ROUNDS = size('BENCH_LIST_ROUNDS', 2, 1);
// The list endpoint of Task → Get Many's "All I Can See" scope.
const LIST_PATH = '/me/allavailabletasks';

export async function returnAllBenchmark(): Promise<BenchRow[]> {
	const sandbox = await startSandbox({ port: 0, rateLimit: false, workspace: { tasks: TASKS, timeEntries: 0 } });
	try {
		const credentials = apiKeyCredentials(sandbox, sandbox.apiKey, 'bench-list');
		// No rate limit here: the node's pacing would otherwise decide the time, not its own cost.
		limiterFor(`${new URL(sandbox.baseUrl).origin}|aworkSuiteApi|bench-list`, { maxInFlight: 10, perSecond: 1e6, perMinute: 1e9 });
		const parameters = { resource: 'task', operation: 'getMany', scope: 'allAvailable', returnAll: true, simplify: false };
		const first = await fetch(`${sandbox.baseUrl}${LIST_PATH}?page=1&pageSize=1`, { headers: { authorization: `Bearer ${sandbox.apiKey}` } });
		const visible = Number(first.headers.get('aw-totalitems'));
		if (!(visible > 0)) throw new Error(`${LIST_PATH} sent no aw-totalitems header`);
		const floor = Math.ceil(visible / PAGE_SIZE);
		const pages = Array.from({ length: floor }, (_, i) => `${LIST_PATH}?page=${i + 1}&pageSize=${PAGE_SIZE}`);

		const requestCounts: number[] = [];
		const timings = await alternate(ROUNDS, {
			ours: async () => {
				sandbox.resetLog();
				const result = await runNode({ parameters, credentials });
				if (result.error) throw new Error(`Task → Get Many failed: ${result.error.message}`);
				if (result.items.length !== visible) throw new Error(`Task → Get Many returned ${result.items.length} of ${visible} tasks`);
				// Every request the run made counts, not just the list pages.
				requestCounts.push(sandbox.requests.length);
			},
			raw: async () => {
				const bodies = (await rawGets(sandbox, pages)) as unknown[][];
				const total = bodies.reduce((sum, body) => sum + body.length, 0);
				if (total !== visible) throw new Error(`raw loop read ${total} of ${visible} tasks`);
			},
		});
		const requests = Math.max(...requestCounts);
		const cpuRatio = medianCpu(timings.ours) / medianCpu(timings.raw);
		const wallRatio = medianWall(timings.ours) / medianWall(timings.raw);
		return [
			{
				what: `Task → Get Many, Return All, ${visible.toLocaleString('en-US')} tasks (${LIST_PATH}): requests vs the floor ceil(N/1000)`,
				ours: `${requests} requests`,
				baseline: `${floor} requests`,
				ratio: requests / floor,
				goal: '= 1 (equal)',
				met: requests === floor,
			},
			{
				what: `the same listing: time vs a raw fetch loop of the same ${floor} page requests (CPU time, median of ${ROUNDS}; wall ${ms(medianWall(timings.ours))} vs ${ms(medianWall(timings.raw))}, ratio ${wallRatio.toFixed(2)})`,
				ours: ms(medianCpu(timings.ours)),
				baseline: ms(medianCpu(timings.raw)),
				ratio: cpuRatio,
				goal: '≤ 1.3',
				met: cpuRatio <= 1.3,
			},
		];
	} finally {
		await sandbox.stop();
	}
}
