/**
 * The running timer: awork has no endpoint for it, so this reads the user's last started entry
 * (GET /api/v2/me/timeentries/last) and returns it when it has no end yet. A timer starts "now",
 * so it is the last started entry unless a manual entry was booked to start after it.
 */
import { operation } from '../../shared/descriptions/operation';
import { simplifyField } from '../../shared/output/simplify';
import { isRunning, timerOutput, timerUserField } from './fields';

export const getRunning = operation({
	value: 'getRunning',
	name: 'Get Running',
	action: 'Get the running timer of a user',
	description: "Get the user's running (or paused) timer; when none runs, one item { isRunning: false }",
	method: 'GET',
	path: '/me/timeentries/last',
	api: 'v2',
	fields: [timerUserField('/users/{_userId}/timeentries/last'), simplifyField],
	output: [timerOutput({ isRunning: false }, isRunning)],
});
