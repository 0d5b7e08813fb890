/** POST /projects/{id}/changestatus: any of the project's statuses (own or its workflow's). */
import { operation } from '../../shared/descriptions/operation';
import { isGuid } from '../../shared/fields/guid';
import { choice } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const changeStatus = operation({
	value: 'changeStatus',
	name: 'Change Status',
	action: 'Change the status of a project',
	description:
		"Move a project to another of its statuses. A status of type 'closed' archives the project (see Close); moving a closed project to another status reopens it.",
	method: 'POST',
	path: '/projects/{projectId}/changestatus',
	fields: [
		locator('project'),
		choice({
			name: 'projectStatusId',
			displayName: 'Status Name or ID',
			description: 'The project status to move to (the list shows the statuses of the chosen project).',
			required: true,
			loadOptionsMethod: 'getProjectStatuses',
			dependsOn: ['project.value'],
			expected: 'a project status ID (GUID) from the list',
			validate: isGuid,
		}),
	],
	output: [successOutput(['projectId', 'projectStatusId'])],
});
