/** POST /projects/{id}/changeprojecttype. */
import { operation } from '../../shared/descriptions/operation';
import { isGuid } from '../../shared/fields/guid';
import { choice } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const changeType = operation({
	value: 'changeType',
	name: 'Change Type',
	action: 'Change the type of a project',
	description: 'Give a project another project type',
	method: 'POST',
	path: '/projects/{projectId}/changeprojecttype',
	fields: [
		locator('project'),
		choice({
			name: 'projectTypeId',
			displayName: 'Project Type Name or ID',
			description: 'The project type to change to.',
			required: true,
			loadOptionsMethod: 'getProjectTypes',
			expected: 'a project type ID (GUID) from the list',
			validate: isGuid,
		}),
	],
	output: [successOutput(['projectId', 'projectTypeId'])],
});
