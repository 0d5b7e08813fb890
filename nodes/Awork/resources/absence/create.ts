/** POST /absences: a person away for whole days (or half days at either end). */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { absenceDetailFields, checkDayOrder, endOnField, startOnField } from './fields';

export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create an absence',
	description: 'Record that a user is away (vacation, illness, …) from a start day to an end day',
	method: 'POST',
	path: '/absences',
	fields: [
		locator('user', { to: 'userId', description: 'The user who is away: pick them from the list, paste their profile link from awork, or enter their ID (GUID)' }),
		startOnField(true),
		endOnField(true),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				...absenceDetailFields(),
				text({
					name: 'externalProvider',
					displayName: 'External Provider',
					description:
						'The name of the system that manages this absence (e.g. Personio). Setting it makes the absence read-only in awork: nobody can change or delete it there, and neither can this node',
				}),
			],
		}),
	],
	before: [async (context, request) => checkDayOrder(context, request.body as IDataObject)],
});
