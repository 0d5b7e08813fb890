/** POST /typeofwork/{id}/setarchived without isArchived: an archived type of work usable again. */
import { operation } from '../../shared/descriptions/operation';
import { typeOfWorkField } from './fields';

export const unarchive = operation({
	value: 'unarchive',
	name: 'Unarchive',
	action: 'Unarchive a type of work',
	description: 'Make an archived type of work available for new tasks and time entries again',
	method: 'POST',
	path: '/typeofwork/{typeOfWorkId}/setarchived',
	fields: [typeOfWorkField('The archived type of work to restore. Archived types are not listed; give the ID by expression.')],
	body: () => ({ isArchived: false }),
});
