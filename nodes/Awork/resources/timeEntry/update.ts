/** PUT /api/v2/timeentries/{id}, merged with the current entry: awork's PUT replaces the whole entry. */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { fillPath, operation } from '../../shared/descriptions/operation';
import { durationHours } from '../../shared/fields/dates';
import type { FieldContext } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { optional } from '../../shared/fields/structured';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { aworkRequest } from '../../shared/transport/request';
import {
	billableField,
	noteField,
	projectField,
	rawDateTime,
	simplifyTimeEntry,
	taskField,
	TIME_ENTRY_BOOKING_KEYS,
	timeEntryIdField,
	timeZoneField,
	typeOfWorkField,
	userField,
} from './fields';
import { DURATION_HINT, readEntryTime, updateTime } from './time';

/** The changed values only; the time fields are checked here, before the current entry is read. */
function changedValues(values: IDataObject, context: FieldContext): IDataObject {
	if (context.values._end !== undefined && context.values._duration !== undefined) {
		const typed = context.fn.getNodeParameter('updateFields.duration', '');
		throw inputError(
			context.node,
			context.itemIndex,
			'Duration',
			'no Duration when End is set (awork computes it from start and end)',
			typed,
		);
	}
	readEntryTime(context);
	return values;
}

/** Reads the entry (v2) and sends its current values for everything not changed. */
async function mergeWithCurrentEntry(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	const current = (await aworkRequest.call(context.fn, {
		method: 'GET',
		path: fillPath('/timeentries/{timeEntryId}', context.values, new Set()),
		api: 'v2',
		itemIndex: context.itemIndex,
	})) as IDataObject;
	const changes = request.body as IDataObject;
	const body: IDataObject = {};
	for (const key of TIME_ENTRY_BOOKING_KEYS) if (current[key] !== undefined && current[key] !== null) body[key] = current[key];
	// Another project drops the current task (it belongs to the old one); another task alone lets awork take its project.
	if (changes.projectId !== undefined && changes.taskId === undefined) delete body.taskId;
	if (changes.taskId !== undefined && changes.projectId === undefined) delete body.projectId;
	Object.assign(body, changes, updateTime(context, current, readEntryTime(context)));
	request.body = body;
}

export const update = operation({
	value: 'update',
	name: 'Update',
	action: 'Update a time entry',
	description:
		'Change the fields you set; all others keep their current value. A new Start alone moves the entry (its length stays); a new End or Duration keeps the start. A running timer can only get a new start.',
	method: 'PUT',
	path: '/timeentries/{timeEntryId}',
	api: 'v2',
	fields: [
		timeEntryIdField(),
		optional({
			name: 'updateFields',
			displayName: 'Update Fields',
			fields: [
				typeOfWorkField(false),
				projectField(
					'Book the time on this project instead (its current task is dropped unless you set a task too): pick it, paste its awork link, or enter its ID (GUID)',
				),
				taskField(
					'Book the time on this task instead (awork takes the task’s project unless you set a project too): pick it, paste its awork link, or enter its ID (GUID)',
				),
				userField('Give the time to this user: pick them, paste their awork profile link, or enter their user ID (GUID)'),
				rawDateTime({
					name: 'start',
					displayName: 'Start',
					description:
						'The new start (ISO 8601; without an offset, in the entry’s new time zone or the workflow’s). For a date-only entry, the new day.',
					to: '_start',
				}),
				rawDateTime({
					name: 'end',
					displayName: 'End',
					description: 'The new end (ISO 8601; after the start); awork recomputes the duration',
					to: '_end',
				}),
				durationHours({
					name: 'duration',
					displayName: 'Duration',
					description: 'The new duration in hours (sent in seconds); the start stays, the end follows',
					to: '_duration',
					hint: DURATION_HINT,
				}),
				noteField(),
				billableField('Whether the time is billable to the client. To mark it as billed, use Set Billed.'),
				timeZoneField('The IANA time zone of the entry (awork shows its local times in it), e.g. Europe/Berlin'),
			],
		}),
		simplifyField,
	],
	body: changedValues,
	before: [mergeWithCurrentEntry],
	output: [simplifyOutput(simplifyTimeEntry)],
});
