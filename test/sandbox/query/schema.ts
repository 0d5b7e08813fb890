/**
 * Walks an OpenAPI item schema to check the property paths a filter or order names, so the
 * sandbox rejects `filterby=fooBar eq 1` the way awork does. Names match case-insensitively and
 * resolve to the schema's own spelling. An object schema without declared properties (or one that
 * allows additional properties) is "open": any path below it is accepted.
 */

export interface ItemSchema {
	schema: object;
	resolve(ref: string): object;
}

type Schema = Record<string, any>;

export type SchemaKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'unknown';

export class SchemaNavigator {
	private readonly propertyCache = new Map<Schema, Map<string, { name: string; schema: Schema }>>();

	constructor(private readonly resolveRef: (ref: string) => object) {}

	/** Follows `$ref`s (a `$ref` with siblings like `nullable` keeps the target). */
	deref(schema: Schema): Schema {
		let current = schema;
		for (let hops = 0; current && typeof current.$ref === 'string'; hops++) {
			if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
			current = this.resolveRef(current.$ref) as Schema;
		}
		return current ?? {};
	}

	kind(schema: Schema): SchemaKind {
		const s = this.deref(schema);
		const parts = this.parts(s);
		for (const part of parts) {
			if (part.type === 'array' || part.items) return 'array';
			if (part.type === 'object' || part.properties) return 'object';
			if (part.type === 'string') return 'string';
			if (part.type === 'integer' || part.type === 'number') return 'number';
			if (part.type === 'boolean') return 'boolean';
		}
		return 'unknown';
	}

	/** `format` of a (scalar) schema, e.g. `date-time`, `uuid`. */
	format(schema: Schema): string | undefined {
		for (const part of this.parts(this.deref(schema))) if (typeof part.format === 'string') return part.format;
		return undefined;
	}

	itemsOf(schema: Schema): Schema | undefined {
		for (const part of this.parts(this.deref(schema))) if (part.items) return part.items as Schema;
		return undefined;
	}

	/**
	 * The schema of property `name` (case-insensitive) with its declared spelling; `open` when the
	 * object accepts unknown properties; `missing` when it does not have it.
	 */
	property(schema: Schema, name: string): { name: string; schema: Schema } | 'open' | 'missing' {
		const s = this.deref(schema);
		const props = this.properties(s);
		const found = props.get(name.toLowerCase());
		if (found) return found;
		const closed = props.size > 0 && this.parts(s).every((part) => part.additionalProperties === undefined || part.additionalProperties === false);
		return closed ? 'missing' : 'open';
	}

	/** The schema itself plus everything it is composed of (`allOf`/`oneOf`/`anyOf`), dereferenced. */
	private parts(schema: Schema, depth = 0): Schema[] {
		const out: Schema[] = [schema];
		if (depth > 16) return out;
		for (const key of ['allOf', 'oneOf', 'anyOf']) {
			const list = schema[key];
			if (Array.isArray(list)) for (const sub of list) out.push(...this.parts(this.deref(sub), depth + 1));
		}
		return out;
	}

	private properties(schema: Schema): Map<string, { name: string; schema: Schema }> {
		let map = this.propertyCache.get(schema);
		if (!map) {
			map = new Map();
			for (const part of this.parts(schema)) {
				const props = part.properties as Record<string, Schema> | undefined;
				if (!props) continue;
				for (const [name, sub] of Object.entries(props)) {
					if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), { name, schema: sub });
				}
			}
			this.propertyCache.set(schema, map);
		}
		return map;
	}
}
