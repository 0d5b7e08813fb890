/** PUT /absences/{id} with the current values for what is not changed (awork's PUT replaces the whole absence). */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { optional } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { mergeWithCurrent } from '../../shared/routing/mergeCurrent';
import { absenceDetailFields, absenceIdField, ABSENCE_FORM, ABSENCE_PATH, checkDayOrder, endOnField, startOnField } from './fields';

export const update = operation({
	value: 'update',
	name: 'Update',
	action: 'Update an absence',
	description: 'Change the days, half days, reason or user of an absence; what you do not set keeps its current value. Absences managed by an external provider are read-only.',
	method: 'PUT',
	path: ABSENCE_PATH,
	fields: [
		absenceIdField(),
		optional({
			name: 'updateFields',
			displayName: 'Update Fields',
			fields: [
				locator('user', { to: 'userId', required: false, description: 'Move the absence to another user: pick them from the list, paste their profile link, or enter their ID (GUID)' }),
				startOnField(false),
				endOnField(false),
				...absenceDetailFields(),
			],
		}),
	],
	before: [mergeWithCurrent(ABSENCE_PATH, ABSENCE_FORM), async (context, request) => checkDayOrder(context, request.body as IDataObject)],
});
