/** The search text of a picker as an awork filter: `substringof('<text>',field)`, OR-ed over fields. */
import { compileFilter } from '../shared/filter';

export function searchFilter(fields: string[], text: string): string {
	return compileFilter({ or: fields.map((field) => ({ field, op: 'contains' as const, value: text, label: 'Search' })) });
}
