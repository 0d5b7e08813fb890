/** Fields with structure: JSON, lists of names or IDs, and the optional-fields collection. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { baseProperty, isBlank, readParameter, type Field, type FieldContext, type FieldOptions } from './field';
import { isGuid } from './guid';
import { inputError } from './inputError';

export function json(options: FieldOptions & { expected?: string }): Field {
	const expected = options.expected ?? 'valid JSON';
	return {
		property: { ...baseProperty(options), type: 'json', default: '' },
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw)) {
				if (options.required) throw inputError(context.node, context.itemIndex, options.displayName, expected, raw);
				return;
			}
			context.values[options.to ?? options.name] = parseJson(context, options.displayName, raw, expected) as IDataObject;
		},
	};
}

/** JSON text parsed (an object from an expression is taken as it is); the parser's complaint goes into the error. */
export function parseJson(context: FieldContext, field: string, raw: unknown, expected: string): unknown {
	if (typeof raw !== 'string') return raw;
	try {
		return JSON.parse(raw);
	} catch (error) {
		throw inputError(context.node, context.itemIndex, field, `${expected} (${(error as Error).message})`, raw);
	}
}

/** Splits `a, b` or takes an array (from an expression); blanks dropped, duplicates removed. */
export function toList(value: unknown): string[] {
	const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
	return [...new Set(parts.map((part) => String(part ?? '').trim()).filter(Boolean))];
}

/** A list of names (comma-separated or an array). */
export function names(options: FieldOptions): Field {
	return {
		property: { ...baseProperty(options), type: 'string', default: '' },
		apply(context, path) {
			const list = toList(readParameter(context, path));
			if (!list.length) {
				if (options.required) throw inputError(context.node, context.itemIndex, options.displayName, 'at least one name', readParameter(context, path));
				return;
			}
			context.values[options.to ?? options.name] = list;
		},
	};
}

/** A list of awork IDs (comma-separated or an array), each checked to be a GUID. */
export function ids(options: FieldOptions & { entity: string }): Field {
	return {
		property: { ...baseProperty(options), type: 'string', default: '' },
		apply(context, path) {
			const raw = readParameter(context, path);
			const list = toList(raw);
			if (!list.length) {
				if (options.required) {
					throw inputError(context.node, context.itemIndex, options.displayName, `at least one ${options.entity} ID`, raw);
				}
				return;
			}
			const bad = list.find((id) => !isGuid(id));
			if (bad !== undefined) {
				throw inputError(context.node, context.itemIndex, options.displayName, `${options.entity} IDs (GUIDs) separated by commas`, bad);
			}
			// The same ID in two spellings is one ID: dedupe after lower-casing.
			context.values[options.to ?? options.name] = [...new Set(list.map((id) => id.toLowerCase()))];
		},
	};
}

/** "Additional Fields" / "Update Fields": children are routed only when the user added them. */
export function optional(options: { name: string; displayName: string; description?: string; placeholder?: string; fields: Field[] }): Field {
	const property: INodeProperties = {
		displayName: options.displayName,
		name: options.name,
		type: 'collection',
		placeholder: options.placeholder ?? 'Add Field',
		default: {},
		description: options.description ?? 'Optional fields: only the ones you add are sent to awork',
		// n8n checks `required` of a collection's children even when they were not added (and for every
		// operation), so children never carry the flag; a child that was added still checks itself.
		options: options.fields.map((field) => {
			const child = { ...field.property };
			delete child.required;
			return child;
		}),
	};
	return {
		property,
		async apply(context, path) {
			const value = (readParameter(context, path) ?? {}) as IDataObject;
			for (const field of options.fields) {
				if (field.apply && field.property.name in value) await field.apply(context, `${path}.${field.property.name}`);
			}
		},
	};
}

/** A parameter the operation shows but whose value other code reads (e.g. Simplify). */
export function shown(property: INodeProperties): Field {
	return { property };
}

export { isBlank };

/** One awork ID where there is no picker (comments, checklist items): checked to be a GUID, sent in lower case. */
export function id(options: FieldOptions & { expected: string }): Field {
	return {
		property: {
			...baseProperty(options),
			type: 'string',
			default: '',
			placeholder: options.placeholder ?? 'e.g. 3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90',
		},
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw) && !options.required) return;
			if (!isGuid(raw)) throw inputError(context.node, context.itemIndex, options.displayName, options.expected, raw);
			context.values[options.to ?? options.name] = raw.trim().toLowerCase();
		},
	};
}
