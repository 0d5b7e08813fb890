/** GET /users/{id}/capacity: how many hours a user can work on each weekday (awork stores seconds). */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyCapacity } from './fields';

export const getCapacity = operation({
	value: 'getCapacity',
	name: 'Get Capacity',
	action: 'Get the capacity of a user',
	description:
		'Get the weekly working capacity of a user: hours per weekday and per week (awork stores seconds; Simplify off returns them as awork sends them)',
	method: 'GET',
	path: '/users/{userId}/capacity',
	fields: [
		locator('user'),
		{ property: { ...simplifyField.property, description: 'Whether to return the capacity in hours (per weekday and per week) instead of awork’s seconds' } },
	],
	output: [simplifyOutput(simplifyCapacity)],
});
