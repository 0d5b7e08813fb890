/**
 * What the benchmark modules share: timing (CPU time of this process and wall time), medians,
 * alternating rounds of several variants, and the raw HTTP loop used as the "no framework" floor.
 */
import type { Sandbox } from '../../test/sandbox';

export interface Timing {
	/** CPU time of this process (node under test and in-process sandbox alike), in ms. */
	cpuMs: number;
	wallMs: number;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; timing: Timing }> {
	const cpu = process.cpuUsage();
	const wall = performance.now();
	const result = await work();
	const used = process.cpuUsage(cpu);
	return { result, timing: { cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall } };
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Small sizes for development: `BENCH_QUICK=1 npm run bench`. */
export const QUICK = /^(1|true|yes)$/i.test(process.env.BENCH_QUICK ?? '');

/** A size from the environment (e.g. BENCH_ITEMS), else the quick or the full default. */
export function size(name: string, full: number, quick: number): number {
	const fromEnv = Number(process.env[name]);
	return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : QUICK ? quick : full;
}

/**
 * Runs every variant `rounds` times after one warm-up round, rotating the order each round so no
 * variant always runs first (after garbage of another) or last; returns the timings per variant.
 */
export async function alternate<Name extends string>(
	rounds: number,
	variants: Record<Name, () => Promise<void>>,
): Promise<Record<Name, Timing[]>> {
	const names = Object.keys(variants) as Name[];
	const timings = Object.fromEntries(names.map((name) => [name, [] as Timing[]])) as Record<Name, Timing[]>;
	for (let round = 0; round <= rounds; round++) {
		const order = names.map((_, i) => names[(i + round) % names.length]);
		for (const name of order) {
			const { timing } = await timed(variants[name]);
			if (round > 0) timings[name].push(timing);
		}
	}
	return timings;
}

export const medianCpu = (timings: Timing[]) => median(timings.map((t) => t.cpuMs));
export const medianWall = (timings: Timing[]) => median(timings.map((t) => t.wallMs));

export const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;

/** GETs `paths` against the sandbox with plain fetch, `concurrency` at a time; returns the parsed bodies. */
export async function rawGets(sandbox: Sandbox, paths: string[], concurrency = 1): Promise<unknown[]> {
	const bodies: unknown[] = new Array(paths.length);
	let next = 0;
	const worker = async () => {
		while (next < paths.length) {
			const index = next++;
			const response = await fetch(`${sandbox.baseUrl}${paths[index]}`, {
				headers: { authorization: `Bearer ${sandbox.apiKey}`, accept: 'application/json' },
			});
			if (!response.ok) throw new Error(`raw GET ${paths[index]} answered ${response.status}`);
			bodies[index] = await response.json();
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
	return bodies;
}
