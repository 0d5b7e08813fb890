/**
 * Custom field values of any awork entity that has them (projects, tasks): people pick a custom
 * field and type its value as text; awork wants each value in the property of the field's type
 * (`numberValue`, `dateValue`, `selectionOptionIdValue`, …). The field reads the workspace's
 * definitions (one GET per item) to convert and check every value BEFORE anything is sent.
 *
 * Set Custom Fields operation:
 *   operation({ path: '/tasks/{taskId}/setcustomfields', method: 'POST',
 *     fields: [locator('task'), customFieldValues({ entity: 'task', required: true })],
 *     body: customFieldsBody(), output: [successOutput(['taskId', 'customFields'])] })
 * Create operation: `customFieldValues({ entity: 'task', to: '_customFields' })` among its fields and
 *   `after: [setCustomFieldsStep({ path: '/tasks/{id}', entity: 'task' })]` (`{id}` is the new entity's ID).
 */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { aworkRequest } from '../transport/request';
import { toAworkDateTime, toDateTime } from './dates';
import { isBlank, readParameter, type Field, type FieldContext } from './field';
import { isGuid } from './guid';
import { inputError } from './inputError';
import { entityPath, followUpError } from './tags';

export type CustomFieldEntity = 'project' | 'task';

/** A custom field definition as `GET /customfielddefinitions` returns it (the parts used here). */
export interface CustomFieldDefinition {
	id: string;
	name?: string | null;
	entity?: string;
	type: string;
	selectionOptions?: Array<{ id: string; value: string }> | null;
}

/** One row of the parameter: the picked definition and the value as typed. */
export interface CustomFieldEntry {
	definition?: unknown;
	value?: unknown;
}

/** What a converter says about a value: the form's property and value, or what it expected. */
type Conversion = { property: string; value: unknown } | { expected: string };

const MAX_TEXT_LENGTH = 750;

/** Readable text of what n8n handed over (numbers, booleans and dates from expressions too). */
function asText(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	return undefined;
}

function toText(value: unknown): Conversion {
	const text = asText(value);
	if (text === undefined || text.length > MAX_TEXT_LENGTH) return { expected: `a text of at most ${MAX_TEXT_LENGTH} characters` };
	return { property: 'textValue', value: text };
}

function toLink(value: unknown): Conversion {
	const expected = 'a link such as https://example.com/page';
	const text = asText(value);
	if (!text || text.length > MAX_TEXT_LENGTH || /\s/.test(text)) return { expected };
	if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
		try {
			new URL(text);
		} catch {
			return { expected };
		}
	} else if (!/^[^./]+(\.[^./]+)+(\/.*)?$/.test(text)) {
		return { expected };
	}
	return { property: 'textValue', value: text };
}

/** `12.5`, `-3`, and `12,5` (a decimal comma, as awork's German users write it). */
export function parseNumber(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const normalised = /^-?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
	return /^-?(\d+(\.\d*)?|\.\d+)$/.test(normalised) ? Number(normalised) : undefined;
}

function toNumber(value: unknown): Conversion {
	const parsed = parseNumber(value);
	return parsed === undefined ? { expected: 'a number such as 1500 or 12.5' } : { property: 'numberValue', value: parsed };
}

/** A calendar date: the day as written (in its own zone), sent as midnight UTC. */
function toDate(value: unknown, _definition: CustomFieldDefinition, zone?: string): Conversion {
	const parsed = toDateTime(value, zone);
	if (!parsed) return { expected: 'a date such as 2024-05-31' };
	return { property: 'dateValue', value: `${parsed.toISODate()}T00:00:00.000Z` };
}

function toDateTimeValue(value: unknown, _definition: CustomFieldDefinition, zone?: string): Conversion {
	const parsed = toDateTime(value, zone);
	return parsed ? { property: 'dateValue', value: toAworkDateTime(parsed) } : { expected: 'an ISO 8601 date-time such as 2024-05-31T17:00:00Z' };
}

const TRUE_WORDS = ['true', 'yes', '1'];
const FALSE_WORDS = ['false', 'no', '0'];

export function parseBoolean(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	const text = asText(value)?.toLowerCase();
	if (text === undefined) return undefined;
	if (TRUE_WORDS.includes(text)) return true;
	if (FALSE_WORDS.includes(text)) return false;
	return undefined;
}

