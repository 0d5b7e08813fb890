/**
 * The queue-mode rows: not measured here (they need a real n8n with PostgreSQL, Redis and
 * workers) but read from the figures the queue-mode e2e (test/e2e/queue/) writes to
 * test-artifacts/e2e/queue-mode.json: the bulk run at the top level, the trigger run under `trigger`.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';

import type { BenchRow } from './index';

// BENCH_QUEUE_FIGURES points elsewhere (e.g. figures kept from an earlier run).
const FIGURES = process.env.BENCH_QUEUE_FIGURES ?? join(__dirname, '..', '..', 'test-artifacts', 'e2e', 'queue-mode.json');

interface BulkFigures {
	processes: number;
	workers: number;
	workflows: number;
	itemsPerWorkflow: number;
	items: number;
	operation?: string;
	failed: number;
	requests: number;
	rateLimited: number;
	rateLimitedShare: number;
	limits?: { perSecond: number; perMinute: number };
	wallMs: number;
	floorMs: number;
}

interface TriggerFigures {
	events: number;
	triggerExecutions: number;
	duplicates: number;
	missing: number;
}

type Figures = Partial<BulkFigures> & { trigger?: Partial<TriggerFigures>; writtenAt?: string };

const BULK_GOAL = '0 failed, 429s < 5 %, time ≤ 1.15 × floor';
const BULK_WHAT = 'queue mode: real n8n, main + workers, workflows at once on one sandbox workspace at awork’s limits';

const notMeasured = (what: string, why: string, goal: string): BenchRow => ({ what, ours: `not measured in this run: ${why}`, baseline: '—', ratio: NaN, goal, met: undefined });

const allNumbers = (figures: object, keys: string[]) => keys.every((key) => Number.isFinite((figures as Record<string, unknown>)[key]));

function bulkRow(figures: Figures, when: string): BenchRow {
	if (!allNumbers(figures, ['processes', 'workers', 'workflows', 'itemsPerWorkflow', 'items', 'failed', 'requests', 'rateLimited', 'rateLimitedShare', 'wallMs', 'floorMs'])) {
		return notMeasured(BULK_WHAT, 'the last npm run e2e wrote no bulk figures (did the queue-mode bulk test finish?)', BULK_GOAL);
	}
	const bulk = figures as BulkFigures;
	const ratio = bulk.wallMs / bulk.floorMs;
	const share = bulk.rateLimitedShare * 100;
	const limits = bulk.limits ? `${bulk.limits.perSecond}/s and ${bulk.limits.perMinute.toLocaleString('en-US')}/min` : 'awork’s limits';
	return {
		what: `queue mode (e2e of ${when}): real n8n, ${bulk.processes} processes (${bulk.workers} workers) × ${bulk.workflows} workflows × ${bulk.itemsPerWorkflow} items of ${bulk.operation ?? 'a curated operation'}, one sandbox workspace at ${limits}; time vs the rate-limit floor`,
		ours: `${(bulk.wallMs / 1000).toFixed(1)} s; ${bulk.failed} of ${bulk.items} failed; 429s ${share.toFixed(1)} % of ${bulk.requests} requests`,
		baseline: `floor ${(bulk.floorMs / 1000).toFixed(1)} s`,
		ratio,
		goal: BULK_GOAL,
		met: bulk.failed === 0 && share < 5 && ratio <= 1.15,
	};
}

function triggerRow(figures: Figures, when: string): BenchRow | undefined {
	const trigger = figures.trigger;
	if (!trigger || !allNumbers(trigger, ['events', 'triggerExecutions', 'duplicates', 'missing'])) return undefined;
	const { events, triggerExecutions, duplicates, missing } = trigger as TriggerFigures;
	return {
		what: `queue mode (e2e of ${when}): awork Trigger workflow, main receives, workers execute: executions per event`,
		ours: `${triggerExecutions} executions (duplicates ${duplicates}, missing ${missing})`,
		baseline: `${events} events`,
		ratio: triggerExecutions / events,
		goal: 'exactly one per event',
		met: duplicates === 0 && missing === 0 && triggerExecutions === events,
	};
}

export async function queueModeBenchmark(): Promise<BenchRow[]> {
	if (!existsSync(FIGURES)) return [notMeasured(BULK_WHAT, 'run npm run e2e first', BULK_GOAL)];
	let figures: Figures;
	try {
		figures = JSON.parse(readFileSync(FIGURES, 'utf8')) as Figures;
	} catch (error) {
		return [notMeasured(BULK_WHAT, `test-artifacts/e2e/queue-mode.json is not JSON (${(error as Error).message})`, BULK_GOAL)];
	}
	const when = figures.writtenAt ? `${figures.writtenAt.slice(0, 16).replace('T', ' ')} UTC` : 'an earlier run';
	const trigger = triggerRow(figures, when);
	return [bulkRow(figures, when), ...(trigger ? [trigger] : [])];
}
