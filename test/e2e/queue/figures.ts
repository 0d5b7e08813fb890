/**
 * The queue-mode run's figures: the rate-limit floor, what the sandbox saw (requests, 429s) and
 * the file the benchmark table reads them from (test-artifacts/e2e/queue-mode.json).
 */
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'fs';
import { join } from 'path';

import type { RateLimitOptions, RequestLogEntry } from '../../sandbox';

export const FIGURES_FILE = join(__dirname, '..', '..', '..', 'test-artifacts', 'e2e', 'queue-mode.json');

/**
 * The least time `requests` take at a sustained `perSecond` and `perMinute` (2,000 at 1,000/min:
 * 120 s): the floor the issue measures against. A client may beat it once by spending a whole
 * minute's budget in a burst; that shorter bound is `burstFloorMs`, printed for reference.
 */
export function floorMs(requests: number, limits: RateLimitOptions): number {
	return Math.max(requests / limits.perSecond, (requests / limits.perMinute) * 60) * 1000;
}

/** The least time under sliding windows when every minute's budget is spent at the per-second rate. */
export function burstFloorMs(requests: number, limits: RateLimitOptions): number {
	const fullMinutes = Math.floor((requests - 1) / limits.perMinute);
	const rest = requests - fullMinutes * limits.perMinute;
	return (fullMinutes * 60 + rest / limits.perSecond) * 1000;
}

export interface RequestCounts {
	total: number;
	rateLimited: number;
	/** Answers other than 2xx and 429. */
	otherFailures: number;
	/** Those by status, e.g. `{ '404': 32 }`. */
	otherFailuresByStatus: Record<string, number>;
	/** From the first request's start to the last one's end. */
	firstStartedAt?: number;
	lastFinishedAt?: number;
	/** 2xx answers by the sandbox's operation key (e.g. `GET /tasks/{taskId}`). */
	succeededByOperation: Record<string, number>;
}

export function countRequests(requests: RequestLogEntry[]): RequestCounts {
	const succeededByOperation: Record<string, number> = {};
	const otherFailuresByStatus: Record<string, number> = {};
	let rateLimited = 0;
	let otherFailures = 0;
	for (const request of requests) {
		if (request.status === 429) rateLimited++;
		else if (request.status >= 200 && request.status < 300) {
			const key = String(request.operation ?? `${request.method} ${request.url.split('?')[0]}`);
			succeededByOperation[key] = (succeededByOperation[key] ?? 0) + 1;
		} else {
			otherFailures++;
			otherFailuresByStatus[request.status] = (otherFailuresByStatus[request.status] ?? 0) + 1;
		}
	}
	const firstStartedAt = requests.length ? Math.min(...requests.map((request) => request.startedAt)) : undefined;
	const lastFinishedAt = requests.length ? Math.max(...requests.map((request) => request.finishedAt)) : undefined;
	return { total: requests.length, rateLimited, otherFailures, otherFailuresByStatus, succeededByOperation, firstStartedAt, lastFinishedAt };
}

/** Merges `figures` into the artifact (the bulk run and the trigger run each add theirs). */
export function writeFigures(figures: Record<string, unknown>): void {
	mkdirSync(join(FIGURES_FILE, '..'), { recursive: true });
	const previous = existsSync(FIGURES_FILE) ? (JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Record<string, unknown>) : {};
	// A fresh run starts a fresh file: keep only what this run has written so far.
	const kept = previous.runId === figures.runId ? previous : {};
	writeFileSync(FIGURES_FILE, JSON.stringify({ ...kept, ...figures, writtenAt: new Date().toISOString() }, null, 2) + '\n');
}
