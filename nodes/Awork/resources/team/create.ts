/** POST /teams: a new team of the workspace (members are added with Add Users). */
import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { teamDetailFields } from './fields';

export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create a team',
	description: 'Create a team of the workspace; add its members with Add Users',
	method: 'POST',
	path: '/teams',
	findCreated: { list: '/teams', match: ['name'] },
	fields: [
		text({ name: 'name', displayName: 'Name', description: 'The name of the team (up to 255 characters)', required: true }),
		optional({ name: 'additionalFields', displayName: 'Additional Fields', fields: teamDetailFields() }),
	],
});
