/** POST /api/v2/me/timetracking/start (or the user's): a running timer; one per user, so a running one is stopped first. */
import { operation } from '../../shared/descriptions/operation';
import { optional } from '../../shared/fields/structured';
import { simplifyField } from '../../shared/output/simplify';
import { billableField, entryTimeZone, noteField, projectField, taskField, timeZoneField, typeOfWorkField } from '../timeEntry/fields';
import { timerOutput, timerUserField } from './fields';

export const start = operation({
	value: 'start',
	name: 'Start',
	action: 'Start a timer',
	description: 'Start a timer on a project and task; a user has one timer, so one that is running is stopped (and booked) first',
	method: 'POST',
	path: '/me/timetracking/start',
	api: 'v2',
	fields: [
		typeOfWorkField(true),
		projectField('The project the time is tracked on (optional): pick it, paste its awork link, or enter its ID (GUID)'),
		taskField(
			'The task the time is tracked on (optional; its project is used when no project is set): pick it, paste its awork link, or enter its ID (GUID)',
		),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				timerUserField('/users/{_userId}/timetracking/start'),
				noteField(),
				billableField('Whether the tracked time is billable to the client; when not set, awork uses the project’s default'),
				timeZoneField(
					'The IANA time zone the time is tracked in (awork shows its local times in it), e.g. Europe/Berlin; default the workflow’s time zone',
				),
			],
		}),
		simplifyField,
	],
	body: (values, context) => ({ ...values, timezone: entryTimeZone(context) }),
	output: [timerOutput({ isRunning: false })],
});
