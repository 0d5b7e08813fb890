/**
 * Reads parameter-like strings (query, path, multipart fields) the way ASP.NET model binding does:
 * invariant-culture numbers, case-insensitive `true`/`false`, repeated keys for lists, the first
 * value for scalars. A value that cannot be bound fails as a whole, like a binding error.
 */

export type Coerced = { ok: true; value: unknown } | { ok: false };

const INTEGER = /^\s*[+-]?\d+\s*$/;
const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const BOOLEAN = /^\s*(true|false)\s*$/i;
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** Binds one string to a (dereferenced) OpenAPI scalar schema. */
export function coerceScalar(raw: string, schema: any): Coerced {
	if (raw === '' && schema?.nullable) return { ok: true, value: null };
	switch (schema?.type) {
		case 'integer': {
			if (!INTEGER.test(raw)) return { ok: false };
			const value = Number(raw);
			// C#'s `int` unless the spec says `long`.
			if (schema.format !== 'int64' && (value < INT32_MIN || value > INT32_MAX)) return { ok: false };
			return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
		}
		case 'number':
			return NUMBER.test(raw) ? { ok: true, value: Number(raw) } : { ok: false };
		case 'boolean': {
			const m = BOOLEAN.exec(raw);
			return m ? { ok: true, value: m[1].toLowerCase() === 'true' } : { ok: false };
		}
		case 'object':
			return { ok: false };
		default:
			return { ok: true, value: raw };
	}
}

/** Binds the value(s) sent for one name: lists take every value, scalars the first. */
export function coerceValues(raw: string | string[], schema: any, itemSchema?: any): Coerced {
	const values = Array.isArray(raw) ? raw : [raw];
	if (schema?.type === 'array') {
		const items: unknown[] = [];
		for (const value of values) {
			const bound = coerceScalar(value, itemSchema ?? schema.items ?? {});
			if (!bound.ok) return bound;
			items.push(bound.value);
		}
		return { ok: true, value: items };
	}
	return coerceScalar(values[0] ?? '', schema);
}

/** Finds a key case-insensitively (ASP.NET binds query keys and form fields that way). */
export function lookupInsensitive<T>(record: Record<string, T>, name: string): T | undefined {
	if (Object.prototype.hasOwnProperty.call(record, name)) return record[name];
	const lower = name.toLowerCase();
	for (const key of Object.keys(record)) if (key.toLowerCase() === lower) return record[key];
	return undefined;
}
