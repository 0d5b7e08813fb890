/**
 * `npm run bench`: measurements that are not tests. Each compares ours with a baseline in the same
 * run (machines are noisy, so only ratios are reported), prints a table and writes BENCHMARKS.md.
 *
 *   npx ts-node --transpile-only scripts/bench/index.ts
 */
import '../../test/jest.setup';

import { writeFileSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join } from 'path';

import { longTailBenchmark } from './longTail';

export interface BenchRow {
	what: string;
	ours: string;
	baseline: string;
	ratio: number;
	goal: string;
	met: boolean;
}

async function main(): Promise<void> {
	const rows: BenchRow[] = [...(await longTailBenchmark())];
	const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
	const table = [
		'| measurement | ours | baseline | ratio | goal | met |',
		'| --- | --- | --- | --- | --- | --- |',
		...rows.map((row) => `| ${row.what} | ${row.ours} | ${row.baseline} | ${row.ratio.toFixed(2)} | ${row.goal} | ${row.met ? 'yes' : 'NO'} |`),
	].join('\n');
	console.log(table);
	const text = [
		'# Benchmarks',
		'',
		'Written by `npm run bench` (scripts/bench/). Ratios of one run: ours against a baseline measured in the same run, on',
		`${machine}, against the local sandbox on loopback.`,
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
