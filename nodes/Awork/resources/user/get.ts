/** GET /users/{id}: one user of the workspace. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyUser } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a user',
	description: 'Get a user of the workspace by ID or awork profile link',
	method: 'GET',
	path: '/users/{userId}',
	fields: [locator('user'), simplifyField],
	output: [simplifyOutput(simplifyUser)],
});
