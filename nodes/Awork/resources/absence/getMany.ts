/**
 * GET /absences: awork's filters (user, reason) and sort, plus From / To as whole days, since
 * absences are stored as days at midnight UTC and a date-time bound in the workflow's time zone
 * would cut off the first or last day; paged to the floor.
 */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import type { FieldContext } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { shown } from '../../shared/fields/structured';
import { absenceEntity, listQueryProperties } from '../../shared/filter';
import { absenceDay } from './fields';

/** `filterby` for the period: an absence overlaps it when it ends on/after From and starts on/before To. */
export function periodFilter(values: IDataObject): string | undefined {
	const terms: string[] = [];
	if (typeof values._from === 'string') terms.push(`endOn ge datetime'${values._from}'`);
	if (typeof values._to === 'string') terms.push(`startOn le datetime'${values._to}'`);
	return terms.length ? terms.join(' and ') : undefined;
}

/** Runs before the Filters' own step, which ANDs the user's filters to this one. */
async function sendPeriod(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	const { _from: from, _to: to } = context.values;
	if (typeof from === 'string' && typeof to === 'string' && to < from) {
		throw inputError(context.node, context.itemIndex, 'To', `a day on or after From (${from.slice(0, 10)})`, to.slice(0, 10));
	}
	const filterby = periodFilter(context.values);
	if (filterby) request.qs = { ...(request.qs ?? {}), filterby };
}

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many absences',
	description: 'List absences overlapping a period, optionally of some users, filtered and sorted',
	method: 'GET',
	path: '/absences',
	paged: true,
	fields: [
		absenceDay({ name: 'from', displayName: 'From', description: 'Only absences that last until this day or later, e.g. 2024-05-01 (leave empty for no lower bound)', to: '_from' }),
		absenceDay({ name: 'to', displayName: 'To', description: 'Only absences that begin on this day or earlier, e.g. 2024-05-31 (leave empty for no upper bound)', to: '_to' }),
		// Date-time bounds are From / To above, as days.
		...listQueryProperties(absenceEntity, { omitFilters: ['endsOnOrAfter', 'startsBefore'] }).map(shown),
	],
	before: [sendPeriod],
});
