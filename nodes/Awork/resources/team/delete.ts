/** DELETE /teams/{id}: the team goes; its members and projects stay. */
import { operation } from '../../shared/descriptions/operation';
import { successOutput } from '../../shared/output/success';
import { teamField } from './fields';

export const deleteTeam = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a team',
	description: 'Delete a team; its members and projects stay in the workspace, only the grouping goes',
	method: 'DELETE',
	path: '/teams/{teamId}',
	fields: [teamField('The team to delete.')],
	output: [successOutput(['teamId'])],
});
