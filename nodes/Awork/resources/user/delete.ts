/** DELETE /users/{id}: removes the user from the workspace, unlike Deactivate and Archive. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const deleteUser = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a user',
	description:
		'Remove a user from the workspace. To only stop them from signing in use Deactivate; to keep them for reference but out of lists use Archive.',
	method: 'DELETE',
	path: '/users/{userId}',
	fields: [locator('user')],
	output: [successOutput(['userId'])],
});
