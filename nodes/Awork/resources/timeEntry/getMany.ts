/**
 * GET /api/v2/timeentries, filtered and sorted by awork, paged to the floor. The shared time entry
 * filters name v1's fields (`startDateUtc`, …); v2 entries have `startDate`/`endDate` instants and
 * `isDateOnly` instead, so the entity is adapted to v2's names here.
 */
import { operation } from '../../shared/descriptions/operation';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, timeEntryEntity, type FieldSpec, type ListQueryEntity } from '../../shared/filter';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyTimeEntry } from './fields';

/** v1's split date/time fields and what v2 calls them (null: v2 has no such field). */
const V1_TO_V2: Record<string, string | null> = {
	startDateUtc: 'startDate',
	endDateUtc: 'endDate',
	startTimeUtc: null,
	endTimeUtc: null,
	startDateLocal: null,
	startTimeLocal: null,
	endDateLocal: null,
	endTimeLocal: null,
};

const toV2 = (path: string): string | null => (path in V1_TO_V2 ? V1_TO_V2[path] : path);

export const timeEntryV2Entity: ListQueryEntity = {
	...timeEntryEntity,
	fields: [
		...timeEntryEntity.fields.flatMap(([path, type, collection]): FieldSpec[] => {
			const v2 = toV2(path);
			return v2 ? [collection ? [v2, type, collection] : [v2, type]] : [];
		}),
		['isDateOnly', 'boolean'],
	],
	sortFields: [...new Set(timeEntryEntity.sortFields.flatMap((path) => toV2(path) ?? []))],
	typedFilters: timeEntryEntity.typedFilters.map((filter) => {
		if (!('field' in filter)) return filter;
		const v2 = toV2(filter.field);
		return v2 && v2 !== filter.field ? { ...filter, field: v2 } : filter;
	}),
};

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many time entries',
	description:
		'List time entries, filtered (project, task, user, start, billable, billed, …) and sorted; e.g. billable entries not billed yet for invoicing',
	method: 'GET',
	path: '/timeentries',
	api: 'v2',
	paged: true,
	fields: [...listQueryProperties(timeEntryV2Entity).map(shown), simplifyField],
	output: [simplifyOutput(simplifyTimeEntry)],
});
