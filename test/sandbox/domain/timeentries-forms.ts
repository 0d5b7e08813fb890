/**
 * Turns v1 (`TimeEntryPostForm`/`TimeTrackingPutForm`) and v2 (`TimeEntryForm`) bodies into an
 * `EntryDraft`. v1 gives start/end as a date plus an optional `HH:mm:ss` time, in UTC or local
 * time; a start without any time and without an end books a duration on a day (date-only).
 */
import type { ValidationError } from '../http/errors';
import type { EntryDraft } from './timeentries-write';
import { datePartMs, localToUtc, parseTimeOfDay, parseUtc } from './timeentries-time';
import { assertValid } from './shared/respond';

interface Moment {
	ms: number;
	hasTime: boolean;
}

/** What every form (v1, v2 and a timer start) books the time on, and its billing flags. */
export type Booking = Pick<EntryDraft, 'typeOfWorkId' | 'projectId' | 'taskId' | 'note' | 'isBillable' | 'isBilled'>;

export function bookingFromBody(body: Record<string, any>): Booking {
	return {
		typeOfWorkId: body.typeOfWorkId,
		projectId: body.projectId ?? null,
		taskId: body.taskId ?? null,
		note: body.note ?? null,
		isBillable: body.isBillable ?? undefined,
		isBilled: Boolean(body.isBilled),
	};
}

/** Reads `<prefix>Date<suffix>` + `<prefix>Time<suffix>` (suffix Utc or Local). */
function readMoment(body: Record<string, any>, prefix: 'start' | 'end', suffix: 'Utc' | 'Local', fallbackDate: number | undefined, errors: ValidationError[]): Moment | undefined {
	const dateKey = `${prefix}Date${suffix}`;
	const timeKey = `${prefix}Time${suffix}`;
	const dateValue = body[dateKey];
	const timeValue = body[timeKey];
	if ((dateValue === undefined || dateValue === null) && (timeValue === undefined || timeValue === null)) return undefined;
	let day = fallbackDate;
	let timeOfDay: number | undefined;
	if (typeof dateValue === 'string') {
		const instant = parseUtc(dateValue);
		day = datePartMs(dateValue);
		if (instant === undefined || day === undefined) {
			errors.push({ property: dateKey, message: `'${dateValue}' is not a valid date.` });
			return undefined;
		}
		// A date-time with a time of day (e.g. `2024-05-14T10:00:00Z`) carries the start time itself.
		if (suffix === 'Utc') {
			const dayOfInstant = Math.floor(instant / 86_400_000) * 86_400_000;
			if (instant !== dayOfInstant) ({ day, timeOfDay } = { day: dayOfInstant, timeOfDay: instant - dayOfInstant });
		} else {
			const clock = /T(\d{2}:\d{2}(?::\d{2})?)/.exec(dateValue)?.[1];
			const ms = parseTimeOfDay(clock);
			if (ms) timeOfDay = ms;
		}
	}
	if (timeValue !== undefined && timeValue !== null) {
		timeOfDay = parseTimeOfDay(timeValue);
		if (timeOfDay === undefined) {
			errors.push({ property: timeKey, message: `'${timeValue}' is not a valid time (HH:mm:ss).` });
			return undefined;
		}
	}
	if (day === undefined) {
		errors.push({ property: dateKey, message: `${dateKey} is required when ${timeKey} is given.` });
		return undefined;
	}
	return { ms: day + (timeOfDay ?? 0), hasTime: timeOfDay !== undefined };
}

function readInstant(body: Record<string, any>, prefix: 'start' | 'end', timezone: string, fallbackDay: number | undefined, errors: ValidationError[]): Moment | undefined {
	const utc = readMoment(body, prefix, 'Utc', fallbackDay, errors);
	if (utc) return utc;
	const local = readMoment(body, prefix, 'Local', fallbackDay, errors);
	if (!local) return undefined;
	return { ms: local.hasTime ? localToUtc(local.ms, timezone) : local.ms, hasTime: local.hasTime };
}

