/** POST /projects/{id}/updateprojectmember: a member's role (and, when set, responsibility). */
import { operation } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { memberUserField, projectRoleField } from './members';

export const updateMember = operation({
	value: 'updateMember',
	name: 'Update Member Role',
	action: 'Update the role of a project member',
	description: "Change a project member's project role, and optionally whether they are responsible",
	method: 'POST',
	path: '/projects/{projectId}/updateprojectmember',
	fields: [
		locator('project'),
		memberUserField('The member to change: pick the user, paste their awork profile link, or enter their user ID (GUID)'),
		projectRoleField('The new role of the member in this project.'),
		optional({
			name: 'options',
			displayName: 'Options',
			placeholder: 'Add Option',
			fields: [
				boolean({
					name: 'isResponsible',
					displayName: 'Responsible',
					description: 'Whether the member is the responsible person of the project (at most one member is); unset keeps it as it is',
				}),
			],
		}),
	],
});
