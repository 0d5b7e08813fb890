/** POST /typeofwork/{id}/setarchived with isArchived: awork's soft delete for types of work. */
import { operation } from '../../shared/descriptions/operation';
import { ARCHIVE_VERSUS_DELETE, typeOfWorkField } from './fields';

export const archive = operation({
	value: 'archive',
	name: 'Archive',
	action: 'Archive a type of work',
	description: `Archive a type of work (awork keeps at least one active). ${ARCHIVE_VERSUS_DELETE}.`,
	method: 'POST',
	path: '/typeofwork/{typeOfWorkId}/setarchived',
	fields: [typeOfWorkField('The type of work to archive.')],
	body: () => ({ isArchived: true }),
});
