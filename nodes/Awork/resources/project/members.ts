/** The fields the member operations share: the user and the project role. */
import type { Field } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { choice } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';

export const memberUserField = (description: string): Field => locator('user', { displayName: 'User', description });

export const projectRoleField = (description: string): Field =>
	choice({
		name: 'projectRoleId',
		displayName: 'Project Role Name or ID',
		description,
		required: true,
		loadOptionsMethod: 'getProjectRoles',
		expected: 'a project role ID (GUID) from the list',
		validate: isGuid,
	});
