/**
 * One value of an endpoint parameter, as the mapper, JSON or an expression hands it over, checked
 * against the catalog's type and turned into what awork expects. The resource mapper does not
 * coerce values in a declarative node, so this is the only check they get.
 */
import { DateTime } from 'luxon';
import type { INode } from 'n8n-workflow';

import type { EndpointParam } from '../../endpoints/types';
import { toAworkDateTime, toDateTime } from '../../shared/fields/dates';
import { isGuid } from '../../shared/fields/guid';
import { inputError } from '../../shared/fields/inputError';

export interface Where {
	node: INode;
	itemIndex: number;
	/** The workflow's time zone, for dates without an offset. */
	zone?: string;
}

/** How a parameter is named in errors: `Project ID (path)`. */
export function fieldName(param: EndpointParam): string {
	return `${param.label} (${param.in})`;
}

function parseJsonText(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const text = value.trim();
	if (!/^[[{"]/.test(text)) return value;
	try {
		return JSON.parse(text);
	} catch {
		return value;
	}
}

/** A scalar of `type`, or throws naming the field; `field` is for the message. */
function scalar(type: EndpointParam['type'], value: unknown, field: string, where: Where, options?: string[]): unknown {
	const fail = (expected: string) => inputError(where.node, where.itemIndex, field, expected, value);
	switch (type) {
		case 'guid': {
			const text = typeof value === 'string' ? value.trim() : value;
			if (!isGuid(text)) throw fail('an awork ID (GUID)');
			return text;
		}
		case 'number':
		case 'integer': {
			const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
			if (!Number.isFinite(number) || (type === 'integer' && !Number.isInteger(number))) {
				throw fail(type === 'integer' ? 'a whole number' : 'a number');
			}
			return number;
		}
		case 'boolean': {
			if (typeof value === 'boolean') return value;
			const text = String(value).trim().toLowerCase();
			if (text === 'true' || text === 'false') return text === 'true';
			throw fail('true or false');
		}
		case 'dateTime':
		case 'date': {
			const parsed = toDateTime(value, where.zone);
			if (!parsed) throw fail('an ISO 8601 date or date-time such as 2024-05-31 or 2024-05-31T17:00:00Z');
			return type === 'date' ? parsed.toISODate() : toAworkDateTime(parsed);
		}
		case 'options': {
			const text = String(value).trim();
			const match = options?.find((option) => option.toLowerCase() === text.toLowerCase());
			if (options?.length && match === undefined) throw fail(`one of ${options.map((o) => `'${o}'`).join(', ')}`);
			return match ?? text;
		}
		case 'object': {
			const parsed = parseJsonText(value);
			if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw fail('a JSON object');
			return parsed;
		}
		case 'array':
			return value;
		default:
			if (value !== null && typeof value === 'object' && !DateTime.isDateTime(value)) return JSON.stringify(value);
			return String(value);
	}
}

/** The value to send for `param`; arrays accept JSON text or (for scalar items) `a, b`. */
export function convertValue(param: EndpointParam, value: unknown, where: Where): unknown {
	const field = fieldName(param);
	if (param.type !== 'array') return scalar(param.type, value, field, where, param.options);
	let list = parseJsonText(value);
	if (typeof list === 'string') list = list.split(',').map((part) => part.trim()).filter(Boolean);
	if (!Array.isArray(list)) list = [list];
	const items = param.items ?? 'string';
	if (items === 'object' || items === 'array') return list;
	return (list as unknown[]).map((entry) => scalar(items, entry, field, where, param.options));
}
