/** The custom field definition fields the operations share: entity kinds, value types, the definition picker, selection options. */
import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import { shownWhen } from '../../shared/fields/conditional';
import { isBlank, readParameter, type Field } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { inputError } from '../../shared/fields/inputError';
import { choice } from '../../shared/fields/scalars';

export const ENTITY_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Project', value: 'project', description: 'A field on projects' },
	{ name: 'Task', value: 'task', description: 'A field on tasks' },
];

/** awork's value types (CustomFieldDefinition.type). */
export const TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Boolean', value: 'boolean', description: 'Yes or no' },
	{ name: 'Client', value: 'client', description: 'A client company of the workspace' },
	{ name: 'Colored Select', value: 'coloredSelect', description: 'One of a list of options, each with a color' },
	{ name: 'Date', value: 'date', description: 'A calendar date' },
	{ name: 'Date and Time', value: 'datetime', description: 'A date with a time of day' },
	{ name: 'Link', value: 'link', description: 'A web address' },
	{ name: 'Number', value: 'number', description: 'A number' },
	{ name: 'Select', value: 'select', description: 'One of a list of options' },
	{ name: 'Text', value: 'text', description: 'Free text' },
	{ name: 'User', value: 'user', description: 'A user of the workspace' },
];

export const SELECT_TYPES = ['select', 'coloredSelect'];

const COLORS = ['red', 'orange', 'yellow', 'green', 'cyan', 'blue', 'indigo', 'purple', 'steel'];

/** Project or task definitions; the definition pickers depend on it. */
export const entityField = (description: string, to = 'entity'): Field =>
	choice({ name: 'entity', displayName: 'Entity', description, options: ENTITY_OPTIONS, default: 'task', required: true, to });

/** The definition, from the project or the task definitions as Entity says; both write `to`. */
export function definitionFields(entityValue: string, to: string): Field[] {
	const picker = (entity: string, name: string, loadOptionsMethod: string) =>
		shownWhen(
			{ parameter: 'entity', value: entityValue, is: [entity] },
			choice({
				name,
				displayName: 'Custom Field Name or ID',
				description: `The ${entity} custom field definition.`,
				loadOptionsMethod,
				required: true,
				expected: 'a custom field definition ID (GUID) from the list',
				validate: isGuid,
				to,
			}),
		);
	return [picker('project', 'projectCustomFieldId', 'getProjectCustomFields'), picker('task', 'taskCustomFieldId', 'getTaskCustomFields')];
}

/** Options of a select field, in the order given (awork's `order` is their position). */
export const selectionOptionsField: Field = {
	property: {
		displayName: 'Selection Options',
		name: 'selectionOptions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Option',
		default: {},
		description: 'The options people can choose from, in this order',
		options: [
			{
				name: 'option',
				displayName: 'Option',
				values: [
					{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'The text of the option, at most 255 characters' },
					{
						displayName: 'Color',
						name: 'color',
						type: 'options',
						default: '',
						description: 'The color of the option (used by Colored Select)',
						options: [{ name: 'None', value: '' }, ...COLORS.map((color) => ({ name: color.charAt(0).toUpperCase() + color.slice(1), value: color }))],
					},
				],
			},
		],
	},
	apply(context, path) {
		const rows = ((readParameter(context, path) ?? {}) as IDataObject).option;
		if (rows === undefined) return;
		const field = 'Selection Options';
		if (!Array.isArray(rows)) throw inputError(context.node, context.itemIndex, field, 'a list of options', rows);
		context.values.selectionOptions = (rows as IDataObject[]).map((row, index) => {
			const value = typeof row.value === 'string' ? row.value.trim() : row.value;
			if (isBlank(value) || typeof value !== 'string' || value.length > 255) {
				throw inputError(context.node, context.itemIndex, `${field}: Option ${index + 1}`, 'a value of 1 to 255 characters', row.value);
			}
			const color = isBlank(row.color) ? undefined : String(row.color);
			if (color !== undefined && !COLORS.includes(color)) {
				throw inputError(context.node, context.itemIndex, `${field}: Option ${index + 1}`, `a color, one of ${COLORS.join(', ')}`, row.color);
			}
			return { value, ...(color ? { color } : {}), order: index };
		});
	},
};
