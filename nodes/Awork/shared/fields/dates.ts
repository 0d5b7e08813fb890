/**
 * Dates and durations. n8n hands dates over as ISO text, JS Dates or luxon DateTimes (from
 * expressions such as `{{$now.plus({days: 3})}}`); awork wants ISO 8601 date-times in UTC.
 * awork stores durations in seconds; people think in hours, so fields take hours and say so.
 */
import { DateTime } from 'luxon';

import { baseProperty, isBlank, readParameter, type Field, type FieldOptions } from './field';
import { inputError } from './inputError';

/**
 * A date-time from what n8n can hand over, or undefined when it is not one. Text without an
 * offset (the editor's date picker gives `2024-05-31T17:00:00`) is read in `zone`, n8n's workflow
 * time zone, so the instant does not depend on the time zone of the machine n8n runs on.
 */
export function toDateTime(value: unknown, zone?: string): DateTime | undefined {
	if (DateTime.isDateTime(value)) return value.isValid ? value : undefined;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : DateTime.fromJSDate(value);
	if (typeof value !== 'string') return undefined;
	const parsed = DateTime.fromISO(value.trim(), { setZone: true, ...(zone ? { zone } : {}) });
	return parsed.isValid ? parsed : undefined;
}

/** `2024-05-01T10:00:00.000Z`: the form awork returns and accepts. */
export function toAworkDateTime(value: DateTime): string {
	return value.toUTC().toISO()!;
}

export const DATE_EXPECTED = 'an ISO 8601 date or date-time such as 2024-05-31 or 2024-05-31T17:00:00Z';

export function dateTime(options: FieldOptions): Field {
	return {
		property: { ...baseProperty(options), type: 'dateTime', default: '' },
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw)) {
				if (options.required) throw inputError(context.node, context.itemIndex, options.displayName, DATE_EXPECTED, raw);
				return;
			}
			const parsed = toDateTime(raw, context.fn.getTimezone());
			if (!parsed) throw inputError(context.node, context.itemIndex, options.displayName, DATE_EXPECTED, raw);
			context.values[options.to ?? options.name] = toAworkDateTime(parsed);
		},
	};
}

const DURATION_EXPECTED = 'a number of hours (e.g. 1.5) or hours and minutes (e.g. 1:30 or 1h 30m)';

/** Hours as a person writes them → seconds; undefined when unreadable. */
export function hoursToSeconds(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value * 3600) : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim().toLowerCase();
	if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 3600);
	const clock = /^(\d+):([0-5]\d)$/.exec(text);
	if (clock) return Number(clock[1]) * 3600 + Number(clock[2]) * 60;
	const units = /^(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/.exec(text);
	if (units && (units[1] || units[2])) return Math.round(Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60);
	return undefined;
}

/** A duration entered in hours and sent as awork's seconds. */
export function durationHours(options: FieldOptions): Field {
	return {
		property: {
			...baseProperty(options),
			type: 'string',
			default: '',
			hint: options.hint ?? 'In hours, e.g. 1.5, 1:30 or 1h 30m (awork stores seconds)',
		},
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw)) {
				if (options.required) throw inputError(context.node, context.itemIndex, options.displayName, DURATION_EXPECTED, raw);
				return;
			}
			const seconds = hoursToSeconds(raw);
			if (seconds === undefined) throw inputError(context.node, context.itemIndex, options.displayName, DURATION_EXPECTED, raw);
			context.values[options.to ?? options.name] = seconds;
		},
	};
}
