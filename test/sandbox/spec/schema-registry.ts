/**
 * One Ajv instance per pair of spec documents, with every component schema registered once per
 * API version and variant (request/response), and validators compiled lazily and cached: 700+
 * operations must not be compiled at startup, and each is compiled at most once.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ApiVersion } from '../types';
import type { OpenApiDocument, SpecDocuments } from './load';
import { REQUEST_DATE_TIME_FORMAT, type SchemaVariant, toJsonSchema } from './json-schema';

const ID_BASE = 'https://awork-sandbox.invalid';

/** ISO 8601 date, optionally with a time (seconds and fraction optional) and an offset, as DateTime.Parse takes it. */
const LENIENT_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,7})?)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

export function isLenientDateTime(value: string): boolean {
	const m = LENIENT_DATE_TIME.exec(value);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return false;
	return Number(m[4] ?? 0) < 24 && Number(m[5] ?? 0) < 60 && Number(m[6] ?? 0) < 60;
}

export class SchemaRegistry {
	private static readonly byDocuments = new WeakMap<OpenApiDocument, WeakMap<OpenApiDocument, SchemaRegistry>>();

	/** The registry shared by every validator built from the same documents. */
	static for(specs: SpecDocuments): SchemaRegistry {
		let inner = SchemaRegistry.byDocuments.get(specs.v1);
		if (!inner) SchemaRegistry.byDocuments.set(specs.v1, (inner = new WeakMap()));
		let registry = inner.get(specs.v2);
		if (!registry) inner.set(specs.v2, (registry = new SchemaRegistry(specs)));
		return registry;
	}

	readonly ajv: Ajv;
	private readonly registered = new Set<string>();
	private readonly byObject = new Map<string, WeakMap<object, ValidateFunction>>();
	/** Equal schemas (e.g. the hundreds of `{type: string, format: uuid}` parameters) share one validator. */
	private readonly byText = new Map<string, ValidateFunction>();

	private constructor(private readonly specs: SpecDocuments) {
		// verbose: errors carry the offending value, which awork's messages quote.
		this.ajv = new Ajv({ allErrors: true, verbose: true, strict: false, validateSchema: false, inlineRefs: false });
		addFormats(this.ajv);
		this.ajv.addFormat(REQUEST_DATE_TIME_FORMAT, { type: 'string', validate: isLenientDateTime });
	}

	/** The `$id` under which a component schema is registered. */
	componentId(api: ApiVersion, variant: SchemaVariant, name: string): string {
		return `${ID_BASE}/${api}/${variant}/${encodeURIComponent(name)}`;
	}

	/** Converts an OpenAPI schema (may contain component `$ref`s) to JSON Schema for this api/variant. */
	convert(api: ApiVersion, variant: SchemaVariant, schema: any): any {
		return toJsonSchema(schema, { variant, componentId: (name) => this.componentId(api, variant, name) });
	}

	/** A compiled validator for an OpenAPI schema object; cached by identity and by content. */
	compile(api: ApiVersion, variant: SchemaVariant, schema: object): ValidateFunction {
		this.registerComponents(api, variant);
		const key = `${api}/${variant}`;
		let cache = this.byObject.get(key);
		if (!cache) this.byObject.set(key, (cache = new WeakMap()));
		let validate = cache.get(schema);
		if (!validate) {
			const converted = this.convert(api, variant, schema);
			const text = `${key} ${JSON.stringify(converted)}`;
			validate = this.byText.get(text);
			if (!validate) this.byText.set(text, (validate = this.ajv.compile(converted)));
			cache.set(schema, validate);
		}
		return validate;
	}

	private registerComponents(api: ApiVersion, variant: SchemaVariant): void {
		const key = `${api}/${variant}`;
		if (this.registered.has(key)) return;
		this.registered.add(key);
		for (const [name, schema] of Object.entries(this.specs[api].components?.schemas ?? {})) {
			this.ajv.addSchema({ $id: this.componentId(api, variant, name), ...this.convert(api, variant, schema) });
		}
	}
}
