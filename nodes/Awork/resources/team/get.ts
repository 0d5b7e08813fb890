/** GET /teams/{id}: one team, with its member and project IDs when asked for. */
import { operation } from '../../shared/descriptions/operation';
import { includeFields, includeQuery, teamField } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a team',
	description: 'Get a team of the workspace, optionally with the IDs of its members and projects',
	method: 'GET',
	path: '/teams/{teamId}',
	fields: [teamField('The team to get.'), ...includeFields()],
	query: includeQuery,
});
