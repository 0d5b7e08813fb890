/** The user resource's Get Current: GET /me, the user the credentials act as. */
import { operation } from '../../shared/descriptions/operation';

export const getCurrent = operation({
	value: 'getCurrent',
	name: 'Get Current',
	action: 'Get the current user',
	description: 'Get the user these credentials act as',
	method: 'GET',
	path: '/me',
});
