import type { OperationModule } from '../../shared/descriptions/operation';

/** GET /me: the user the credentials act as. */
export const getCurrent: OperationModule = {
	option: {
		name: 'Get Current',
		value: 'getCurrent',
		description: 'Get the user these credentials act as',
		action: 'Get the current user',
		routing: { request: { method: 'GET', url: '/me' } },
	},
	fields: [],
};
