/** POST /projecttypes/{id}/setarchived with isArchived: awork's soft delete for project types. */
import { operation } from '../../shared/descriptions/operation';
import { ARCHIVE_VERSUS_DELETE, projectTypeField } from './fields';

export const archive = operation({
	value: 'archive',
	name: 'Archive',
	action: 'Archive a project type',
	description: `Archive a project type. ${ARCHIVE_VERSUS_DELETE}.`,
	method: 'POST',
	path: '/projecttypes/{projectTypeId}/setarchived',
	fields: [projectTypeField('The project type to archive.')],
	body: () => ({ isArchived: true }),
});
