/**
 * Compiles a property path (`company/name`) into a reader, checking each segment against the
 * item schema when there is one. Shared by `filterby` and `orderby`.
 */
import { unknownPropertyError } from './errors';
import type { SchemaNavigator } from './schema';
import { propertyReader } from './values';

type Schema = Record<string, any>;

export interface CompiledPath {
	read: (obj: unknown) => unknown;
	/** Schema of the value the path reaches; undefined when unknown (no schema, or an open object). */
	schema?: Schema;
}

export interface PathScope {
	parameter: 'filterby' | 'orderby';
	navigator?: SchemaNavigator;
	/** Schema of the object the path starts at. */
	schema?: Schema;
	/** How the path is spelled in the request, for error messages (e.g. with its lambda variable). */
	display: string;
}

export function compilePath(segments: readonly string[], scope: PathScope): CompiledPath {
	const { navigator, parameter, display } = scope;
	let schema = scope.schema;
	const readers: Array<(obj: unknown) => unknown> = [];
	for (let i = 0; i < segments.length; i++) {
		const segment = segments[i];
		// `_`-prefixed fields are the sandbox's bookkeeping, never part of an API model.
		if (segment.startsWith('_')) throw unknownPropertyError(parameter, display, 'does not exist');
		let spelling = segment;
		if (schema && navigator) {
			const kind = navigator.kind(schema);
			if (kind === 'array') {
				throw unknownPropertyError(parameter, display, `goes through the collection '${segments[i - 1]}'; use any() or count()`);
			}
			if (kind === 'string' || kind === 'number' || kind === 'boolean') {
				throw unknownPropertyError(parameter, display, `does not exist ('${segments[i - 1]}' has no properties)`);
			}
			if (kind === 'object') {
				const property = navigator.property(schema, segment);
				if (property === 'missing') throw unknownPropertyError(parameter, display, 'does not exist');
				if (property === 'open') {
					schema = undefined;
				} else {
					spelling = property.name;
					schema = property.schema;
				}
			} else {
				schema = undefined;
			}
		}
		readers.push(propertyReader(spelling));
	}
	return { read: chain(readers), schema };
}

function chain(readers: Array<(obj: unknown) => unknown>): (obj: unknown) => unknown {
	if (readers.length === 1) return readers[0];
	if (readers.length === 2) {
		const [a, b] = readers;
		return (obj) => b(a(obj));
	}
	return (obj) => {
		let value = obj;
		for (const read of readers) {
			if (value === null || value === undefined) return undefined;
			value = read(value);
		}
		return value;
	};
}
