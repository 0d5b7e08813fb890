/**
 * Filter and sort builders for any list endpoint that takes `filterby` / `orderby`: the same
 * Conditions as the curated Get Many operations (same compiler, same quoting), with the field typed
 * as a path since the catalog does not know each list's model, and Sort by field paths.
 */
import { NodeOperationError, type INodeProperties } from 'n8n-workflow';

import { inputError } from '../../shared/fields/inputError';
import { readParameter, type Field } from '../../shared/fields/field';
import { compileConditions, compileFilter, compileSort, conditionsProperty, FilterInputError, type ConditionsValue, type ListQueryEntity } from '../../shared/filter';

/** A list whose model is not known: every field is a path, read as text unless a Value Type says otherwise. */
const ANY_LIST: ListQueryEntity = {
	name: 'item',
	plural: 'items',
	filterable: true,
	sortable: true,
	typedFilters: [],
	fields: [],
	sortFields: [],
	endpoints: [],
};

const FIELD_PATH: INodeProperties = {
	displayName: 'Field',
	name: 'field',
	type: 'string',
	default: '',
	placeholder: 'e.g. name or dueOn',
	description: 'The property of the listed items to test, as its path in awork’s model (e.g. name, dueOn, or a nested one with a slash)',
};

function withFieldPath(property: INodeProperties): INodeProperties {
	const options = (property.options ?? []) as Array<{ name: string; displayName: string; values: INodeProperties[] }>;
	return {
		...property,
		name: 'endpointConditions',
		description: 'Conditions on the listed items (for endpoints that take filterby), ANDed with a filterby given under Parameters',
		options: options.map((group) => ({ ...group, values: group.values.map((row) => (row.name === 'field' ? FIELD_PATH : row)) })),
	};
}

/** Turns the filter compiler's complaint into the node's input error for this item. */
function checked<T>(context: Parameters<NonNullable<Field['apply']>>[0], compile: () => T): T {
	try {
		return compile();
	} catch (error) {
		if (error instanceof FilterInputError) throw inputError(context.node, context.itemIndex, error.field, error.expected, error.got);
		throw new NodeOperationError(context.node, error as Error, { itemIndex: context.itemIndex });
	}
}

export const conditionsField: Field = {
	property: withFieldPath(conditionsProperty(ANY_LIST)),
	apply(context, path) {
		const value = readParameter(context, path) as ConditionsValue | undefined;
		const filterby = checked(context, () => compileFilter(compileConditions(ANY_LIST, value), { zone: context.fn.getTimezone() }));
		if (filterby) context.values._filterby = filterby;
	},
};

export const sortField: Field = {
	property: {
		displayName: 'Sort',
		name: 'endpointSort',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Sort Field',
		default: {},
		description: 'Order of the listed items (for endpoints that take orderby): by the first field, then by the next for equal values',
		options: [
			{
				displayName: 'Sort By',
				name: 'keys',
				values: [
					{ ...FIELD_PATH, description: 'The property to sort by, as its path in awork’s model (e.g. name or createdOn)' },
					{
						displayName: 'Direction',
						name: 'direction',
						type: 'options',
						options: [
							{ name: 'Ascending', value: 'asc' },
							{ name: 'Descending', value: 'desc' },
						],
						default: 'asc',
					},
				],
			},
		],
	},
	apply(context, path) {
		const value = readParameter(context, path) as { keys?: Array<{ field?: string; direction?: 'asc' | 'desc' }> } | undefined;
		const orderby = checked(context, () => compileSort((value?.keys ?? []).map((key) => ({ field: key.field ?? '', direction: key.direction }))));
		if (orderby) context.values._orderby = orderby;
	},
};
