/**
 * 2,000 Comment → Create items against the sandbox at awork's limits, with 5 % of the creates
 * answered 503 and 5 % losing their connection (half before awork stored the comment, half after:
 * a dropped POST is ambiguous to the client). Each comment carries a unique marker, so the store
 * tells how many were lost or duplicated; the time is set against the rate-limit floor.
 */
import { randomUUID } from 'crypto';

import { runNode } from '../../test/harness/runNode';
import { apiKeyCredentials } from '../../test/harness/sandbox';
import { startSandbox } from '../../test/sandbox';
import type { BenchRow } from './index';
import { size, timed } from './measure';

const CREATES = size('BENCH_CREATES', 2000, 300);
const PER_SECOND = 50;
// awork Enterprise's per-minute limit keeps the floor at 40 s; BENCH_PER_MINUTE=1000 for the other plans.
const PER_MINUTE = size('BENCH_PER_MINUTE', 3000, 3000);
const OPERATION = 'POST /tasks/{taskId}/comments';
const SHARE_503 = 0.05;
const SHARE_DROPPED_BEFORE = 0.025;
const SHARE_DROPPED_AFTER = 0.025;

/**
 * The least time `count` requests take at a sustained `perSecond` and `perMinute` (the issue's
 * floor, as the queue-mode e2e computes it: 2,000 at 1,000/min is 120 s, at 3,000/min 40 s).
 */
export function rateLimitFloorMs(count: number, perSecond: number, perMinute: number): number {
	return Math.max(count / perSecond, (count / perMinute) * 60) * 1000;
}

export async function createsWithFaultsBenchmark(): Promise<BenchRow[]> {
	const sandbox = await startSandbox({ port: 0, rateLimit: { perSecond: PER_SECOND, perMinute: PER_MINUTE } });
	try {
		const listed = await fetch(`${sandbox.baseUrl}/me/allavailabletasks?pageSize=100`, { headers: { authorization: `Bearer ${sandbox.apiKey}` } });
		const tasks = (await listed.json()) as Array<{ id: string }>;
		const run = randomUUID().slice(0, 8);
		const markers = Array.from({ length: CREATES }, (_, i) => `bench-${run}-${String(i).padStart(5, '0')}`);
		const items = markers.map((marker, i) => ({ taskId: tasks[i % tasks.length].id, marker }));
		// The rules draw one after the other, so each probability is of the requests the earlier ones left.
		sandbox.setFaults([
			{ operation: OPERATION, status: 503, probability: SHARE_503 },
			{ operation: OPERATION, drop: true, probability: SHARE_DROPPED_BEFORE / (1 - SHARE_503) },
			{ operation: OPERATION, drop: true, afterHandler: true, probability: SHARE_DROPPED_AFTER / (1 - SHARE_503 - SHARE_DROPPED_BEFORE) },
		]);
		sandbox.resetLog();
		// The rate-limit windows start empty, as after a quiet minute.
		sandbox.setRateLimit({ perSecond: PER_SECOND, perMinute: PER_MINUTE });
		const runStarted = Date.now();
		const { result, timing } = await timed(() =>
			runNode({
				parameters: {
					resource: 'comment',
					operation: 'create',
					commentOn: 'task',
					task: { __rl: true, mode: 'id', value: '={{ $json.taskId }}' },
					message: '={{ $json.marker }}',
				},
				items,
				credentials: apiKeyCredentials(sandbox, sandbox.apiKey, 'bench-creates'),
				// Every item is tried, and a failed one shows as an error item instead of ending the run.
				settings: { onError: 'continueRegularOutput' },
			}),
		);
		if (result.error) throw new Error(`Comment → Create ended the run: ${result.error.message}`);

		const stored = new Map<string, number>();
		for (const comment of sandbox.store.collection<{ id: string; message?: string }>('comments').all()) {
			const marker = /bench-[0-9a-f]{8}-\d{5}/.exec(String(comment.message ?? ''))?.[0];
			if (marker?.startsWith(`bench-${run}-`)) stored.set(marker, (stored.get(marker) ?? 0) + 1);
		}
		const lost = markers.filter((marker) => !stored.has(marker)).length;
		const duplicated = [...stored.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
		const failed = result.items.filter((item) => item.json.error !== undefined);
		const failedItems = failed.length;
		// What a user sees on a failed item, one of each kind (for the report, not the table).
		const messages = new Set(failed.map((item) => JSON.stringify(item.json.error).slice(0, 300)));
		for (const message of [...messages].slice(0, 3)) console.error(`createsWithFaults: a failed item says ${message}`);
		const creates = sandbox.requests.filter((request) => request.operation === OPERATION);
		const injected503 = creates.filter((request) => request.status === 503).length;
		const dropped = creates.filter((request) => request.status === 0).length;
		const limited = creates.filter((request) => request.status === 429).length;
		// Where the time went: create requests started per 10 s (for the report, not the table).
		const firstStart = Math.min(...creates.map((request) => request.startedAt));
		const buckets: number[] = [];
		for (const request of creates) {
			const bucket = Math.floor((request.startedAt - firstStart) / 10_000);
			buckets[bucket] = (buckets[bucket] ?? 0) + 1;
		}
		const lastFinish = Math.max(...creates.map((request) => request.finishedAt));
		// After an ambiguous failure the create is looked up (a list GET, then a GET of what was found).
		const lookups = sandbox.requests.filter((request) => request.method === 'GET').length;
		const preparedMs = firstStart - runStarted;
		console.error(
			`createsWithFaults: first create ${((firstStart - runStarted) / 1000).toFixed(1)} s after the run started, last answered ${((lastFinish - runStarted) / 1000).toFixed(1)} s after; started per 10 s: ${Array.from(buckets, (count) => count ?? 0).join(' ')}`,
		);
		const floorMs = rateLimitFloorMs(CREATES, PER_SECOND, PER_MINUTE);
		const ratio = timing.wallMs / floorMs;
		const limits = `${PER_SECOND}/s and ${PER_MINUTE.toLocaleString('en-US')}/min${PER_MINUTE === 3000 ? ' (awork Enterprise)' : ''}`;
		return [
			{
				what: `${CREATES.toLocaleString('en-US')} Comment → Create at ${limits}, 5 % injected 503s and 5 % dropped connections (half after the comment was stored), Continue On Fail: comments lost / duplicated (${creates.length} create requests: ${injected503} × 503, ${dropped} dropped, ${limited} × 429; ${failedItems} items failed)`,
				ours: `lost ${lost}, duplicated ${duplicated}`,
				baseline: `${CREATES} asked`,
				ratio: (lost + duplicated) / CREATES,
				goal: 'lost = 0, duplicated = 0',
				met: lost === 0 && duplicated === 0,
			},
			{
				what: `the same run: wall time vs the rate-limit floor of ${CREATES.toLocaleString('en-US')} requests at ${limits} (n8n prepared all items for ${(preparedMs / 1000).toFixed(1)} s before the first request; ${creates.length + lookups} requests in all, ${lookups} of them looking up creates that failed ambiguously; the limiter paces at 45 per 1.05 s)`,
				ours: `${(timing.wallMs / 1000).toFixed(1)} s`,
				baseline: `${(floorMs / 1000).toFixed(1)} s`,
				ratio,
				goal: '≤ 1.15',
				met: ratio <= 1.15,
			},
		];
	} finally {
		await sandbox.stop();
	}
}
