/** POST /users/{id}/activate: a deactivated user may sign in again. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const activate = operation({
	value: 'activate',
	name: 'Activate',
	action: 'Activate a user',
	description: 'Let a deactivated user sign in to the workspace again; awork notifies them by email',
	method: 'POST',
	path: '/users/{userId}/activate',
	fields: [locator('user')],
	output: [successOutput(['userId'])],
});
