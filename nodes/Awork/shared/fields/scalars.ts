/** Text, number, boolean and choice fields: checked, trimmed, and left out when optional and blank. */
import type { INodePropertyOptions, INodeProperties } from 'n8n-workflow';

import { baseProperty, isBlank, readParameter, type Field, type FieldOptions } from './field';
import { isGuid } from './guid';
import { inputError } from './inputError';

export function text(options: FieldOptions & { multiline?: boolean; default?: string }): Field {
	return {
		property: {
			...baseProperty(options),
			type: 'string',
			default: options.default ?? '',
			...(options.multiline ? { typeOptions: { rows: 4 } } : {}),
		},
		apply(context, path) {
			const value = readParameter(context, path);
			if (isBlank(value)) {
				if (options.required) throw inputError(context.node, context.itemIndex, options.displayName, 'a non-empty text', value);
				return;
			}
			if (typeof value === 'object') throw inputError(context.node, context.itemIndex, options.displayName, 'a text', value);
			context.values[options.to ?? options.name] = options.multiline ? String(value) : String(value).trim();
		},
	};
}

export function number(options: FieldOptions & { integer?: boolean; min?: number; max?: number; default?: number }): Field {
	const bounds = [
		options.min !== undefined ? `at least ${options.min}` : '',
		options.max !== undefined ? `at most ${options.max}` : '',
	].filter(Boolean);
	const expected = `${options.integer ? 'a whole number' : 'a number'}${bounds.length ? ` of ${bounds.join(' and ')}` : ''}`;
	return {
		property: {
			...baseProperty(options),
			type: 'number',
			default: options.default ?? (options.required ? 0 : ''),
			typeOptions: {
				...(options.min !== undefined ? { minValue: options.min } : {}),
				...(options.max !== undefined ? { maxValue: options.max } : {}),
				...(options.integer ? { numberPrecision: 0 } : {}),
			},
		} as INodeProperties,
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw)) {
				if (options.required) throw inputError(context.node, context.itemIndex, options.displayName, expected, raw);
				return;
			}
			const value = typeof raw === 'string' ? Number(raw.trim()) : raw;
			const ok =
				typeof value === 'number' &&
				Number.isFinite(value) &&
				(!options.integer || Number.isInteger(value)) &&
				(options.min === undefined || value >= options.min) &&
				(options.max === undefined || value <= options.max);
			if (!ok) throw inputError(context.node, context.itemIndex, options.displayName, expected, raw);
			context.values[options.to ?? options.name] = value;
		},
	};
}

export function boolean(options: FieldOptions & { default?: boolean }): Field {
	return {
		property: { ...baseProperty(options), type: 'boolean', default: options.default ?? false },
		apply(context, path) {
			const raw = readParameter(context, path);
			if (raw === undefined) return;
			const value = raw === 'true' ? true : raw === 'false' ? false : raw;
			if (typeof value !== 'boolean') throw inputError(context.node, context.itemIndex, options.displayName, 'true or false', raw);
			context.values[options.to ?? options.name] = value;
		},
	};
}

/**
 * A choice: fixed `options`, or loaded from awork (`loadOptionsMethod`, re-loaded when the
 * parameters in `dependsOn` change). Loaded choices may be set by expression to an ID.
 */
export function choice(
	options: FieldOptions & {
		options?: INodePropertyOptions[];
		loadOptionsMethod?: string;
		dependsOn?: string[];
		default?: string;
		/** Check that a value (e.g. from an expression) is one of these. */
		allowed?: string[];
		/** What a valid value looks like, for the error message. */
		expected?: string;
		validate?: (value: string) => boolean;
	},
): Field {
	const allowed = options.allowed ?? options.options?.map((option) => String(option.value));
	return {
		property: {
			...baseProperty(options),
			type: 'options',
			...(options.options ? { options: options.options } : {}),
			...(options.loadOptionsMethod
				? {
						typeOptions: {
							loadOptionsMethod: options.loadOptionsMethod,
							...(options.dependsOn ? { loadOptionsDependsOn: options.dependsOn } : {}),
						},
						description: `${options.description} Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
					}
				: {}),
			default: options.default ?? '',
		},
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw)) {
				if (options.required) {
					throw inputError(context.node, context.itemIndex, options.displayName, options.expected ?? 'a value from the list', raw);
				}
				return;
			}
			const value = String(raw).trim();
			const ok = options.validate ? options.validate(value) : !allowed || allowed.includes(value);
			if (!ok) {
				const expected = options.expected ?? (allowed ? `one of ${allowed.map((v) => `'${v}'`).join(', ')}` : 'a value from the list');
				throw inputError(context.node, context.itemIndex, options.displayName, expected, raw);
			}
			// awork answers IDs in lower case; an ID typed or mapped in upper case is the same ID.
			context.values[options.to ?? options.name] = isGuid(value) ? value.toLowerCase() : value;
		},
	};
}
