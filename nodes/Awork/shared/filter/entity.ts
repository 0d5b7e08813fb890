/**
 * What one list entity tells the filter and sort code (its typed filters, model fields, sort
 * fields and list endpoints), and the small constructors the entity definitions share.
 */
import type { INodePropertyOptions } from 'n8n-workflow';

import type { FieldSpec, ListEndpoint } from './fieldSpec';
import type { TypedFilter } from './typedFilters';

export interface ListQueryEntity {
	/** Singular and plural, for descriptions: `task`, `tasks`. */
	name: string;
	plural: string;
	/** The list endpoints take `filterby` (typed filters, conditions, expression). */
	filterable: boolean;
	/** The list endpoints take `orderby`. */
	sortable: boolean;
	typedFilters: TypedFilter[];
	/** Property paths of the response model, for the condition builder. */
	fields: readonly FieldSpec[];
	/** Paths offered for sorting (scalars outside collections). */
	sortFields: readonly string[];
	/** The spec's GET list endpoints answering this model. */
	endpoints: readonly ListEndpoint[];
}

export const SEVERAL = 'several comma-separated match any of them';
export const ME = ", or 'me' for the user the credentials act as";
const WHEN = 'ISO 8601 or an expression such as {{ $now }}; without an offset, in the workflow time zone';

export function dateFilter(name: string, displayName: string, field: string, op: 'lt' | 'le' | 'gt' | 'ge', what: string): TypedFilter {
	return { kind: 'date', name, displayName, field, op, description: `Only ${what} (${WHEN})` };
}

/** IDs picked from a list the node loads; `inProject` when the list depends on the chosen project. */
export function dynamicFilter(
	name: string,
	displayName: string,
	field: string,
	loadOptionsMethod: string,
	what: string,
	options: { inProject?: boolean; collection?: string } = {},
): TypedFilter {
	return {
		kind: 'dynamicIds',
		name,
		displayName,
		field,
		collection: options.collection,
		loadOptionsMethod,
		loadOptionsDependsOn: options.inProject ? ['project.value'] : undefined,
		description: `Only ${what}`,
	};
}

export function nameContainsFilter(plural: string): TypedFilter {
	return {
		kind: 'contains',
		name: 'nameContains',
		displayName: 'Name Contains',
		field: 'name',
		description: `Only ${plural} whose name contains this text (case as awork compares it)`,
		placeholder: 'e.g. website',
	};
}

export function tagFilter(plural: string): TypedFilter {
	return {
		kind: 'names',
		name: 'tag',
		displayName: 'Tag',
		collection: 'tags',
		field: 'name',
		description: `Only ${plural} with a tag of this name; ${SEVERAL}`,
		placeholder: 'e.g. urgent, quick-win',
	};
}

const choice = (name: string, value: string, description: string): INodePropertyOptions => ({ name, value, description });

/** The general types of task statuses (TaskStatusForm: todo, progress, review, stuck, done). */
export const TASK_STATUS_TYPES = [
	choice('To Do', 'todo', "Not started (type 'todo')"),
	choice('In Progress', 'progress', "Being worked on (type 'progress')"),
	choice('In Review', 'review', "Waiting for review (type 'review')"),
	choice('Stuck', 'stuck', "Blocked (type 'stuck')"),
	choice('Done', 'done', "Finished (type 'done')"),
];

/** The general types of project statuses (ProjectStatusForm); awork archives closed projects. */
export const PROJECT_STATUS_TYPES = [
	choice('Not Started', 'not-started', "Not started yet (type 'not-started')"),
	choice('In Progress', 'progress', "Running (type 'progress')"),
	choice('Stuck', 'stuck', "Blocked or on hold (type 'stuck')"),
	choice('Closed', 'closed', "Finished; awork archives closed projects (type 'closed')"),
];
