/** POST /teams/{id}/removeusers: users leave a team (they stay in the workspace). */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { successOutput } from '../../shared/output/success';
import { teamField, userIdsField } from './fields';

export const removeUsers = operation({
	value: 'removeUsers',
	name: 'Remove Users',
	action: 'Remove users from a team',
	description: 'Take users out of a team; they stay in the workspace and in their other teams',
	method: 'POST',
	path: '/teams/{teamId}/removeusers',
	fields: [teamField('The team the users leave.'), userIdsField('The users to remove: their IDs (GUIDs) separated by commas, or an array from an expression')],
	body: (values: IDataObject) => values.userIds,
	output: [successOutput(['teamId', 'userIds'])],
});
