import { operation } from '../../shared/descriptions/operation';

/** GET /me: the user the credentials act as. */
export const getCurrent = operation({
	value: 'getCurrent',
	name: 'Get Current',
	action: 'Get the current user',
	description: 'Get the user these credentials act as',
	method: 'GET',
	path: '/me',
});
