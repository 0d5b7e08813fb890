/**
 * Progress of a long queue-mode run, every few seconds on stderr: what the sandbox has answered so
 * far and how much CPU each n8n process used since the last line (a worker near 100 % is starving
 * its own timers, which is how Bull comes to see a running job as stalled).
 */
import { readFileSync } from 'fs';

import type { QueueCluster } from '../../../scripts/n8n/queue';
import type { Sandbox } from '../../sandbox';

const TICKS_PER_SECOND = 100;

/** utime + stime of a process in seconds, or undefined once it is gone. */
function cpuSeconds(pid: number | undefined): number | undefined {
	if (!pid) return undefined;
	try {
		// Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
	} catch {
		return undefined;
	}
}

/** Starts printing; call the result to stop. */
export function monitorRun(sandbox: Sandbox, cluster: QueueCluster, print: (line: string) => void, everyMs = 10_000): () => void {
	const started = Date.now();
	const processes = [
		['main', cluster.main],
		...cluster.workers.map((worker, index) => [`worker ${index + 1}`, worker] as const),
	] as const;
	let last = processes.map(([, server]) => cpuSeconds(server.pid()));
	let lastAt = Date.now();
	const timer = setInterval(() => {
		const now = Date.now();
		const cpu = processes.map(([, server]) => cpuSeconds(server.pid()));
		const usage = processes.map(([name], index) => {
			const before = last[index];
			const after = cpu[index];
			return `${name} ${before === undefined || after === undefined ? '?' : Math.round(((after - before) / ((now - lastAt) / 1000)) * 100)} %`;
		});
		[last, lastAt] = [cpu, now];
		const answered = sandbox.requests;
		const limited = answered.filter((request) => request.status === 429).length;
		print(`  ${Math.round((now - started) / 1000)} s: ${answered.length} requests answered (${limited} × 429); CPU ${usage.join(', ')}`);
	}, everyMs);
	return () => clearInterval(timer);
}
