/**
 * Fault injection: lets tests make chosen operations slow, fail with a status, or lose the
 * connection, either before the handler runs or after it (the change is stored, the answer lost).
 * Random faults draw from their own seeded generator so they never shift the workspace's state.
 */
import { Rng } from '../store';
import type { FaultRule, OperationKey, SandboxResponse } from '../types';
import { ApiError } from './errors';
import { rateLimitedError } from './ratelimit';

export type FaultPhase = 'before' | 'after';

/** Applied rules keep their own hit counter (for `times`). */
interface ActiveRule {
	rule: FaultRule;
	hits: number;
}

export class FaultInjector {
	private rules: ActiveRule[] = [];
	private readonly rng: Rng;

	constructor(rules: FaultRule[] = [], seed = 1) {
		// A distinct stream from the store's generator, derived from the same seed.
		this.rng = new Rng((seed ^ 0x5f3759df) >>> 0);
		this.setRules(rules);
	}

	/** Replaces all rules; hit counters start over. */
	setRules(rules: FaultRule[]): void {
		this.rules = rules.map((rule) => {
			if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) {
				throw new RangeError(`fault probability must be within 0..1, got ${rule.probability}`);
			}
			return { rule, hits: 0 };
		});
	}

	/**
	 * The first rule that hits this request in this phase, counted as a hit. `operation` is
	 * undefined for requests that match no spec operation; only rules without a filter hit those.
	 */
	next(operation: OperationKey | undefined, phase: FaultPhase): FaultRule | undefined {
		for (const active of this.rules) {
			const { rule } = active;
			if ((rule.afterHandler ? 'after' : 'before') !== phase) continue;
			if (!matchesOperation(rule, operation)) continue;
			if (rule.times !== undefined && active.hits >= rule.times) continue;
			if (rule.probability !== undefined && rule.probability < 1 && !this.rng.chance(rule.probability)) continue;
			active.hits++;
			return rule;
		}
		return undefined;
	}
}

function matchesOperation(rule: FaultRule, operation: OperationKey | undefined): boolean {
	if (rule.operation === undefined) return true;
	if (operation === undefined) return false;
	if (typeof rule.operation === 'string') return rule.operation === operation;
	rule.operation.lastIndex = 0; // a /g pattern must not carry state from one request to the next
	return rule.operation.test(operation);
}

const REASONS: Record<number, string> = {
	500: 'An internal error occurred (injected fault).',
	502: 'Bad gateway (injected fault).',
	503: 'The service is temporarily unavailable (injected fault).',
	504: 'The gateway timed out (injected fault).',
};

/**
 * The answer of a status fault in awork's error body: the rate limiter's for 429, `server-error`
 * for 5xx.
 */
export function faultResponse(rule: FaultRule, traceId: string): SandboxResponse {
	const status = rule.status ?? 500;
	const headers = { ...(rule.headers ?? {}) };
	if (status === 429) {
		const limited = rateLimitedError({ headers, resetSeconds: Number(headers['ratelimit-reset'] ?? 1) });
		return { status, body: limited.body(traceId), headers };
	}
	const code = status >= 500 ? 'server-error' : status === 401 ? 'unauthorized' : 'invalid-operation';
	const description = REASONS[status] ?? `Injected fault with status ${status}.`;
	return { status, body: new ApiError(status, code, description).body(traceId), headers };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
