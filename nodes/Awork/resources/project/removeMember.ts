/** POST /projects/{id}/removeprojectmember. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';
import { memberUserField } from './members';

export const removeMember = operation({
	value: 'removeMember',
	name: 'Remove Member',
	action: 'Remove a member from a project',
	description: 'Remove a user from a project; their tasks and time entries stay',
	method: 'POST',
	path: '/projects/{projectId}/removeprojectmember',
	fields: [
		locator('project'),
		memberUserField('The member to remove: pick the user, paste their awork profile link, or enter their user ID (GUID)'),
	],
	output: [successOutput(['projectId', 'userId'])],
});
