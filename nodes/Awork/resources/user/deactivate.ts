/** POST /users/{id}/deactivate: the user can no longer sign in but stays in the workspace. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const deactivate = operation({
	value: 'deactivate',
	name: 'Deactivate',
	action: 'Deactivate a user',
	description:
		'Stop a user from signing in; they stay in the workspace with their tasks and time entries and can be activated again. Not possible for the last admin or yourself. Archive hides a user from lists as well; Delete removes them.',
	method: 'POST',
	path: '/users/{userId}/deactivate',
	fields: [locator('user')],
	output: [successOutput(['userId'])],
});
