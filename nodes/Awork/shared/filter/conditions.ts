/**
 * The condition builder: rows of field, operator, value type and value, in two groups, "Match
 * All" (AND) and "Match Any" (OR); the groups are combined with AND. A field inside a list (such as
 * `tags/name`) is asked with `any`: positive operators match when an element matches, Not Equals
 * and Is Empty when no element does.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { checkFieldPath, type Condition, type FilterNode } from './compile';
import type { ListQueryEntity } from './entities';
import { fieldDisplayName, fieldTypeHint, type FieldSpec, type FieldType } from './fieldSpec';
import { FilterInputError, specialTermKind, type Literal, type ValueType } from './literal';
import { toList } from './typedFilters';

export interface ConditionRow {
	field?: string;
	operator?: string;
	valueType?: string;
	value?: unknown;
}

export interface ConditionsValue {
	all?: ConditionRow[];
	any?: ConditionRow[];
}

const OPERATORS: INodePropertyOptions[] = [
	{ name: 'Equals', value: 'eq', description: 'Field equals the value (for a field in a list: some element does)' },
	{ name: 'Not Equals', value: 'ne', description: 'Field differs from the value (for a field in a list: no element equals it)' },
	{ name: 'Greater Than (After)', value: 'gt', description: 'Field is greater than, or for dates after, the value' },
	{ name: 'Greater Than or Equal', value: 'ge', description: 'Field is greater than or equal to the value' },
	{ name: 'Less Than (Before)', value: 'lt', description: 'Field is less than, or for dates before, the value' },
	{ name: 'Less Than or Equal', value: 'le', description: 'Field is less than or equal to the value' },
	{ name: 'Contains', value: 'contains', description: 'Text field contains the value' },
	{ name: 'Starts With', value: 'startswith', description: 'Text field starts with the value' },
	{ name: 'Ends With', value: 'endswith', description: 'Text field ends with the value' },
	{
		name: 'Is One Of',
		value: 'in',
		description: 'Field equals one of the values: comma-separated, or a JSON array when values contain commas',
	},
	{ name: 'Is Empty', value: 'isNull', description: 'Field has no value (for a field in a list: no element has one)' },
	{ name: 'Is Not Empty', value: 'isNotNull', description: 'Field has a value' },
];

const VALUE_TYPES: INodePropertyOptions[] = [
	{
		name: 'Same as Field',
		value: 'auto',
		description: 'Read the value as the chosen field’s type; date fields also take special terms such as today-3d, ID fields me',
	},
	{ name: 'Text', value: 'text', description: 'Text, compared as is' },
	{ name: 'Number', value: 'number', description: 'A number such as 3600 or 2.5' },
	{ name: 'Boolean', value: 'boolean', description: 'True or false' },
	{ name: 'Date', value: 'date', description: 'ISO 8601 date or date and time; without an offset, in the workflow time zone' },
	{ name: 'ID', value: 'guid', description: 'A GUID' },
	{ name: 'Null', value: 'null', description: 'No value; the Value field is ignored' },
	{ name: 'Special Term', value: 'special', description: 'Me, now, today, today-3d, today+5d, sow, eow, som, eom' },
];

const FIELD_TYPE_TO_VALUE: Record<FieldType, ValueType> = {
	string: 'text',
	number: 'number',
	boolean: 'boolean',
	date: 'date',
	guid: 'guid',
};

/** The `conditions` property for an entity. */
export function conditionsProperty(entity: ListQueryEntity): INodeProperties {
	const fieldOptions = entity.fields
		.map((field) => ({ name: fieldDisplayName(field[0]), value: field[0], description: fieldTypeHint(field) }))
		.sort((a, b) => a.name.localeCompare(b.name));
	const defaultField = fieldOptions.some((option) => option.value === 'name') ? 'name' : fieldOptions[0]?.value ?? '';
	const row: INodeProperties[] = [
		{
			displayName: 'Field',
			name: 'field',
			type: 'options',
			options: fieldOptions,
			default: defaultField,
			description: `Property of the ${entity.name} to test (its path in awork's model)`,
		},
		{
			displayName: 'Operator',
			name: 'operator',
			type: 'options',
			options: OPERATORS,
			default: 'eq',
			description: 'How the field is compared with the value',
		},
		{
			displayName: 'Value Type',
			name: 'valueType',
			type: 'options',
			options: VALUE_TYPES,
			default: 'auto',
			description: 'How the value is read; the default follows the field',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			description: 'The value to compare with: text as is, dates in ISO 8601, IDs as GUIDs, true or false, or a special term such as me or today-3d',
		},
	];
	return {
		displayName: 'Conditions',
		name: 'conditions',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Condition',
		default: {},
		description: `Conditions on any field of the ${entity.name}, combined with the Filters by AND`,
		options: [
			{ displayName: 'Match All (AND)', name: 'all', values: row },
			{ displayName: 'Match Any (OR)', name: 'any', values: row },
		],
	};
}

