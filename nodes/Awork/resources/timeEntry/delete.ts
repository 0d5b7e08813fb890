/** DELETE /timeentries/{id} (v1: v2 has no delete): awork has no archive for time entries. */
import { operation } from '../../shared/descriptions/operation';
import { successOutput } from '../../shared/output/success';
import { timeEntryIdField } from './fields';

export const deleteTimeEntry = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a time entry',
	description: 'Delete a time entry for good (awork cannot archive time entries); deleting a billed entry needs admin rights',
	method: 'DELETE',
	path: '/timeentries/{timeEntryId}',
	fields: [timeEntryIdField()],
	output: [successOutput(['timeEntryId'])],
});
