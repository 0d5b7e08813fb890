/** The project type picker the operations share: a dropdown that also takes an ID by expression. */
import type { Field } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { choice } from '../../shared/fields/scalars';

export const projectTypeField = (description = 'The project type. Archived types are not listed; give their ID by expression.'): Field =>
	choice({
		name: 'projectTypeId',
		displayName: 'Project Type Name or ID',
		description,
		loadOptionsMethod: 'getProjectTypes',
		required: true,
		expected: 'a project type ID (GUID) from the list',
		validate: isGuid,
	});

/** Where both exist, the difference between archiving and deleting, for both descriptions. */
export const ARCHIVE_VERSUS_DELETE =
	'Archived types stay on the projects that use them but cannot be given to new projects; Delete removes the type for good and moves its projects to another type';