function toBoolean(value: unknown): Conversion {
	const parsed = parseBoolean(value);
	return parsed === undefined ? { expected: 'true or false (also yes/no, 1/0)' } : { property: 'booleanValue', value: parsed };
}

function toId(property: string, what: string) {
	return (value: unknown): Conversion => {
		const text = asText(value);
		return text && isGuid(text) ? { property, value: text.toLowerCase() } : { expected: `a ${what} ID (GUID)` };
	};
}

/** A selection option by its ID or its name (case-insensitive). */
function toSelection(value: unknown, definition: CustomFieldDefinition): Conversion {
	const options = definition.selectionOptions ?? [];
	const text = asText(value)?.toLowerCase();
	const option = text === undefined ? undefined : options.find((o) => o.id.toLowerCase() === text || o.value.trim().toLowerCase() === text);
	if (option) return { property: 'selectionOptionIdValue', value: option.id };
	const names = options.map((o) => `'${o.value}'`).join(', ');
	return { expected: options.length ? `one of its options ${names} (or an option ID)` : 'an option, but the field has none' };
}

const CONVERTERS: Record<string, (value: unknown, definition: CustomFieldDefinition, zone?: string) => Conversion> = {
	text: toText,
	link: toLink,
	number: toNumber,
	date: toDate,
	datetime: toDateTimeValue,
	select: toSelection,
	coloredSelect: toSelection,
	boolean: toBoolean,
	user: toId('userIdValue', 'user'),
	client: toId('clientIdValue', 'client company'),
};

/** The form property each type's value goes into (used to clear a field). */
const VALUE_PROPERTY: Record<string, string> = {
	text: 'textValue',
	link: 'textValue',
	number: 'numberValue',
	date: 'dateValue',
	datetime: 'dateValue',
	select: 'selectionOptionIdValue',
	coloredSelect: 'selectionOptionIdValue',
	boolean: 'booleanValue',
	user: 'userIdValue',
	client: 'clientIdValue',
};

export type CustomFieldProblem = { problem: true; field: string; expected: string; got: unknown };

export function isProblem(result: IDataObject | CustomFieldProblem): result is CustomFieldProblem {
	return (result as CustomFieldProblem).problem === true;
}

/**
 * awork's CustomFieldPostForm for one entry, or the problem with it. A blank value clears the
 * field (its value property sent as null). Pure, so it is tested without awork.
 */
export function toCustomFieldForm(
	entry: CustomFieldEntry,
	definitions: CustomFieldDefinition[],
	entity: CustomFieldEntity,
	fieldLabel: string,
	/** The workflow's time zone, for dates written without an offset. */
	zone?: string,
): IDataObject | CustomFieldProblem {
	const id = asText(entry.definition);
	if (!id || !isGuid(id)) return { problem: true, field: fieldLabel, expected: 'a custom field picked from the list or its ID (GUID)', got: entry.definition };
	const definition = definitions.find((d) => d.id.toLowerCase() === id.toLowerCase());
	if (!definition) return { problem: true, field: fieldLabel, expected: `a ${entity} custom field of this workspace`, got: entry.definition };
	const label = `${fieldLabel}: ${definition.name ?? definition.id}`;
	if (definition.entity && definition.entity !== entity) {
		return { problem: true, field: label, expected: `a ${entity} custom field`, got: `a ${definition.entity} custom field` };
	}
	const convert = CONVERTERS[definition.type];
	if (!convert) return { problem: true, field: label, expected: 'a custom field of a type this node knows', got: definition.type };
	if (isBlank(entry.value)) return { customFieldDefinitionId: definition.id, [VALUE_PROPERTY[definition.type]]: null };
	const converted = convert(entry.value, definition, zone);
	if ('expected' in converted) return { problem: true, field: label, expected: `${converted.expected} (a ${definition.type} field)`, got: entry.value };
	return { customFieldDefinitionId: definition.id, [converted.property]: converted.value as IDataObject[string] };
}

export interface CustomFieldValuesOptions {
	entity: CustomFieldEntity;
	name?: string;
	displayName?: string;
	description?: string;
	/** The value it fills; default `customFields`. Use `_customFields` for a follow-up step. */
	to?: string;
	required?: boolean;
}