/** The builder's conditions: every "all" row, and one of the "any" rows. */
export function compileConditions(entity: ListQueryEntity, value: ConditionsValue | undefined, label = 'Conditions'): FilterNode {
	const rows = (list: ConditionRow[] | undefined, group: string) =>
		(list ?? []).map((row, index) => rowCondition(entity, row, `${label} (${group} #${index + 1})`));
	return { and: [...rows(value?.all, 'Match All'), { or: rows(value?.any, 'Match Any') }] };
}

function rowCondition(entity: ListQueryEntity, row: ConditionRow, label: string): FilterNode {
	const path = checkFieldPath(row.field, `${label} field`);
	const spec: FieldSpec | undefined = entity.fields.find((field) => field[0] === path);
	const operator = row.operator ?? 'eq';
	const explicit = row.valueType && row.valueType !== 'auto' ? (row.valueType as ValueType) : undefined;
	const fieldType = spec ? FIELD_TYPE_TO_VALUE[spec[1]] : 'text';
	const collection = spec?.[2];
	const field = collection ? path.slice(collection.length + 1) : path;
	const literal = (value: unknown): Literal => ({ type: explicit ?? autoType(fieldType, value), value });
	let condition: Condition;
	switch (operator) {
		case 'eq':
		case 'ne':
		case 'gt':
		case 'ge':
		case 'lt':
		case 'le':
			condition = { field, op: operator, value: literal(row.value), label };
			break;
		case 'contains':
		case 'startswith':
		case 'endswith':
			condition = { field, op: operator, value: row.value ?? '', label };
			break;
		case 'isNull':
		case 'isNotNull':
			condition = { field, op: operator, label };
			break;
		case 'in':
			condition = { field, op: 'in', values: parseList(row.value, label).map(literal), label };
			break;
		default:
			throw new FilterInputError(`${label} operator`, `one of ${OPERATORS.map((o) => o.value).join(', ')}`, operator);
	}
	if (!collection) return condition;
	// In a list, the negative operators become "no element matches the positive one".
	if (condition.op === 'ne') return { field: collection, op: 'none', where: { ...condition, op: 'eq' }, label };
	if (condition.op === 'isNull') return { field: collection, op: 'none', where: { field, op: 'isNotNull', label }, label };
	return { field: collection, op: 'any', where: condition, label };
}

/** "Same as Field", except that a date field takes `today-3d`, `now`, ... and an ID field `me` as written. */
function autoType(fieldType: ValueType, value: unknown): ValueType {
	const term = specialTermKind(value);
	if ((term === 'date' && fieldType === 'date') || (term === 'user' && fieldType === 'guid')) return 'special';
	return fieldType;
}

/** `a, b` or a JSON array (for values containing commas), or an array an expression gave. */
function parseList(value: unknown, label: string): unknown[] {
	let list = value;
	if (typeof value === 'string' && value.trim().startsWith('[')) {
		try {
			list = JSON.parse(value) as unknown;
		} catch {
			// Not JSON after all: a comma-separated list starting with '['.
		}
	}
	return toList(list, label);
}
