/**
 * The request-relative terms of docs/filtering.md, resolved once per request from the sandbox
 * clock. Calendar boundaries are taken in UTC (the sandbox has no workspace time zone); weeks
 * start on Monday.
 */
import type { SpecialTermName } from './ast';

const DAY_MS = 86_400_000;

/** An instant, or for `today`/`today±Nd` a whole UTC day [start, start + 1 day). */
export type ResolvedDate = { instant: number; wholeDay: boolean };

export function startOfUtcDay(now: Date): number {
	return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

export function resolveDateTerm(term: Exclude<SpecialTermName, 'me.id'>, offsetDays: number, now: Date): ResolvedDate {
	const today = startOfUtcDay(now);
	switch (term) {
		case 'now':
			return { instant: now.getTime(), wholeDay: false };
		case 'today':
			return { instant: today + offsetDays * DAY_MS, wholeDay: true };
		case 'sow':
			return { instant: startOfWeek(now, today), wholeDay: false };
		case 'eow':
			return { instant: startOfWeek(now, today) + 7 * DAY_MS - 1, wholeDay: false };
		case 'som':
			return { instant: Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1), wholeDay: false };
		case 'eom':
			return { instant: Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1) - 1, wholeDay: false };
	}
}

/** Monday 00:00 UTC of the week containing `now`. */
function startOfWeek(now: Date, today: number): number {
	const daysSinceMonday = (now.getUTCDay() + 6) % 7;
	return today - daysSinceMonday * DAY_MS;
}

export { DAY_MS };
