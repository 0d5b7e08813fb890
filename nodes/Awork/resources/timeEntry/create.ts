/** POST /api/v2/timeentries: the v2 form takes the start as an instant, so no split date/time fields. */
import { operation } from '../../shared/descriptions/operation';
import { shownWhen } from '../../shared/fields/conditional';
import { durationHours } from '../../shared/fields/dates';
import type { Field } from '../../shared/fields/field';
import { choice } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import {
	billableField,
	entryTimeZone,
	noteField,
	projectField,
	rawDateTime,
	simplifyTimeEntry,
	taskField,
	timeZoneField,
	typeOfWorkField,
	userField,
} from './fields';
import { createTime, DURATION_HINT } from './time';

const timeInputField = choice({
	name: 'timeInput',
	displayName: 'Time Given As',
	description: 'How the booked time is given',
	options: [
		{
			name: 'Start and Duration',
			value: 'duration',
			description: 'When the work started and how many hours it took',
		},
		{
			name: 'Start and End',
			value: 'end',
			description: 'When the work started and when it ended',
		},
		{
			name: 'Day and Duration',
			value: 'day',
			description: 'Hours on a day without clock times (a date-only entry)',
		},
	],
	default: 'duration',
	required: true,
	to: '_timeInput',
});

/** Fixed per node (no expression): it decides which time fields are shown and required. */
const fixed = (field: Field): Field => ({
	...field,
	property: { ...field.property, noDataExpression: true },
});

export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create a time entry',
	description: 'Book time on a project and task: a start and a duration in hours, a start and an end, or a duration on a day',
	method: 'POST',
	path: '/timeentries',
	api: 'v2',
	fields: [
		typeOfWorkField(true),
		projectField('The project the time is booked on (optional): pick it, paste its awork link, or enter its ID (GUID)'),
		taskField(
			'The task the time is booked on (optional; its project is used when no project is set): pick it, paste its awork link, or enter its ID (GUID)',
		),
		fixed(timeInputField),
		rawDateTime({
			name: 'start',
			displayName: 'Start',
			description:
				'When the work started (ISO 8601, e.g. 2024-05-31T09:00:00; without an offset, in the entry’s time zone). For Day and Duration, only its date counts.',
			required: true,
			to: '_start',
		}),
		shownWhen(
			{ parameter: 'timeInput', value: '_timeInput', is: ['end'] },
			rawDateTime({
				name: 'end',
				displayName: 'End',
				description: 'When the work ended (ISO 8601; after the start)',
				required: true,
				to: '_end',
			}),
		),
		shownWhen(
			{ parameter: 'timeInput', value: '_timeInput', is: ['duration', 'day'] },
			durationHours({
				name: 'duration',
				displayName: 'Duration',
				description: 'How long the work took, in hours (sent to awork in seconds)',
				required: true,
				to: '_duration',
				hint: DURATION_HINT,
			}),
		),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				userField(
					'Whose time it is: pick the user, paste their awork profile link, or enter their user ID (GUID); empty books it for the user the credentials act as',
				),
				noteField(),
				billableField('Whether the time is billable to the client; when not set, awork uses the project’s default (Billable by Default)'),
				timeZoneField(
					'The IANA time zone the entry is booked in (awork shows its local times in it); default the workflow’s time zone. Dates without an offset are read in it.',
				),
			],
		}),
		simplifyField,
	],
	body: (values, context) => ({
		...values,
		timezone: entryTimeZone(context),
		...createTime(context),
	}),
	output: [simplifyOutput(simplifyTimeEntry)],
});
