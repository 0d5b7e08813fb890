/**
 * Typed filters: the few filters people use most for an entity (status, assignee, due before,
 * ...), each declared as data in an entity definition, shown as one option of the "Filters"
 * collection and compiled into a `FilterNode`. Empty values set no condition.
 */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { CompareOperator, FilterNode } from './compile';
import { FilterInputError, type Literal } from './literal';

interface TypedFilterBase {
	/** Option name inside the Filters collection. */
	name: string;
	displayName: string;
	/** What it matches and what format it takes. */
	description: string;
	placeholder?: string;
}

export type TypedFilter = TypedFilterBase &
	(
		/**
		 * `substringof('v',field)`; with `collection`, inside `collection/any(...)`, and with `where`
		 * only on elements whose `where.field` is `where.equals` (e.g. contact infos of type 'email').
		 */
		| { kind: 'contains'; field: string; collection?: string; where?: { field: string; equals: string } }
		/** The text in any of these fields: `substringof('v',a) or substringof('v',b)`. */
		| { kind: 'containsAny'; fields: readonly string[] }
		/** Static choices (multi-select): `field eq 'a'`, or `field in ('a','b')`. */
		| { kind: 'choice'; field: string; choices: INodePropertyOptions[] }
		/** IDs picked from a list loaded by the node's `loadOptionsMethod` (multi-select). */
		| { kind: 'dynamicIds'; field: string; collection?: string; loadOptionsMethod: string; loadOptionsDependsOn?: string[] }
		/** IDs typed in, comma-separated; `allowMe` also takes the word `me` (the current user). */
		| { kind: 'ids'; field: string; collection?: string; allowMe?: boolean }
		/** Text values typed in, comma-separated (e.g. tag names). */
		| { kind: 'names'; field: string; collection?: string }
		| { kind: 'date'; field: string; op: Extract<CompareOperator, 'lt' | 'le' | 'gt' | 'ge'> }
		/** On: `field eq 'equals'`; off: `field ne 'equals'` (e.g. done / not done). */
		| { kind: 'flag'; field: string; equals: string }
		/** A boolean property: on `field eq true`, off `field eq false` (e.g. billable / not billable). */
		| { kind: 'boolean'; field: string }
	);

const EXPRESSION_LINK = '<a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** The Filters collection option for one typed filter. */
export function typedFilterProperty(filter: TypedFilter): INodeProperties {
	const base = { displayName: filter.displayName, name: filter.name, description: filter.description };
	switch (filter.kind) {
		case 'contains':
		case 'containsAny':
		case 'ids':
		case 'names':
			return { ...base, type: 'string', default: '', ...(filter.placeholder ? { placeholder: filter.placeholder } : {}) };
		case 'choice':
			return { ...base, type: 'multiOptions', options: sortedOptions(filter.choices), default: [] };
		case 'dynamicIds':
			return {
				...base,
				description: `${filter.description}. Choose from the list, or specify IDs using an ${EXPRESSION_LINK}.`,
				type: 'multiOptions',
				typeOptions: {
					loadOptionsMethod: filter.loadOptionsMethod,
					...(filter.loadOptionsDependsOn ? { loadOptionsDependsOn: filter.loadOptionsDependsOn } : {}),
				},
				default: [],
			};
		case 'date':
			return { ...base, type: 'dateTime', default: '' };
		case 'flag':
		case 'boolean':
			return { ...base, type: 'boolean', default: true };
	}
}

/** The condition a typed filter's value sets, or undefined when the value is empty. */
export function compileTypedFilter(filter: TypedFilter, value: unknown): FilterNode | undefined {
	const label = filter.displayName;
	switch (filter.kind) {
		case 'contains': {
			if (value === undefined || value === null || value === '') return undefined;
			const contains: FilterNode = { field: filter.field, op: 'contains', value, label };
			if (!filter.collection) return contains;
			const where: FilterNode = filter.where
				? { and: [{ field: filter.where.field, op: 'eq', value: { type: 'text', value: filter.where.equals }, label }, contains] }
				: contains;
			return { field: filter.collection, op: 'any', where, label };
		}
		case 'containsAny': {
			if (value === undefined || value === null || value === '') return undefined;
			return { or: filter.fields.map((field): FilterNode => ({ field, op: 'contains', value, label })) };
		}
		case 'choice':
		case 'names':
			return matchAny(filter.field, collectionOf(filter), toList(value, label).map((v) => ({ type: 'text', value: v })), label);
		case 'dynamicIds':
			return matchAny(filter.field, collectionOf(filter), toList(value, label).map((v) => ({ type: 'guid', value: v })), label);
		case 'ids': {
			const literals = toList(value, label).map((v): Literal => {
				if (filter.allowMe && typeof v === 'string' && v.trim().toLowerCase() === 'me') return { type: 'special', value: 'me' };
				return { type: 'guid', value: v };
			});
			return matchAny(filter.field, filter.collection, literals, label);
		}
		case 'date':
			if (value === undefined || value === null || value === '') return undefined;
			return { field: filter.field, op: filter.op, value: { type: 'date', value }, label };
		case 'flag': {
			const on = booleanValue(value, label);
			if (on === undefined) return undefined;
			return { field: filter.field, op: on ? 'eq' : 'ne', value: { type: 'text', value: filter.equals }, label };
		}
		case 'boolean': {
			const on = booleanValue(value, label);
			if (on === undefined) return undefined;
			return { field: filter.field, op: 'eq', value: { type: 'boolean', value: on }, label };
		}
	}
}

/** A switch's value (or what an expression gave: `'true'` / `'false'`); undefined when empty. */
function booleanValue(value: unknown, label: string): boolean | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (value === true || value === 'true') return true;
	if (value === false || value === 'false') return false;
	throw new FilterInputError(label, 'true or false', value);
}

function collectionOf(filter: TypedFilter): string | undefined {
	return 'collection' in filter ? filter.collection : undefined;
}

/** `field eq v` or `field in (v1,v2)`, inside `collection/any(...)` when the field is in a list. */
function matchAny(field: string, collection: string | undefined, literals: Literal[], label: string): FilterNode | undefined {
	if (literals.length === 0) return undefined;
	const condition: FilterNode =
		literals.length === 1 ? { field, op: 'eq', value: literals[0], label } : { field, op: 'in', values: literals, label };
	return collection ? { field: collection, op: 'any', where: condition, label } : condition;
}

/** A multi-select array, or comma-separated text (what an expression may give), without blanks. */
export function toList(value: unknown, label: string): unknown[] {
	if (value === undefined || value === null || value === '') return [];
	const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
	const list = items.map((item) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '');
	if (list.some((item) => typeof item === 'object' && item !== null)) {
		throw new FilterInputError(label, 'a list of values or comma-separated text', value);
	}
	return list;
}

function sortedOptions(options: INodePropertyOptions[]): INodePropertyOptions[] {
	return [...options].sort((a, b) => a.name.localeCompare(b.name));
}
