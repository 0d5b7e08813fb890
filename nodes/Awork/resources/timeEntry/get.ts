/** GET /api/v2/timeentries/{id}: the entry with start and end as instants. */
import { operation } from '../../shared/descriptions/operation';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyTimeEntry, timeEntryIdField } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a time entry',
	description: 'Get one time entry by its ID, with its project, task, user and type of work',
	method: 'GET',
	path: '/timeentries/{timeEntryId}',
	api: 'v2',
	fields: [timeEntryIdField(), simplifyField],
	output: [simplifyOutput(simplifyTimeEntry)],
});
