/** What the absence operations share: absence days, the absence ID, the form awork's PUT replaces, the date order check. */
import type { IDataObject } from 'n8n-workflow';

import { toDateTime } from '../../shared/fields/dates';
import { baseProperty, isBlank, readParameter, type Field, type FieldContext, type FieldOptions } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { boolean, text } from '../../shared/fields/scalars';
import { id } from '../../shared/fields/structured';

export const ABSENCE_PATH = '/absences/{absenceId}';

/** The properties of awork's AbsenceForm that an update keeps (userId is required there). */
export const ABSENCE_FORM = ['userId', 'startOn', 'endOn', 'description', 'isHalfDayOnStart', 'isHalfDayOnEnd'] as const;

const DAY_EXPECTED = 'a date such as 2024-05-31 (a time of day is ignored)';

/**
 * awork keeps absences as whole days and ignores the time. The calendar day is taken where it was
 * given (its own offset, else the workflow's time zone) and sent as midnight UTC, so 2024-05-31 in
 * Berlin does not become 2024-05-30T22:00Z, the day before.
 */
export function toAbsenceDay(value: unknown, zone?: string): string | undefined {
	const parsed = toDateTime(value, zone);
	return parsed ? `${parsed.toISODate()}T00:00:00.000Z` : undefined;
}

export function absenceDay(options: FieldOptions): Field {
	return {
		property: { ...baseProperty(options), type: 'dateTime', default: '' },
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw)) {
				if (options.required) throw inputError(context.node, context.itemIndex, options.displayName, DAY_EXPECTED, raw);
				return;
			}
			const day = toAbsenceDay(raw, context.fn.getTimezone());
			if (!day) throw inputError(context.node, context.itemIndex, options.displayName, DAY_EXPECTED, raw);
			context.values[options.to ?? options.name] = day;
		},
	};
}

export const absenceIdField = (): Field =>
	id({
		name: 'absenceId',
		displayName: 'Absence ID',
		description: 'The ID (GUID) of the absence, e.g. from Get Many or Create',
		required: true,
		expected: 'an absence ID (GUID), e.g. from Get Many or Create',
	});

export const startOnField = (required: boolean): Field =>
	absenceDay({ name: 'startOn', displayName: 'Start Date', description: 'The first day of the absence, e.g. 2024-05-27; a time of day is ignored', required });

export const endOnField = (required: boolean): Field =>
	absenceDay({
		name: 'endOn',
		displayName: 'End Date',
		description: 'The last day of the absence (the same as the start for one day), e.g. 2024-05-31; a time of day is ignored',
		required,
	});

/** Reason and half days: in Create's Additional Fields and Update's Update Fields. */
export function absenceDetailFields(): Field[] {
	return [
		text({ name: 'description', displayName: 'Reason', description: 'Why the person is away, e.g. Vacation or Parental leave; shown in awork’s planner', multiline: true }),
		boolean({
			name: 'isHalfDayOnStart',
			displayName: 'Half Day on Start',
			description:
				'Whether the first day counts only half. For a one-day absence: the person is away in the first half of that day; for longer ones: the absence begins at midday of the first day',
		}),
		boolean({
			name: 'isHalfDayOnEnd',
			displayName: 'Half Day on End',
			description:
				'Whether the last day counts only half. For a one-day absence: the person is away in the second half of that day; for longer ones: the absence ends at midday of the last day',
		}),
	];
}

/** Stops the item when the end is before the start (both as sent), before anything is sent. */
export function checkDayOrder(context: FieldContext, body: IDataObject): void {
	const { startOn, endOn } = body;
	if (typeof startOn === 'string' && typeof endOn === 'string' && endOn < startOn) {
		throw inputError(context.node, context.itemIndex, 'End Date', `a day on or after the start date (${startOn.slice(0, 10)})`, endOn.slice(0, 10));
	}
}
