/** GET /api/v2/timeentries, filtered and sorted by awork (with v2's field names), paged to the floor. */
import { operation } from '../../shared/descriptions/operation';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, timeEntryV2Entity } from '../../shared/filter';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyTimeEntry } from './fields';

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
