/**
 * When a time entry happened, as people give it (start + duration in hours, start + end, or a day
 * + duration) turned into awork's v2 form (`startDate`/`endDate` UTC instants, `duration` in
 * seconds, `isDateOnly`), checked before anything is sent.
 */
import type { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import { DATE_EXPECTED, toAworkDateTime, toDateTime } from '../../shared/fields/dates';
import type { FieldContext } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { entryTimeZone } from './fields';

/** How Create takes the time: the `timeInput` choice. */
export type TimeInput = 'duration' | 'end' | 'day';

export const DURATION_HINT = 'In hours, e.g. 1.5, 1:30 or 1h 30m (awork stores seconds)';

/** The parsed time values an operation's fields left in `context.values`. */
export interface EntryTime {
	start?: DateTime;
	end?: DateTime;
	/** Seconds. */
	duration?: number;
}

function parse(context: FieldContext, field: string, raw: unknown): DateTime | undefined {
	if (raw === undefined) return undefined;
	const parsed = toDateTime(raw, entryTimeZone(context));
	if (!parsed) throw inputError(context.node, context.itemIndex, field, DATE_EXPECTED, raw);
	return parsed;
}

/** Reads `_start`, `_end`, `_duration` (raw dates, seconds) and checks them against each other. */
export function readEntryTime(context: FieldContext): EntryTime {
	const { values } = context;
	const time: EntryTime = {
		start: parse(context, 'Start', values._start),
		end: parse(context, 'End', values._end),
	};
	if (values._duration !== undefined) {
		time.duration = values._duration as number;
		if (time.duration <= 0)
			throw inputError(context.node, context.itemIndex, 'Duration', 'more than 0 hours, e.g. 1.5, 1:30 or 1h 30m', values._duration);
	}
	if (time.start && time.end && time.end <= time.start) {
		throw inputError(context.node, context.itemIndex, 'End', 'a date-time after the start', values._end);
	}
	return time;
}

/** A day as written (in its own zone), as awork books date-only entries: midnight UTC of that date. */
export const dayOf = (value: DateTime): string => `${value.toISODate()}T00:00:00.000Z`;

/** The time part of a v2 TimeEntryForm for Create. */
export function createTime(context: FieldContext): IDataObject {
	const mode = context.values._timeInput as TimeInput;
	const time = readEntryTime(context);
	const start = time.start!;
	if (mode === 'day')
		return {
			isDateOnly: true,
			startDate: dayOf(start),
			duration: time.duration!,
		};
	if (mode === 'end')
		return {
			startDate: toAworkDateTime(start),
			endDate: toAworkDateTime(time.end!),
		};
	return { startDate: toAworkDateTime(start), duration: time.duration! };
}

/**
 * The time part of the v2 PUT form, from the current entry and what the user changed. awork
 * takes start + end or start + duration; a running timer only takes a new start.
 * - A date-only entry stays one unless an End is given: its day and duration can change.
 * - A new End, or a new Duration, keeps (or sets) the start.
 * - Only a new Start moves the whole entry: its end keeps its distance, so breaks stay valid.
 */
export function updateTime(context: FieldContext, current: IDataObject, time: EntryTime): IDataObject {
	const currentStart = toDateTime(current.startDate)!;
	const start = time.start ?? currentStart;
	if (time.end) {
		if (time.end <= start)
			throw inputError(
				context.node,
				context.itemIndex,
				'End',
				`a date-time after the start (${toAworkDateTime(start)})`,
				context.values._end,
			);
		return {
			isDateOnly: false,
			startDate: toAworkDateTime(start),
			endDate: toAworkDateTime(time.end),
		};
	}
	if (current.isDateOnly) {
		return {
			isDateOnly: true,
			startDate: time.start ? dayOf(time.start) : current.startDate,
			duration: time.duration ?? current.duration,
		};
	}
	if (time.duration !== undefined)
		return {
			isDateOnly: false,
			startDate: toAworkDateTime(start),
			duration: time.duration,
		};
	const currentEnd = toDateTime(current.endDate);
	// A running timer has no end yet; only its start can change.
	if (!currentEnd) return { isDateOnly: false, startDate: toAworkDateTime(start) };
	const end = time.start ? start.plus(currentEnd.diff(currentStart)) : currentEnd;
	return {
		isDateOnly: false,
		startDate: toAworkDateTime(start),
		endDate: toAworkDateTime(end),
	};
}
