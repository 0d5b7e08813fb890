/**
 * Turns OpenAPI 3.0 schema objects into JSON Schema (draft-07) that Ajv validates, in one of two
 * flavours, because ASP.NET treats requests and responses differently:
 * - `request`: unknown properties are ignored by the deserializer (so `additionalProperties: false`
 *   is dropped), `readOnly` properties are neither required nor checked, date-times are parsed
 *   leniently (offset and seconds optional).
 * - `response`: exactly what the spec declares; `writeOnly` properties are neither required nor checked.
 * In both, `nullable` becomes a `null` type (and a `null` enum member), and a property that is a
 * bare `$ref` may also be `null`: OpenAPI 3.0 cannot mark a `$ref` nullable, so generated specs
 * (Swashbuckle) drop the flag for optional nested models that the API does return as `null`.
 */

export type SchemaVariant = 'request' | 'response';

/** Keywords whose value is copied as is. Everything else (example, description, x-*, ...) is dropped. */
const PLAIN_KEYWORDS = [
	'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum',
	'exclusiveMaximum', 'multipleOf', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
];

/** Lenient ASP.NET date-time parsing for request values; see `formats.ts`. */
export const REQUEST_DATE_TIME_FORMAT = 'aspnet-date-time';

export interface ConvertOptions {
	variant: SchemaVariant;
	/** Maps a component name (from `#/components/schemas/<name>`) to the `$id` it is registered under. */
	componentId(name: string): string;
}

export function toJsonSchema(schema: any, options: ConvertOptions): any {
	if (schema === true || schema === false) return schema;
	if (!schema || typeof schema !== 'object') return {};
	if (typeof schema.$ref === 'string') return { $ref: refTarget(schema.$ref, options) };

	const out: Record<string, any> = {};
	for (const keyword of PLAIN_KEYWORDS) if (schema[keyword] !== undefined) out[keyword] = schema[keyword];

	if (typeof schema.format === 'string') {
		out.format = options.variant === 'request' && schema.format === 'date-time' ? REQUEST_DATE_TIME_FORMAT : schema.format;
	}
	if (schema.type !== undefined) out.type = schema.type;
	if (schema.nullable === true) {
		if (out.type !== undefined) out.type = [...new Set([...[out.type].flat(), 'null'])];
		if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
	}

	for (const combiner of ['allOf', 'anyOf', 'oneOf'] as const) {
		if (Array.isArray(schema[combiner])) out[combiner] = schema[combiner].map((s: any) => toJsonSchema(s, options));
	}
	if (schema.not) out.not = toJsonSchema(schema.not, options);
	if (schema.items) out.items = toJsonSchema(schema.items, options);

	if (schema.properties) convertProperties(schema, out, options);
	else if (Array.isArray(schema.required) && schema.required.length) out.required = [...schema.required];

	if (schema.additionalProperties !== undefined) {
		const additional = schema.additionalProperties;
		if (typeof additional === 'object') out.additionalProperties = toJsonSchema(additional, options);
		else if (options.variant === 'response' || additional === true) out.additionalProperties = additional;
	}
	return out;
}

function convertProperties(schema: any, out: Record<string, any>, options: ConvertOptions): void {
	const ignored = options.variant === 'request' ? 'readOnly' : 'writeOnly';
	const properties: Record<string, any> = {};
	const skipped = new Set<string>();
	for (const [name, property] of Object.entries<any>(schema.properties)) {
		if (property && property[ignored] === true) {
			// Present but meaningless in this direction: accept whatever is sent.
			properties[name] = {};
			skipped.add(name);
		} else if (property && typeof property.$ref === 'string') {
			properties[name] = { if: { type: 'null' }, then: true, else: toJsonSchema(property, options) };
		} else {
			properties[name] = toJsonSchema(property, options);
		}
	}
	out.properties = properties;
	const required = (schema.required ?? []).filter((name: string) => !skipped.has(name));
	if (required.length) out.required = required;
}

function refTarget(ref: string, options: ConvertOptions): string {
	const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
	if (!match) throw new Error(`Unsupported schema $ref ${ref}`);
	return options.componentId(decodeURIComponent(match[1]));
}
