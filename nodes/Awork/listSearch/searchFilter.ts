/**
 * The search text of a picker as an awork filter, OR-ed over fields. Case does not matter, as
 * people expect of a search box: awork compares text case-sensitively, so both sides are lower-cased.
 */
import { compileFilter } from '../shared/filter';

export function searchFilter(fields: string[], text: string): string {
	return compileFilter({ or: fields.map((field) => ({ field, op: 'contains' as const, value: text, label: 'Search', ignoreCase: true })) });
}
