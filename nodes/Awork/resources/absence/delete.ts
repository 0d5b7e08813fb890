/** DELETE /absences/{id}: awork has no archive for absences. */
import { operation } from '../../shared/descriptions/operation';
import { successOutput } from '../../shared/output/success';
import { absenceIdField, ABSENCE_PATH } from './fields';

export const deleteAbsence = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete an absence',
	description: 'Delete an absence for good (awork cannot archive absences; externally managed ones cannot be deleted)',
	method: 'DELETE',
	path: ABSENCE_PATH,
	fields: [absenceIdField()],
	output: [successOutput(['absenceId'])],
});