/**
 * A v1 body as a draft. `base` is the existing entry for PUT (awork's PUT replaces the whole
 * entry, but a running timer keeps running when no end is sent).
 */
export function draftFromV1(body: Record<string, any>, actorId: string, base?: EntryDraft): { draft: EntryDraft; duration: number | null | undefined } {
	const errors: ValidationError[] = [];
	const timezone: string = body.timezone ?? base?.timezone;
	const start = readInstant(body, 'start', timezone, undefined, errors);
	const duration: number | null | undefined = body.duration;
	if (!start && !base && errors.length === 0) errors.push({ property: 'startDateUtc', message: 'The start date of the time entry is required.' });
	const end = readInstant(body, 'end', timezone, start ? Math.floor(start.ms / 86_400_000) * 86_400_000 : undefined, errors);
	if (typeof duration === 'number' && duration <= 0) errors.push({ property: 'duration', message: 'The duration must be positive.' });
	assertValid(errors);

	const startMs = start?.ms ?? base!.start;
	const hasTime = start ? start.hasTime : !base!.isDateOnly;
	let endMs: number | null;
	let isDateOnly = false;
	if (end) endMs = end.ms;
	else if (typeof duration === 'number') {
		endMs = startMs + duration * 1000;
		isDateOnly = !hasTime;
	} else if (base && base.end === null) endMs = null;
	else {
		assertValid([{ property: 'duration', message: 'Either an end or a duration is required.' }]);
		endMs = null;
	}
	return {
		draft: {
			userId: body.userId ?? base?.userId ?? actorId,
			...bookingFromBody(body),
			timezone,
			start: startMs,
			end: endMs,
			isDateOnly,
		},
		duration: end ? duration : undefined,
	};
}

/** A v2 `TimeEntryForm` as a draft: `startDate`/`endDate` are instants, or `isDateOnly` + `duration`. */
export function draftFromV2(body: Record<string, any>, actorId: string, base?: EntryDraft): { draft: EntryDraft; duration: number | null | undefined } {
	const errors: ValidationError[] = [];
	const isDateOnly = Boolean(body.isDateOnly);
	const start = body.startDate !== undefined ? parseUtc(body.startDate) : base?.start;
	if (start === undefined) errors.push({ property: 'startDate', message: body.startDate === undefined ? 'The start date is required.' : `'${body.startDate}' is not a valid date.` });
	const endGiven = body.endDate !== undefined && body.endDate !== null;
	const end = endGiven ? parseUtc(body.endDate) : undefined;
	if (endGiven && end === undefined) errors.push({ property: 'endDate', message: `'${body.endDate}' is not a valid date.` });
	const duration: number | null | undefined = body.duration;
	if (typeof duration === 'number' && duration <= 0) errors.push({ property: 'duration', message: 'The duration must be positive.' });
	if (isDateOnly && typeof duration !== 'number') errors.push({ property: 'duration', message: 'A date-only time entry needs a duration.' });
	if (!isDateOnly && !endGiven && typeof duration !== 'number' && !(base && base.end === null)) {
		errors.push({ property: 'endDate', message: 'Either an end date or a duration is required.' });
	}
	assertValid(errors);
	const startMs = isDateOnly ? datePartMs(new Date(start!).toISOString())! : start!;
	let endMs: number | null;
	if (isDateOnly) endMs = startMs + duration! * 1000;
	else if (endGiven) endMs = end!;
	else if (typeof duration === 'number') endMs = startMs + duration * 1000;
	else endMs = null;
	return {
		draft: {
			userId: body.userId ?? base?.userId ?? actorId,
			...bookingFromBody(body),
			timezone: body.timezone,
			start: startMs,
			end: endMs,
			isDateOnly,
		},
		duration: endGiven && !isDateOnly ? duration : undefined,
	};
}
