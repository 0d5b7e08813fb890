/** POST /api/v2/me/timetracking/resume (or the user's): the paused timer runs again. */
import { operation } from '../../shared/descriptions/operation';
import { simplifyField } from '../../shared/output/simplify';
import { timerOutput, timerUserField } from './fields';

export const resume = operation({
	value: 'resume',
	name: 'Resume',
	action: 'Resume the paused timer',
	description: 'Resume a paused timer (its break ends); a running timer keeps running; without a timer nothing changes',
	method: 'POST',
	path: '/me/timetracking/resume',
	api: 'v2',
	fields: [timerUserField('/users/{_userId}/timetracking/resume'), simplifyField],
	body: () => undefined,
	output: [timerOutput({ isRunning: false })],
});
