/** GET /teams, filtered and sorted by awork, paged to the floor. */
import { operation } from '../../shared/descriptions/operation';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, teamEntity } from '../../shared/filter';
import { includeFields, includeQuery } from './fields';

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many teams',
	description: 'List the teams of the workspace, filtered and sorted, optionally with the IDs of their members and projects',
	method: 'GET',
	path: '/teams',
	paged: true,
	fields: [...includeFields(), ...listQueryProperties(teamEntity).map(shown)],
	query: includeQuery,
});
