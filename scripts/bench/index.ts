/**
 * `npm run bench`: measurements that are not tests. Each compares ours with a baseline in the same
 * run (machines are noisy, so only ratios are reported), prints a table and writes BENCHMARKS.md.
 *
 *   npx ts-node --transpile-only scripts/bench/index.ts
 *
 * BENCH_ONLY=returnAll,getById runs just those modules; BENCH_QUICK=1 runs small sizes. Either
 * prints the table without writing BENCHMARKS.md, which holds full runs only.
 */
import '../../test/jest.setup';

import { writeFileSync } from 'fs';
import { cpus, loadavg, totalmem } from 'os';
import { join } from 'path';

import { createsWithFaultsBenchmark } from './createsWithFaults';
import { getByIdBenchmark } from './getById';
import { longTailBenchmark } from './longTail';
import { QUICK } from './measure';
import { queueModeBenchmark } from './queueMode';
import { returnAllBenchmark } from './returnAll';
import { triggerBenchmark } from './trigger';

export interface BenchRow {
	what: string;
	ours: string;
	baseline: string;
	ratio: number;
	goal: string;
	/** Undefined when the row could not be measured in this run (its `ours` says why). */
	met: boolean | undefined;
}

const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'yes' : 'NO');

const MODULES: Record<string, () => Promise<BenchRow[]>> = {
	longTail: longTailBenchmark,
	returnAll: returnAllBenchmark,
	getById: getByIdBenchmark,
	createsWithFaults: createsWithFaultsBenchmark,
	trigger: triggerBenchmark,
	queueMode: queueModeBenchmark,
};

async function main(): Promise<void> {
	const only = (process.env.BENCH_ONLY ?? '').split(',').map((name) => name.trim()).filter(Boolean);
	const unknown = only.filter((name) => !(name in MODULES));
	if (unknown.length) throw new Error(`BENCH_ONLY names unknown modules: ${unknown.join(', ')} (known: ${Object.keys(MODULES).join(', ')})`);
	const rows: BenchRow[] = [];
	const started = Date.now();
	const loadAtStart = loadavg()[0].toFixed(1);
	for (const [name, benchmark] of Object.entries(MODULES)) {
		if (only.length && !only.includes(name)) continue;
		const moduleStarted = Date.now();
		rows.push(...(await benchmark()));
		console.error(`bench ${name}: ${Math.round((Date.now() - moduleStarted) / 1000)} s`);
	}
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
	const table = [
		'| measurement | ours | baseline | ratio | goal | met |',
		'| --- | --- | --- | --- | --- | --- |',
		...rows.map((row) => `| ${row.what} | ${row.ours} | ${row.baseline} | ${Number.isFinite(row.ratio) ? row.ratio.toFixed(2) : '—'} | ${row.goal} | ${verdict(row.met)} |`),
	].join('\n');
	console.log(table);
	const minutes = ((Date.now() - started) / 60_000).toFixed(1);
	if (QUICK || only.length) {
		console.error('BENCH_QUICK or BENCH_ONLY set: BENCHMARKS.md left as it is (it holds full runs only)');
		return;
	}
	const text = [
		'# Benchmarks',
		'',
		'Written by `npm run bench` (scripts/bench/). Ratios of one run: ours against a baseline measured in the same run, on',
		`${machine}, against the local sandbox on loopback (in this process); the whole run took ${minutes} min;`,
		`load average (1 min) ${loadAtStart} at the start and ${loadavg()[0].toFixed(1)} at the end.`,
		'Other processes may have shared the machine: CPU-time ratios move little with that, wall times do.',
		'',
		table,
		'',
	].join('\n');
	writeFileSync(join(__dirname, '..', '..', 'BENCHMARKS.md'), text);
}

void main().then(
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	},
);
