/** POST /api/v2/me/timetracking/stop (or the user's): the running timer becomes a finished time entry. */
import { operation } from '../../shared/descriptions/operation';
import { simplifyField } from '../../shared/output/simplify';
import { timerOutput, timerUserField } from './fields';

export const stop = operation({
	value: 'stop',
	name: 'Stop',
	action: 'Stop the running timer',
	description: 'Stop the running (or paused) timer; it becomes a finished time entry, returned with its duration',
	method: 'POST',
	path: '/me/timetracking/stop',
	api: 'v2',
	fields: [timerUserField('/users/{_userId}/timetracking/stop'), simplifyField],
	// The body is optional and its form has no properties (awork sets the stop reason for API clients itself).
	body: () => undefined,
	output: [timerOutput({ isRunning: false, stopped: false })],
});
