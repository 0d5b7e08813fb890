/**
 * The n8n parameters of a list operation's filter and sort, for one entity, and the preSend that
 * compiles them into `filterby` / `orderby`. Four top-level properties at most (n8n evaluates the
 * display rules of each for every item); everything else lives inside them.
 */
import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';

import { checkExpression, combineWithAnd, compileFilter, compileSort, type FilterNode, type SortKey } from './compile';
import { compileConditions, conditionsProperty, type ConditionsValue } from './conditions';
import type { ListQueryEntity } from './entities';
import { fieldDisplayName, fieldTypeHint } from './fieldSpec';
import { inputError } from '../fields/inputError';
import { FilterInputError, type LiteralOptions } from './literal';
import { compileTypedFilter, typedFilterProperty } from './typedFilters';

/** Which parts to offer; by default what the entity's list endpoints take. */
export interface ListQueryParts {
	/** Filters, Conditions and Filter Expression (default: `entity.filterable`). */
	filter?: boolean;
	/** Sort (default: `entity.sortable`). */
	sort?: boolean;
	/** Typed filters to leave out by name, e.g. `['status', 'taskList']` where no project is chosen. */
	omitFilters?: string[];
}

export interface ListQueryParameters {
	filters?: IDataObject;
	conditions?: ConditionsValue;
	filterExpression?: unknown;
	sort?: { keys?: Array<{ field?: string; direction?: string }> };
}

/** The parameter names, for display rules and tests. */
export const LIST_QUERY_PARAMETERS = {
	filters: 'filters',
	conditions: 'conditions',
	filterExpression: 'filterExpression',
	sort: 'sort',
} as const;

/** `filterby` and `orderby` for the parameters; a key is absent when it would be empty. */
export function buildListQuery(
	entity: ListQueryEntity,
	parameters: ListQueryParameters,
	options: ListQueryParts & LiteralOptions = {},
): { filterby?: string; orderby?: string } {
	const { filter = entity.filterable, sort = entity.sortable } = options;
	const result: { filterby?: string; orderby?: string } = {};
	if (filter) {
		const typed: FilterNode[] = [];
		for (const typedFilter of offeredFilters(entity, options)) {
			const node = compileTypedFilter(typedFilter, parameters.filters?.[typedFilter.name]);
			if (node) typed.push(node);
		}
		const filterby = combineWithAnd([
			compileFilter({ and: typed }, options),
			compileFilter(compileConditions(entity, parameters.conditions), options),
			checkExpression(parameters.filterExpression, 'Filter Expression'),
		]);
		if (filterby) result.filterby = filterby;
	}
	if (sort) {
		const keys = (parameters.sort?.keys ?? []).map((key) => ({ field: key.field ?? '', direction: key.direction }) as SortKey);
		const orderby = compileSort(keys);
		if (orderby) result.orderby = orderby;
	}
	return result;
}

/** The properties for `entity`; the first carries the preSend. Empty when nothing is offered. */
export function listQueryProperties(entity: ListQueryEntity, parts: ListQueryParts = {}): INodeProperties[] {
	const { filter = entity.filterable, sort = entity.sortable } = parts;
	const properties: INodeProperties[] = [];
	if (filter) {
		properties.push(filtersProperty(entity, parts), conditionsProperty(entity), expressionProperty(entity));
	}
	if (sort) properties.push(sortProperty(entity));
	if (properties.length > 0) {
		properties[0] = { ...properties[0], routing: { send: { preSend: [listQueryPreSend(entity, parts)] } } };
	}
	return properties;
}

/** Reads the offered parameters, compiles them and sets `qs.filterby` / `qs.orderby` when non-empty. */
export function listQueryPreSend(entity: ListQueryEntity, parts: ListQueryParts = {}) {
	const { filter = entity.filterable, sort = entity.sortable } = parts;
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const read = <T>(name: string, fallback: T) => this.getNodeParameter(name, fallback) as T;
		let query: { filterby?: string; orderby?: string };
		try {
			const parameters: ListQueryParameters = filter
				? { filters: read('filters', {}), conditions: read('conditions', {}), filterExpression: read('filterExpression', '') }
				: {};
			if (sort) parameters.sort = read('sort', {});
			query = buildListQuery(entity, parameters, { ...parts, zone: this.getTimezone() });
		} catch (error) {
			const itemIndex = this.getItemIndex();
			if (error instanceof FilterInputError) throw inputError(this.getNode(), itemIndex, error.field, error.expected, error.got);
			throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
		}
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		// A filter the operation itself sends stays, ANDed with the user's.
		const filterby = combineWithAnd([typeof qs.filterby === 'string' ? qs.filterby : undefined, query.filterby]);
		if (filterby) qs.filterby = filterby;
		if (query.orderby) qs.orderby = query.orderby;
		requestOptions.qs = qs;
		return requestOptions;
	};
}

function offeredFilters(entity: ListQueryEntity, parts: ListQueryParts) {
	return entity.typedFilters.filter((typed) => !parts.omitFilters?.includes(typed.name));
}

function filtersProperty(entity: ListQueryEntity, parts: ListQueryParts): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		description: `Return only ${entity.plural} matching all of these filters`,
		options: offeredFilters(entity, parts)
			.map(typedFilterProperty)
			.sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

function expressionProperty(entity: ListQueryEntity): INodeProperties {
	return {
		displayName: 'Filter Expression',
		name: 'filterExpression',
		type: 'string',
		default: '',
		placeholder: "e.g. dueOn lt today and substringof('Website',name)",
		description:
			`For experts: an awork filterby expression over the ${entity.name}'s fields, ANDed with the Filters and Conditions. ` +
			"Operators eq, ne, gt, ge, lt, le, and, or, not; functions substringof('text',field), startswith(field,'text'); " +
			"text in single quotes ('' inside), guid'…' for IDs, datetime'2024-05-01T10:00:00Z' for dates; me.id, now, today, today-3d.",
	};
}

function sortProperty(entity: ListQueryEntity): INodeProperties {
	const fieldOptions = entity.sortFields
		.map((path) => {
			const field = entity.fields.find(([fieldPath]) => fieldPath === path);
			return { name: fieldDisplayName(path), value: path, description: field ? fieldTypeHint(field) : path };
		})
		.sort((a, b) => a.name.localeCompare(b.name));
	const defaultField = entity.sortFields[0];
	return {
		displayName: 'Sort',
		name: 'sort',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Sort Field',
		default: {},
		description: `Order of the ${entity.plural}: by the first field, then by the next for equal values`,
		options: [
			{
				displayName: 'Sort By',
				name: 'keys',
				values: [
					{
						displayName: 'Field',
						name: 'field',
						type: 'options',
						options: fieldOptions,
						default: defaultField,
						description: 'Field to sort by',
					},
					{
						displayName: 'Direction',
						name: 'direction',
						type: 'options',
						options: [
							{ name: 'Ascending', value: 'asc', description: 'A to Z, oldest first, smallest first' },
							{ name: 'Descending', value: 'desc', description: 'Z to A, newest first, largest first' },
						],
						default: 'asc',
						description: 'Sort direction',
					},
				],
			},
		],
	};
}
