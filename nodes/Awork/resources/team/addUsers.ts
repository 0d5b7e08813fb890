/** POST /teams/{id}/addusers: users join a team; members already in it stay. */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { successOutput } from '../../shared/output/success';
import { teamField, userIdsField } from './fields';

export const addUsers = operation({
	value: 'addUsers',
	name: 'Add Users',
	action: 'Add users to a team',
	description: 'Add users to a team; its current members stay in it',
	method: 'POST',
	path: '/teams/{teamId}/addusers',
	fields: [teamField('The team the users join.'), userIdsField('The users to add: their IDs (GUIDs) separated by commas, or an array from an expression')],
	body: (values: IDataObject) => values.userIds,
	// awork answers one user-team pair per user; one item per team reads better.
	output: [successOutput(['teamId', 'userIds'], { always: true })],
});
