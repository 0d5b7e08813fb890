/**
 * The long tail costs the curated operations nothing: Task → Get on 1,000 items with the node as
 * shipped (API Call and its catalog present) against the same node without the API Call resource,
 * in rotating order in one run, timed by CPU time, with the noise floor of that run (the node
 * without the long tail against itself); plus the description sizes of both.
 */
import type { INodeProperties, INodeType } from 'n8n-workflow';

import { Awork } from '../../nodes/Awork/Awork.node';
import { limiterFor } from '../../nodes/Awork/shared/transport/limiter';
import { runNode } from '../../test/harness/runNode';
import { apiKeyCredentials } from '../../test/harness/sandbox';
import { startSandbox } from '../../test/sandbox';
import type { BenchRow } from './index';

const ITEMS = 1000;
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 9;

/** The node as it would be without the long tail: no API Call resource, no fields shown only for it. */
function withoutLongTail(): INodeType {
	const node = new Awork();
	const onlyApiCall = (property: INodeProperties) => {
		const resources = property.displayOptions?.show?.resource as string[] | undefined;
		return resources !== undefined && resources.length === 1 && resources[0] === 'apiCall';
	};
	node.description = {
		...node.description,
		properties: node.description.properties
			.filter((property) => !onlyApiCall(property))
			.map((property) =>
				property.name === 'resource'
					? { ...property, options: (property.options ?? []).filter((option) => (option as { value: string }).value !== 'apiCall') }
					: property,
			),
	};
	return node;
}

type Variant = 'with' | 'without' | 'again';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function longTailBenchmark(): Promise<BenchRow[]> {
	const sandbox = await startSandbox({ port: 0, rateLimit: false });
	try {
		// Tasks the credential can see, as awork lists them.
		const listed = await fetch(`${sandbox.baseUrl}/me/allavailabletasks?pageSize=1000`, { headers: { authorization: `Bearer ${sandbox.apiKey}` } });
		const tasks = (await listed.json()) as Array<{ id: string }>;
		const items = Array.from({ length: ITEMS }, (_, i) => ({ taskId: tasks[i % tasks.length].id }));
		const parameters = { resource: 'task', operation: 'get', task: { __rl: true, mode: 'id', value: '={{ $json.taskId }}' } };
		const credentials = apiKeyCredentials(sandbox, sandbox.apiKey, 'bench-credential');
		// The sandbox runs without rate limits here: pace only by in-flight requests, so the node's own
		// per-item cost shows instead of awork's 50/s floor (which would hide any difference).
		limiterFor(`${new URL(sandbox.baseUrl).origin}|aworkSuiteApi|bench-credential`, { maxInFlight: 10, perSecond: 1e6, perMinute: 1e9 });
		// `again` is the node without the long tail a second time: its ratio to `without` is the noise
		// floor of this run, the smallest difference the first row can show.
		const variants: Record<Variant, INodeType> = { with: new Awork(), without: withoutLongTail(), again: withoutLongTail() };
		const times: Record<Variant, number[]> = { with: [], without: [], again: [] };
		const orders: Variant[][] = [
			['with', 'without', 'again'],
			['without', 'again', 'with'],
			['again', 'with', 'without'],
		];
		for (let round = 0; round <= ROUNDS; round++) {
			for (const name of orders[round % orders.length]) {
				// CPU time of this process (node and in-process sandbox alike), not wall time: other
				// processes on the machine then barely move the ratio.
				const started = process.cpuUsage();
				const result = await runNode({ type: `bench_${name}`, extraTypes: { [`bench_${name}`]: variants[name] }, parameters, items, credentials });
				const used = process.cpuUsage(started);
				const ms = (used.user + used.system) / 1000;
				if (result.error || result.items.length !== ITEMS) throw new Error(`Task → Get (${name}) failed: ${result.error?.message ?? result.items.length}`);
				if (round > 0) times[name].push(ms); // round 0 warms up
			}
		}
		const ratio = median(times.with) / median(times.without);
		const noise = median(times.again) / median(times.without);
		const size = (node: INodeType) => Buffer.byteLength(JSON.stringify(node.description));
		return [
			{
				what: `Task → Get, ${ITEMS} items: node with the long tail vs without (CPU time, median of ${ROUNDS})`,
				ours: `${Math.round(median(times.with))} ms`,
				baseline: `${Math.round(median(times.without))} ms`,
				ratio,
				goal: '≤ 1.05',
				met: ratio <= 1.05,
			},
			{
				what: 'noise floor of the row above: the node without the long tail against itself',
				ours: `${Math.round(median(times.again))} ms`,
				baseline: `${Math.round(median(times.without))} ms`,
				ratio: noise,
				goal: '≈ 1.00',
				met: Math.abs(noise - 1) <= 0.02,
			},
			{
				what: 'awork node description: with the long tail vs without',
				ours: `${Math.round(size(variants.with) / 1024)} KB`,
				baseline: `${Math.round(size(variants.without) / 1024)} KB`,
				ratio: size(variants.with) / size(variants.without),
				goal: 'total package ≤ 600 KB',
				met: size(variants.with) <= 600 * 1024,
			},
		];
	} finally {
		await sandbox.stop();
	}
}
