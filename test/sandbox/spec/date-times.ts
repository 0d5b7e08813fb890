/**
 * Date-times in request bodies, stored the way awork answers them: in UTC with `Z`, the fraction
 * of a second only when there is one (trailing zeros dropped, up to .NET's 7 digits), as
 * System.Text.Json writes a UTC `DateTime` (`2024-05-31T15:00:00Z`, `2025-07-24T14:28:40.017585Z`).
 * So `…T17:00:00+02:00`, `…T15:00:00Z` and `…T15:00:00.000Z` all come back as `…T15:00:00Z`.
 */
import type { SpecOperation } from '../types';
import type { OpenApiDocument, SpecDocuments } from './load';
import { deref, isJsonMediaType, requestBodyOf } from './operations';

/** What `isLenientDateTime` accepts (`schema-registry.ts`), split into its parts. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const MINUTE_MS = 60_000;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * awork's answer form of a date-time, or undefined when the value is not one. A value without an
 * offset is taken as UTC: awork keeps every instant in UTC.
 */
export function normalizeDateTime(value: string): string | undefined {
	const m = DATE_TIME.exec(value);
	if (!m) return undefined;
	const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0));
	const at = new Date(0);
	// setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
	at.setUTCFullYear(year, month - 1, day);
	at.setUTCHours(hour, minute, second, 0);
	const offset = m[8];
	if (offset && !/^z$/i.test(offset)) {
		const digits = offset.slice(1).replace(':', '');
		const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
		at.setTime(at.getTime() - (offset[0] === '-' ? -minutes : minutes) * MINUTE_MS);
	}
	if (Number.isNaN(at.getTime())) return undefined;
	// Offsets are whole minutes, so the fraction is kept digit for digit (finer than a JS Date holds).
	const fraction = (m[7] ?? '').replace(/0+$/, '');
	const date = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
	const time = `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`;
	return `${date}T${time}${fraction ? `.${fraction}` : ''}Z`;
}

/**
 * A `…Local` field (`startDateLocal` of time tracking) holds a wall-clock reading that awork
 * answers without converting it (the spec's own examples carry no offset); moving it to UTC
 * would change the day and time it names.
 */
const isWallClockField = (name: string | undefined) => name !== undefined && /Local$/.test(name);

/** Rewrites the date-time fields of JSON request bodies (per the operation's request schema) into awork's form. */
export class DateTimeNormalizer {
	private readonly bodySchemas = new WeakMap<object, { schema: any } | null>();

	constructor(private readonly specs: SpecDocuments) {}

	/** The body with every date-time the schema declares normalised; changed in place where it is an object. */
	normalize(op: SpecOperation, contentType: string | undefined, body: unknown): unknown {
		if (body === undefined || body === null || (contentType !== undefined && !isJsonMediaType(contentType))) return body;
		const found = this.bodySchemaOf(op);
		return found ? normalizeValue(this.specs[op.api], found.schema, body, undefined) : body;
	}

	private bodySchemaOf(op: SpecOperation): { schema: any } | null {
		let found = this.bodySchemas.get(op.operation);
		if (found === undefined) {
			const content = requestBodyOf(op, this.specs[op.api])?.content ?? {};
			const jsonType = Object.keys(content).find(isJsonMediaType);
			found = jsonType && content[jsonType].schema ? { schema: content[jsonType].schema } : null;
			this.bodySchemas.set(op.operation, found);
		}
		return found;
	}
}

/** Walks value and schema together; the value bounds the walk, so recursive models end with it. */
function normalizeValue(doc: OpenApiDocument, rawSchema: any, value: unknown, field: string | undefined): unknown {
	const schema = deref(doc, rawSchema);
	if (!schema || typeof schema !== 'object' || value === null || value === undefined) return value;
	for (const combiner of ['allOf', 'oneOf', 'anyOf']) {
		for (const part of schema[combiner] ?? []) value = normalizeValue(doc, part, value, field);
	}
	if (typeof value === 'string') {
		if (schema.format !== 'date-time' || isWallClockField(field)) return value;
		return normalizeDateTime(value) ?? value;
	}
	if (Array.isArray(value)) {
		if (!schema.items) return value;
		for (let i = 0; i < value.length; i++) value[i] = normalizeValue(doc, schema.items, value[i], field);
		return value;
	}
	if (typeof value === 'object') {
		const record = value as Record<string, unknown>;
		const properties: Record<string, any> = schema.properties ?? {};
		const { additionalProperties } = schema;
		const extra = additionalProperties && typeof additionalProperties === 'object' ? additionalProperties : undefined;
		for (const key of Object.keys(record)) {
			const property = properties[key] ?? extra;
			if (property) record[key] = normalizeValue(doc, property, record[key], key);
		}
	}
	return value;
}
