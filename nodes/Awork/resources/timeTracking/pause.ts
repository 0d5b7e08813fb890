/** POST /api/v2/me/timetracking/pause (or the user's): a break in the running timer. */
import { operation } from '../../shared/descriptions/operation';
import { simplifyField } from '../../shared/output/simplify';
import { timerOutput, timerUserField } from './fields';

export const pause = operation({
	value: 'pause',
	name: 'Pause',
	action: 'Pause the running timer',
	description:
		'Pause the running timer (a break that does not count as tracked time); a paused timer stays paused; without a running timer nothing changes',
	method: 'POST',
	path: '/me/timetracking/pause',
	api: 'v2',
	fields: [timerUserField('/users/{_userId}/timetracking/pause'), simplifyField],
	body: () => undefined,
	output: [timerOutput({ isRunning: false })],
});
