/**
 * The literals of awork's `filterby` language. Every value a person or an expression gives turns
 * into exactly one literal token: text is quoted with `'` doubled, GUIDs and dates are checked and
 * rebuilt from their parts, numbers must be finite and special terms come from a fixed list, so no
 * value can change the structure of a filter. Bad input throws `FilterInputError`.
 */

import { toDateTime } from '../fields/dates';
import { isGuid } from '../fields/guid';
import { describeValue } from '../fields/inputError';

/** Invalid input; the message names the parameter, what it expects and what it got. */
export class FilterInputError extends Error {
	constructor(
		readonly field: string,
		readonly expected: string,
		readonly got: unknown,
	) {
		super(`${field} must be ${expected}, got ${describeValue(got)}`);
		this.name = 'FilterInputError';
	}
}

/** How a value is written: `special` is `me`, `now`, `today`, `today-3d`, `sow`, `eow`, `som`, `eom`. */
export const VALUE_TYPES = ['text', 'number', 'boolean', 'date', 'guid', 'null', 'special'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

export interface Literal {
	type: ValueType;
	value?: unknown;
}

export interface LiteralOptions {
	/** IANA zone for date text without an offset (n8n's workflow time zone); default UTC. */
	zone?: string;
}

export const DATE_EXPECTED = 'a date in ISO 8601 (e.g. 2024-05-01 or 2024-05-01T10:00:00Z) or an expression giving a date';
export const GUID_EXPECTED = 'an ID (GUID such as 1b3f4c5d-0000-4a5b-8c9d-0123456789ab)';
export const SPECIAL_EXPECTED = "one of me, now, today, today-3d, today+5d, sow, eow, som, eom";

const SPECIAL = /^(?:me|me\.id|now|today|sow|eow|som|eom)$/;
const TODAY_OFFSET = /^today\s*([+-])\s*(\d{1,5})\s*d?$/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The literal token for `literal`; `label` names the parameter in error messages. */
export function formatLiteral(literal: Literal, label: string, options: LiteralOptions = {}): string {
	const { value } = literal;
	switch (literal.type) {
		case 'text':
			return quote(asText(value, label));
		case 'number':
			return formatNumber(value, label);
		case 'boolean':
			return String(asBoolean(value, label));
		case 'null':
			return 'null';
		case 'guid':
			return `guid'${asGuid(value, label)}'`;
		case 'date':
			return `datetime'${formatInstant(value, label, options.zone)}'`;
		case 'special':
			return formatSpecialTerm(value, label);
		default:
			throw new FilterInputError(`${label} value type`, `one of ${VALUE_TYPES.join(', ')}`, literal.type);
	}
}

/** `'…'` with every `'` doubled, the only escape awork's strings have. */
export function quote(text: string): string {
	return `'${text.replace(/'/g, "''")}'`;
}

export function asText(value: unknown, label: string): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	if (typeof value === 'boolean') return String(value);
	throw new FilterInputError(label, 'text', value);
}

export function asGuid(value: unknown, label: string): string {
	if (!isGuid(value)) throw new FilterInputError(label, GUID_EXPECTED, value);
	return value.trim().toLowerCase();
}

function asBoolean(value: unknown, label: string): boolean {
	if (typeof value === 'boolean') return value;
	const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
	if (text === 'true' || text === 'false') return text === 'true';
	throw new FilterInputError(label, 'true or false', value);
}

function formatNumber(value: unknown, label: string): string {
	const number = typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value.trim()) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) throw new FilterInputError(label, 'a finite number', value);
	return String(number);
}

/** Whether `value` is written as a special term: `user` for `me`, `date` for the date terms. */
export function specialTermKind(value: unknown): 'user' | 'date' | undefined {
	const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
	if (text === undefined) return undefined;
	if (text === 'me' || text === 'me.id') return 'user';
	return SPECIAL.test(text) || TODAY_OFFSET.test(text) ? 'date' : undefined;
}

/** `me` → `me.id`; `today - 3 d` → `today-3d`; `today+0d` → `today`. */
export function formatSpecialTerm(value: unknown, label: string): string {
	const text = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
	if (text !== undefined && SPECIAL.test(text)) return text === 'me' ? 'me.id' : text;
	const offset = text === undefined ? null : TODAY_OFFSET.exec(text);
	if (!offset) throw new FilterInputError(label, `a special term (${SPECIAL_EXPECTED})`, value);
	const days = Number(offset[2]);
	return days === 0 ? 'today' : `today${offset[1]}${days}d`;
}

/**
 * UTC text of a date given as ISO text (without an offset it is read in `zone`), a JS Date or a
 * luxon DateTime (what n8n expressions such as `{{$now}}` give): `2024-05-01T10:00:00Z`, with
 * milliseconds only when there are any.
 */
export function formatInstant(value: unknown, label: string, zone = 'UTC'): string {
	const dateTime = toDateTime(value, zone);
	if (!dateTime?.isValid) throw new FilterInputError(label, DATE_EXPECTED, value);
	const utc = dateTime.toUTC();
	if (utc.year < 1 || utc.year > 9999) throw new FilterInputError(label, `${DATE_EXPECTED} between the years 1 and 9999`, value);
	return utc.toFormat(utc.millisecond ? "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'" : "yyyy-MM-dd'T'HH:mm:ss'Z'");
}
