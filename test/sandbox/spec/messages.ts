/**
 * Turns Ajv errors into awork's validation errors: `property` is the field path the way ASP.NET /
 * FluentValidation name it (`Name`, `TaskListIds[0]`, `Company.Name`), `message` says what was
 * expected in FluentValidation's wording (e.g. `'Name' should not be empty.`).
 */
import type { ErrorObject } from 'ajv';
import type { ValidationError } from '../http/errors';
import { REQUEST_DATE_TIME_FORMAT } from './json-schema';

const pascal = (name: string) => (name ? name[0].toUpperCase() + name.slice(1) : name);

/** `/taskListIds/0/name` → `TaskListIds[0].Name`; `prefix` names the root (e.g. a query parameter). */
export function propertyPath(segments: Array<string | number>): string {
	let out = '';
	for (const segment of segments) {
		if (typeof segment === 'number' || /^\d+$/.test(segment)) out += `[${segment}]`;
		else out += (out ? '.' : '') + pascal(segment);
	}
	return out;
}

function pointerSegments(pointer: string): string[] {
	if (!pointer) return [];
	return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const FORMAT_TEXT: Record<string, string> = {
	uuid: 'a valid UUID (e.g. 123e4567-e89b-12d3-a456-426614174000)',
	'date-time': 'a valid ISO 8601 date-time with offset (e.g. 2024-01-31T09:30:00Z)',
	[REQUEST_DATE_TIME_FORMAT]: 'a valid ISO 8601 date or date-time (e.g. 2024-01-31T09:30:00Z)',
	date: 'a valid date (yyyy-MM-dd)',
	int32: 'a 32-bit integer',
	int64: 'a 64-bit integer',
	double: 'a number',
	float: 'a number',
	byte: 'base64-encoded',
	email: 'a valid email address',
};

const TYPE_TEXT: Record<string, string> = {
	string: 'a string',
	integer: 'an integer',
	number: 'a number',
	boolean: 'a boolean (true or false)',
	array: 'an array',
	object: 'an object',
	null: 'null',
};

const quote = (value: unknown) => (typeof value === 'string' ? value : short(value));

/** A value for a message, cut so a wrong nested object does not flood the log. */
function short(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function messageFor(error: ErrorObject, label: string): string {
	const p: any = error.params;
	switch (error.keyword) {
		case 'required':
			return `'${pascal(p.missingProperty)}' should not be empty.`;
		case 'type': {
			const types = String(p.type).split(',').map((t) => TYPE_TEXT[t] ?? t);
			return `'${label}' must be ${types.join(' or ')}.`;
		}
		case 'format':
			return `'${label}' must be ${FORMAT_TEXT[p.format] ?? `in the format '${p.format}'`}.`;
		case 'enum':
			return `'${label}' has a range of values which does not include '${quote(error.data)}'. Allowed: ${p.allowedValues
				.filter((v: unknown) => v !== null)
				.map(quote)
				.join(', ')}.`;
		case 'minLength':
			if (p.limit === 1) return `'${label}' should not be empty.`;
			return `The length of '${label}' must be at least ${p.limit} characters. You entered ${String(error.data).length} characters.`;
		case 'maxLength':
			return `The length of '${label}' must be ${p.limit} characters or fewer. You entered ${String(error.data).length} characters.`;
		case 'minimum':
			return `'${label}' must be greater than or equal to '${p.limit}'.`;
		case 'maximum':
			return `'${label}' must be less than or equal to '${p.limit}'.`;
		case 'exclusiveMinimum':
			return `'${label}' must be greater than '${p.limit}'.`;
		case 'exclusiveMaximum':
			return `'${label}' must be less than '${p.limit}'.`;
		case 'minItems':
			return `'${label}' must contain at least ${p.limit} item(s).`;
		case 'maxItems':
			return `'${label}' must contain at most ${p.limit} item(s).`;
		case 'pattern':
			return `'${label}' is not in the correct format (${p.pattern}).`;
		default:
			return `'${label}' ${error.message ?? 'is invalid'}.`;
	}
}

/** Combinator bookkeeping errors that only repeat what the branch errors already say. */
const NOISE = new Set(['if', 'anyOf', 'oneOf', 'allOf', 'not']);

/**
 * awork validation errors for a JSON body (or another value); `root` prefixes every path (e.g. a
 * multipart field or query parameter name) and labels errors about the value as a whole.
 */
export function toValidationErrors(errors: ErrorObject[] | null | undefined, root: string[] = []): ValidationError[] {
	const out: ValidationError[] = [];
	const seen = new Set<string>();
	// A value of the wrong type also fails its format/range checks; the type error says it all.
	const wrongType = new Set((errors ?? []).filter((e) => e.keyword === 'type').map((e) => e.instancePath));
	for (const error of errors ?? []) {
		if (NOISE.has(error.keyword)) continue;
		if (error.keyword !== 'type' && wrongType.has(error.instancePath)) continue;
		const segments = [...root, ...pointerSegments(error.instancePath)];
		const property =
			error.keyword === 'required' ? propertyPath([...segments, error.params.missingProperty]) : propertyPath(segments);
		const label = property ? pascal(String(segments.filter((s) => !/^\d+$/.test(s)).pop() ?? property)) : 'body';
		const message = messageFor(error, label);
		const key = `${property}\u0000${message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ property, message });
	}
	return out;
}

/** Readable one-line descriptions of response mismatches (for `responseViolations`). */
export function describeResponseErrors(errors: ErrorObject[] | null | undefined): string[] {
	const out = new Set<string>();
	for (const error of errors ?? []) {
		if (NOISE.has(error.keyword)) continue;
		const where = `$${pointerSegments(error.instancePath)
			.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
			.join('')}`;
		const p: any = error.params;
		let what: string;
		if (error.keyword === 'additionalProperties') what = `unexpected property '${p.additionalProperty}'`;
		else if (error.keyword === 'required') what = `missing required property '${p.missingProperty}'`;
		else if (error.keyword === 'enum') what = `${short(error.data)} is not one of ${p.allowedValues.map(quote).join(', ')}`;
		else if (error.keyword === 'type') what = `must be ${String(p.type).split(',').join(' or ')} (got ${short(error.data)})`;
		else if (error.keyword === 'format') what = `${error.message} (got ${short(error.data)})`;
		else what = error.message ?? 'is invalid';
		out.add(`${where}: ${what}`);
	}
	return [...out];
}
