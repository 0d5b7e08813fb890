/** PUT /teams/{id}: awork's PUT replaces the team, so the fields not set keep their current value. */
import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { mergeWithCurrent } from '../../shared/routing/mergeCurrent';
import { TEAM_FORM, teamDetailFields, teamField } from './fields';

export const update = operation({
	value: 'update',
	name: 'Update',
	action: 'Update a team',
	description: 'Rename a team or change its icon or color; fields you do not set keep their current value',
	method: 'PUT',
	path: '/teams/{teamId}',
	fields: [
		teamField('The team to change.'),
		optional({
			name: 'updateFields',
			displayName: 'Update Fields',
			fields: [text({ name: 'name', displayName: 'Name', description: 'The new name of the team' }), ...teamDetailFields()],
		}),
	],
	before: [mergeWithCurrent('/teams/{teamId}', TEAM_FORM)],
});
