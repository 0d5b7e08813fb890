/**
 * Value helpers shared by filtering and ordering: ISO date parsing (zone-less text counts as
 * UTC, unlike `Date.parse`, so results never depend on the machine's time zone), GUID checks
 * and a case-insensitive property reader (awork is ASP.NET: `FirstName` finds `firstName`).
 */

/**
 * Epoch milliseconds of an ISO 8601 date (`2024-05-15`) or date-time (`2024-05-15T10:30`,
 * `...:00`, `...:00.123`, with `Z`, `+02:00` or `+0200`, or zone-less), or undefined when `text`
 * is not one (including impossible dates like 2024-02-31). Hand-rolled over char codes because the
 * benchmark filters and sorts 50,000 entities by timestamp per request.
 */
export function parseIsoInstant(text: string): number | undefined {
	const len = text.length;
	if (len < 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
	const year = digits(text, 0, 4);
	const month = digits(text, 5, 2);
	const day = digits(text, 8, 2);
	if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
	let ms = daysFromCivil(year, month, day) * DAY_MS;
	if (len === 10) return ms;
	const sep = text.charCodeAt(10);
	if ((sep !== T_UPPER && sep !== T_LOWER && sep !== SPACE) || len < 16 || text.charCodeAt(13) !== COLON) return undefined;
	const hour = digits(text, 11, 2);
	const minute = digits(text, 14, 2);
	if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
	ms += hour * 3_600_000 + minute * 60_000;
	let i = 16;
	if (i < len && text.charCodeAt(i) === COLON) {
		const second = digits(text, i + 1, 2);
		if (second < 0 || second > 59) return undefined;
		ms += second * 1000;
		i += 3;
		if (i < len && text.charCodeAt(i) === DOT) {
			let scale = 100;
			let fraction = 0;
			i++;
			const fractionStart = i;
			for (; i < len && isDigit(text.charCodeAt(i)); i++) {
				fraction += (text.charCodeAt(i) - ZERO) * scale;
				scale /= 10;
			}
			if (i === fractionStart) return undefined;
			ms += Math.floor(fraction);
		}
	}
	if (i === len) return ms; // zone-less: UTC
	const zone = text.charCodeAt(i);
	if ((zone === Z_UPPER || zone === Z_LOWER) && i + 1 === len) return ms;
	if (zone !== PLUS && zone !== DASH) return undefined;
	const offsetHours = digits(text, i + 1, 2);
	const hasColon = text.charCodeAt(i + 3) === COLON;
	const offsetMinutes = digits(text, i + (hasColon ? 4 : 3), 2);
	if (offsetHours < 0 || offsetMinutes < 0 || i + (hasColon ? 6 : 5) !== len) return undefined;
	const offset = (offsetHours * 60 + offsetMinutes) * 60_000;
	return zone === PLUS ? ms - offset : ms + offset;
}

/** Does the string parse as an ISO date or date-time? */
export function looksLikeIsoDate(text: string): boolean {
	return parseIsoInstant(text) !== undefined;
}

const DAY_MS = 86_400_000;
const ZERO = 48;
const DASH = 45;
const PLUS = 43;
const COLON = 58;
const DOT = 46;
const SPACE = 32;
const T_UPPER = 84;
const T_LOWER = 116;
const Z_UPPER = 90;
const Z_LOWER = 122;

function isDigit(code: number): boolean {
	return code >= ZERO && code <= ZERO + 9;
}

/** The non-negative integer in `count` digits at `start`, or -1. */
function digits(text: string, start: number, count: number): number {
	let value = 0;
	for (let i = start; i < start + count; i++) {
		const code = text.charCodeAt(i);
		if (!isDigit(code)) return -1;
		value = value * 10 + code - ZERO;
	}
	return value;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * A reader for one property name, matched case-insensitively. It remembers the spelling it last
 * found, so on a list of same-shaped entities the lookup is one own-property check per item.
 */
export function propertyReader(name: string): (obj: unknown) => unknown {
	const lower = name.toLowerCase();
	let spelling = name;
	return (obj: unknown) => {
		if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
		const record = obj as Record<string, unknown>;
		if (hasOwn.call(record, spelling)) return record[spelling];
		for (const key in record) {
			if (key.toLowerCase() === lower && hasOwn.call(record, key)) {
				spelling = key;
				return record[key];
			}
		}
		return undefined;
	};
}
