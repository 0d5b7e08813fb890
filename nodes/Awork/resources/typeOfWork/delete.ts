/** POST /typeofwork/{id}/delete: gone for good, its tasks and time entries moved to another type. */
import { operation } from '../../shared/descriptions/operation';
import { isGuid } from '../../shared/fields/guid';
import { choice } from '../../shared/fields/scalars';
import { successOutput } from '../../shared/output/success';
import { ARCHIVE_VERSUS_DELETE, typeOfWorkField } from './fields';

export const deleteTypeOfWork = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a type of work',
	description: `Delete a type of work for good. ${ARCHIVE_VERSUS_DELETE}.`,
	method: 'POST',
	path: '/typeofwork/{typeOfWorkId}/delete',
	fields: [
		typeOfWorkField('The type of work to delete.'),
		choice({
			name: 'replacementTypeOfWorkId',
			displayName: 'Replacement Type of Work Name or ID',
			description:
				'The type of work that the tasks and time entries of the deleted type get. Required while any task or time entry uses the deleted type.',
			loadOptionsMethod: 'getTypesOfWork',
			expected: 'a type of work ID (GUID) from the list',
			validate: isGuid,
		}),
	],
	// awork needs a body; null says "no replacement" (an empty object is not sent at all).
	body: (values) => ({ typeOfWorkId: values.replacementTypeOfWorkId ?? null }),
	output: [successOutput(['typeOfWorkId', 'replacementTypeOfWorkId'])],
});
