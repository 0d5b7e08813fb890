/** The time entry fields Create, Update and the timer share, and what Simplify keeps of an entry (v2 shape). */
import { IANAZone } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import { baseProperty, isBlank, readParameter, type Field, type FieldContext, type FieldOptions } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { inputError } from '../../shared/fields/inputError';
import { boolean, choice, text } from '../../shared/fields/scalars';
import { id } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { compact, ref, secondsToHours } from '../../shared/output/simplify';

export const timeEntryIdField = (description = 'The ID (GUID) of the time entry, e.g. from Get Many or a trigger'): Field =>
	id({
		name: 'timeEntryId',
		displayName: 'Time Entry ID',
		description,
		required: true,
		expected: 'a time entry ID (GUID)',
	});

export const typeOfWorkField = (required: boolean): Field =>
	choice({
		name: 'typeOfWorkId',
		displayName: 'Type of Work Name or ID',
		description: 'The kind of work the time was spent on (awork requires one per entry; it often sets the hourly rate).',
		required,
		loadOptionsMethod: 'getTypesOfWork',
		expected: 'a type of work ID (GUID) from the list',
		validate: isGuid,
	});

export const projectField = (description: string): Field => locator('project', { required: false, description });

export const taskField = (description: string): Field => locator('task', { required: false, description });

export const userField = (description: string, to = 'userId'): Field =>
	locator('user', { required: false, displayName: 'User', description, to });

export const noteField = (): Field =>
	text({
		name: 'note',
		displayName: 'Note',
		description: 'What was done, as plain text (shows on the entry and in time reports)',
		multiline: true,
	});

export const billableField = (description: string): Field => boolean({ name: 'isBillable', displayName: 'Billable', description });

/** An IANA time zone name; awork stores it with the entry and shows local times in it. */
export function timeZoneField(description: string): Field {
	const expected = 'an IANA time zone such as Europe/Berlin or UTC';
	return {
		property: {
			...baseProperty({
				name: 'timezone',
				displayName: 'Time Zone',
				description,
				placeholder: 'e.g. Europe/Berlin',
			}),
			type: 'string',
			default: '',
		},
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw)) return;
			if (typeof raw !== 'string' || !IANAZone.isValidZone(raw.trim()))
				throw inputError(context.node, context.itemIndex, 'Time Zone', expected, raw);
			context.values.timezone = raw.trim();
		},
	};
}

/** The time zone the entry is booked in: the one set, else the workflow's. */
export function entryTimeZone(context: FieldContext): string {
	return (context.values.timezone as string | undefined) ?? context.fn.getTimezone();
}

/**
 * A date-time kept as typed: it is read later in the entry's time zone (set in Additional
 * Fields, which are applied after it), so a time without offset means that zone's wall clock.
 */
export function rawDateTime(options: FieldOptions): Field {
	return {
		property: { ...baseProperty(options), type: 'dateTime', default: '' },
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw)) {
				if (options.required)
					throw inputError(
						context.node,
						context.itemIndex,
						options.displayName,
						'an ISO 8601 date or date-time such as 2024-05-31T09:00:00',
						raw,
					);
				return;
			}
			context.values[options.to ?? options.name] = raw as IDataObject[string];
		},
	};
}

/** The fields of awork's v2 TimeEntryForm that a PUT must repeat to keep them (it replaces the entry). */
export const TIME_ENTRY_BOOKING_KEYS = [
	'typeOfWorkId',
	'projectId',
	'taskId',
	'userId',
	'note',
	'isBillable',
	'isBilled',
	'timezone',
] as const;

/** Whether an entry (v2) is a timer that has not been stopped. */
export function isRunning(entry: IDataObject): boolean {
	return (entry.endDate === null || entry.endDate === undefined) && !entry.isDateOnly && !entry.duration;
}

/** Whether a running timer is paused: it has a break that has not ended. */
export function isPaused(entry: IDataObject): boolean {
	const breaks = Array.isArray(entry.breaks) ? (entry.breaks as IDataObject[]) : [];
	return isRunning(entry) && breaks.some((b) => b.endDate === null || b.endDate === undefined);
}

function userRef(value: unknown): IDataObject | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const user = value as IDataObject;
	return {
		id: user.id,
		name: [user.firstName, user.lastName].filter(Boolean).join(' '),
	};
}

/** The entry fields invoicing and reporting use, durations in hours (awork counts seconds). */
export function simplifyTimeEntry(entry: IDataObject): IDataObject {
	return compact({
		id: entry.id,
		user: userRef(entry.user) ?? (entry.userId ? { id: entry.userId } : undefined),
		project: ref(entry.project, 'projectKey'),
		task: ref(entry.task),
		typeOfWork: ref(entry.typeOfWork),
		note: entry.note,
		startDate: entry.startDate,
		endDate: entry.endDate,
		isDateOnly: entry.isDateOnly,
		timezone: entry.timezone,
		durationHours: secondsToHours(entry.duration),
		durationSeconds: entry.duration,
		breakHours: secondsToHours(entry.breakDuration),
		isRunning: isRunning(entry),
		isPaused: isRunning(entry) ? isPaused(entry) : undefined,
		isBillable: entry.isBillable,
		isBilled: entry.isBilled,
		createdOn: entry.createdOn,
		updatedOn: entry.updatedOn,
	});
}
