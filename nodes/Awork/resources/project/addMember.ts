/** POST /projects/{id}/addprojectmember: answers with the new member. */
import { operation } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { memberUserField, projectRoleField } from './members';

export const addMember = operation({
	value: 'addMember',
	name: 'Add Member',
	action: 'Add a member to a project',
	description: 'Add a user to a project with a project role; a user can be a member once',
	method: 'POST',
	path: '/projects/{projectId}/addprojectmember',
	fields: [
		locator('project'),
		memberUserField('The user to add: pick them, paste their awork profile link, or enter their user ID (GUID)'),
		projectRoleField('The role the user gets in this project (defines what they may see and change).'),
		boolean({
			name: 'isResponsible',
			displayName: 'Responsible',
			description: 'Whether the user is the responsible person of the project; a project has at most one, so this fails if another member is',
		}),
	],
});
