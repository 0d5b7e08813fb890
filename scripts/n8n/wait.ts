/**
 * Bounded waiting on a running n8n for the e2e tooling: a poll that gives up after its time, or at
 * once when n8n is no longer running, and errors that carry the tail of n8n's log.
 */
/** What the client knows about the server it talks to; `N8nServer` fits. */
export interface N8nTarget {
	baseUrl: string;
	logTail?: () => string;
	alive?: () => boolean;
}

/** A failed call or wait, carrying n8n's answer and the tail of its log. */
export class N8nRestError extends Error {
	constructor(
		message: string,
		readonly status?: number,
		readonly body?: unknown,
	) {
		super(message);
		this.name = 'N8nRestError';
	}
}

const POLL_INTERVAL_MS = 250;

/** Polls `probe` until it returns a value other than undefined; gives up after `timeoutMs` or when n8n died; a probe that throws ends the wait. */
export async function pollUntil<T>(
	target: N8nTarget,
	what: string,
	probe: () => Promise<T | undefined>,
	{ timeoutMs = 20_000, intervalMs = POLL_INTERVAL_MS }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (target.alive && !target.alive()) throw diedError(target, `while waiting for ${what}`);
		let value: T | undefined;
		try {
			value = await probe();
		} catch (error) {
			// A call that failed because n8n went away says so, not "fetch failed".
			if (target.alive && !target.alive()) throw diedError(target, `while waiting for ${what}`);
			throw error;
		}
		if (value !== undefined) return value;
		if (Date.now() > deadline) {
			throw new N8nRestError(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${tailOf(target)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, intervalMs));
	}
}

/** The last 40 lines n8n printed, as a block to append to a message. */
export function tailOf(target: N8nTarget): string {
	const tail = target.logTail?.().trim();
	return tail ? `\n--- n8n log tail (${target.baseUrl}) ---\n${tail.split('\n').slice(-40).join('\n')}` : '';
}

/** The error for "n8n went away", whatever was being done. */
export function diedError(target: N8nTarget, when: string): N8nRestError {
	return new N8nRestError(`n8n at ${target.baseUrl} is no longer running (it died or was killed) ${when}${tailOf(target)}`);
}
