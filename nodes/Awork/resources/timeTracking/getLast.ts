/** GET /api/v2/me/timeentries/last (or the user's): the entry the user started last, running or not. */
import { operation } from '../../shared/descriptions/operation';
import { simplifyField } from '../../shared/output/simplify';
import { timerOutput, timerUserField } from './fields';

export const getLast = operation({
	value: 'getLast',
	name: 'Get Last',
	action: 'Get the last time entry of a user',
	description: 'Get the time entry the user started last (entries starting in the future are ignored), running timer or finished entry',
	method: 'GET',
	path: '/me/timeentries/last',
	api: 'v2',
	fields: [timerUserField('/users/{_userId}/timeentries/last'), simplifyField],
	output: [timerOutput({ found: false })],
});
