/**
 * The time entries of awork's API v2 (`/api/v2/timeentries`): v1's entity with v2's field names.
 * v1 splits dates and times (`startDateUtc`, `startTimeLocal`, …); v2 entries have `startDate` /
 * `endDate` instants and `isDateOnly` instead.
 */
import type { FieldSpec } from './fieldSpec';
import type { ListQueryEntity } from './entity';
import { timeEntryEntity } from './workspaceEntities';

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
