/**
 * Custom field values as one JSON object (`{ "Budget code": "A-12", "<definition ID>": 12.5 }`):
 * what an expression or an AI agent can fill, where the Field + Value rows cannot be set at once.
 * Checked and converted exactly like the rows, and added to them.
 */
import type { IDataObject } from 'n8n-workflow';

import { isProblem, readDefinitions, toCustomFieldForm, type CustomFieldEntity } from './customFields';
import { baseProperty, isBlank, readParameter, type Field } from './field';
import { isGuid } from './guid';
import { inputError } from './inputError';
import { parseJson } from './structured';

const EXPECTED = 'a JSON object of custom field names or IDs to values, e.g. {"Budget code": "A-12"}';

export function customFieldValuesJson(options: {
	entity: CustomFieldEntity;
	/** Where the rows wrote their forms; the JSON's are appended. */
	to?: string;
	/** At least one value from the rows or the JSON. */
	requireAny?: boolean;
}): Field {
	const displayName = 'Custom Fields (JSON)';
	const to = options.to ?? 'customFields';
	return {
		property: {
			...baseProperty({
				name: 'customFieldsJson',
				displayName,
				description: `Custom field values as a JSON object of field name or ID to value, e.g. {"Budget code": "A-12", "Review on": "2024-05-31"}; values in the same formats as the Custom Fields rows, which they are added to. Handy for expressions and AI agents.`,
			}),
			type: 'json',
			default: '',
		},
		async apply(context, path) {
			const raw = readParameter(context, path);
			const forms = (context.values[to] as IDataObject[] | undefined) ?? [];
			if (isBlank(raw) || (typeof raw === 'string' && raw.trim() === '{}')) {
				if (options.requireAny && !forms.length) {
					throw inputError(context.node, context.itemIndex, 'Custom Fields', `at least one custom field with a value (as rows or in ${displayName})`, raw);
				}
				return;
			}
			const parsed = parseJson(context, displayName, raw, EXPECTED);
			if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
				throw inputError(context.node, context.itemIndex, displayName, EXPECTED, raw);
			}
			const definitions = (await readDefinitions(context)).filter((d) => !d.entity || d.entity === options.entity);
			for (const [key, value] of Object.entries(parsed as IDataObject)) {
				const named = definitions.filter((d) => String(d.name ?? '').trim().toLowerCase() === key.trim().toLowerCase());
				if (!isGuid(key) && named.length !== 1) {
					const expected = named.length ? `a custom field name that is unique (use its ID)` : `the name or ID of a ${options.entity} custom field`;
					throw inputError(context.node, context.itemIndex, displayName, expected, key);
				}
				const definition = isGuid(key) ? key : named[0].id;
				const result = toCustomFieldForm({ definition, value }, definitions, options.entity, displayName, context.fn.getTimezone());
				if (isProblem(result)) throw inputError(context.node, context.itemIndex, result.field, result.expected, result.got);
				if (forms.some((form) => form.customFieldDefinitionId === result.customFieldDefinitionId)) {
					throw inputError(context.node, context.itemIndex, `${displayName}: ${key}`, 'each custom field at most once', value);
				}
				forms.push(result);
			}
			context.values[to] = forms;
		},
	};
}
