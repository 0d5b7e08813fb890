/** POST /projecttypes/{id}/delete: gone for good, its projects and templates moved to another type. */
import { operation } from '../../shared/descriptions/operation';
import { isGuid } from '../../shared/fields/guid';
import { choice } from '../../shared/fields/scalars';
import { successOutput } from '../../shared/output/success';
import { projectTypeField } from './fields';

export const deleteProjectType = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a project type',
	description:
		'Delete a project type for good; its projects and templates move to the replacement type, or have no type. To keep it on existing projects but stop using it, use Archive instead.',
	method: 'POST',
	path: '/projecttypes/{projectTypeId}/delete',
	fields: [
		projectTypeField('The project type to delete.'),
		choice({
			name: 'replacementProjectTypeId',
			displayName: 'Replacement Project Type Name or ID',
			description: 'The project type that the projects and templates of the deleted type get. Leave empty to leave them without a type.',
			loadOptionsMethod: 'getProjectTypes',
			expected: 'a project type ID (GUID) from the list',
			validate: isGuid,
		}),
	],
	// awork needs a body; null says "no replacement" (an empty object is not sent at all).
	body: (values) => ({ projectTypeId: values.replacementProjectTypeId ?? null }),
	output: [successOutput(['projectTypeId', 'replacementProjectTypeId'])],
});
