/** PUT /users/{id}/capacity: hours per weekday in, awork's seconds out; weekdays left out keep their value. */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { durationHours } from '../../shared/fields/dates';
import type { FieldContext } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { optional } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { aworkRequest } from '../../shared/transport/request';
import { simplifyCapacity, WEEKDAYS } from './fields';

/** awork's PUT replaces the whole week, so the days not set are taken from the current capacity. */
async function keepOtherDays(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	if (!WEEKDAYS.some(([key]) => context.values[key] !== undefined)) {
		throw inputError(context.node, context.itemIndex, 'Hours per Weekday', 'at least one weekday with its hours', context.fn.getNodeParameter('hoursPerDay', {}));
	}
	const current = (await aworkRequest.call(context.fn, {
		method: 'GET',
		path: `/users/${encodeURIComponent(String(context.values.userId))}/capacity`,
		itemIndex: context.itemIndex,
	})) as IDataObject;
	const weekly = (current?.weeklyCapacity ?? {}) as IDataObject;
	const body: IDataObject = {};
	for (const [key] of WEEKDAYS) {
		const value = context.values[key] ?? weekly[key];
		if (typeof value === 'number') body[key] = value;
	}
	request.body = body;
}

export const setCapacity = operation({
	value: 'setCapacity',
	name: 'Set Capacity',
	action: 'Set the capacity of a user',
	description: 'Set how many hours a user can work on some weekdays; the other weekdays keep their current capacity',
	method: 'PUT',
	path: '/users/{userId}/capacity',
	fields: [
		locator('user'),
		optional({
			name: 'hoursPerDay',
			displayName: 'Hours per Weekday',
			placeholder: 'Add Weekday',
			description: 'The weekdays to change, each in hours (0 for a day off); weekdays not added keep their capacity',
			fields: WEEKDAYS.map(([key, day]) =>
				durationHours({ name: key, displayName: day, description: `The hours the user can work on ${day}s, e.g. 8 or 6:30 (0 for a day off)` }),
			),
		}),
		{ property: { ...simplifyField.property, description: 'Whether to return the capacity in hours (per weekday and per week) instead of awork’s seconds' } },
	],
	before: [keepOtherDays],
	output: [simplifyOutput(simplifyCapacity)],
});
