/** POST /projecttypes/{id}/setarchived without isArchived: an archived project type usable again. */
import { operation } from '../../shared/descriptions/operation';
import { projectTypeField } from './fields';

export const unarchive = operation({
	value: 'unarchive',
	name: 'Unarchive',
	action: 'Unarchive a project type',
	description: 'Make an archived project type available for new projects again',
	method: 'POST',
	path: '/projecttypes/{projectTypeId}/setarchived',
	fields: [projectTypeField('The archived project type to restore. Archived types are not listed; give the ID by expression.')],
	body: () => ({ isArchived: false }),
});
