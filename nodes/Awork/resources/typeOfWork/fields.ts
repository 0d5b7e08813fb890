/** The type of work picker the operations share: awork has no links to types of work, so a dropdown that also takes an ID by expression. */
import type { Field } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { choice } from '../../shared/fields/scalars';

export const typeOfWorkField = (description = 'The type of work. Archived types are not listed; give their ID by expression.'): Field =>
	choice({
		name: 'typeOfWorkId',
		displayName: 'Type of Work Name or ID',
		description,
		loadOptionsMethod: 'getTypesOfWork',
		required: true,
		expected: 'a type of work ID (GUID) from the list',
		validate: isGuid,
	});

/** Where both exist, the difference between archiving and deleting, for both descriptions. */
export const ARCHIVE_VERSUS_DELETE =
	'Archived types stay on the tasks and time entries that use them but cannot be chosen for new ones; Delete removes the type for good and moves its tasks and time entries to another type';