const LOAD_METHOD: Record<CustomFieldEntity, string> = { project: 'getProjectCustomFields', task: 'getTaskCustomFields' };

/** The rows of the parameter (`{ field: [...] }`), without rows left completely empty. */
function entriesOf(raw: unknown): CustomFieldEntry[] | undefined {
	if (raw === undefined || raw === null || raw === '') return [];
	if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
	const rows = (raw as IDataObject).field ?? [];
	if (!Array.isArray(rows)) return undefined;
	return (rows as CustomFieldEntry[]).filter((row) => !(isBlank(row.definition) && isBlank(row.value)));
}

/**
 * The custom-field values parameter (a list of Field + Value rows) and its check: each value is
 * converted by the type of its definition into awork's CustomFieldPostForm; the list goes to `to`.
 */
export function customFieldValues(options: CustomFieldValuesOptions): Field {
	const displayName = options.displayName ?? 'Custom Fields';
	const property: INodeProperties = {
		displayName,
		name: options.name ?? 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description:
			options.description ??
			`Values of ${options.entity} custom fields. Each value is text in the field's format: number (12.5), date (2024-05-31), date-time (ISO 8601), true/false, a selection option's name or ID, a user or client ID; leave it empty to clear the field.`,
		...(options.required ? { required: true } : {}),
		options: [
			{
				name: 'field',
				displayName: 'Custom Field',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'definition',
						type: 'options',
						typeOptions: { loadOptionsMethod: LOAD_METHOD[options.entity] },
						default: '',
						description: `The ${options.entity} custom field. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							"The value as text in the field's format (see the field's type in the list); a selection by option name or ID; empty clears the field",
					},
				],
			},
		],
	};
	const to = options.to ?? 'customFields';
	return {
		property,
		async apply(context, path) {
			const raw = readParameter(context, path);
			const entries = entriesOf(raw);
			if (!entries) throw inputError(context.node, context.itemIndex, displayName, 'a list of custom fields with values', raw);
			if (!entries.length) {
				if (options.required) throw inputError(context.node, context.itemIndex, displayName, 'at least one custom field with a value', raw);
				return;
			}
			const definitions = await readDefinitions(context);
			const forms: IDataObject[] = [];
			for (const entry of entries) {
				const result = toCustomFieldForm(entry, definitions, options.entity, displayName, context.fn.getTimezone());
				if (isProblem(result)) throw inputError(context.node, context.itemIndex, result.field, result.expected, result.got);
				if (forms.some((form) => form.customFieldDefinitionId === result.customFieldDefinitionId)) {
					const definition = definitions.find((d) => d.id === result.customFieldDefinitionId);
					throw inputError(context.node, context.itemIndex, `${displayName}: ${definition?.name ?? definition?.id}`, 'each custom field at most once', entry.value);
				}
				forms.push(result);
			}
			context.values[to] = forms;
		},
	};
}

export async function readDefinitions(context: FieldContext): Promise<CustomFieldDefinition[]> {
	const answer = await aworkRequest.call(context.fn, { method: 'GET', path: '/customfielddefinitions', itemIndex: context.itemIndex });
	return Array.isArray(answer) ? (answer as CustomFieldDefinition[]) : [];
}

/** `body` of a Set Custom Fields operation: the forms in `from` (an array, as awork wants it). */
export function customFieldsBody(from = 'customFields') {
	return (values: IDataObject): IDataObject[] => (values[from] as IDataObject[]) ?? [];
}

/**
 * After a Create: sets the custom field values in `from` (default `_customFields`) on the new
 * entity through `POST <path>/setcustomfields` (awork answers without a body; re-read the
 * entity afterwards to see them).
 */
export function setCustomFieldsStep(options: { path: string; entity: string; from?: string }) {
	const from = options.from ?? '_customFields';
	return async (context: FieldContext, entity: IDataObject): Promise<IDataObject | void> => {
		const forms = context.values[from] as IDataObject[] | undefined;
		if (!forms?.length) return;
		try {
			await aworkRequest.call(context.fn, {
				method: 'POST',
				path: `${entityPath(options.path, context, entity)}/setcustomfields`,
				body: forms,
				itemIndex: context.itemIndex,
			});
		} catch (error) {
			throw followUpError(context, options.entity, entity, 'setting its custom fields', error);
		}
	};
}
