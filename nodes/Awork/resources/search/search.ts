/** GET /search: awork's full-text search across entity types, one output item per hit, best first. */
import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { readParameter, type Field } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { boolean, number, text } from '../../shared/fields/scalars';
import { toList } from '../../shared/fields/structured';
import { compact, simplifyField } from '../../shared/output/simplify';

const SEARCH_TYPES = [
	{ name: 'Comment', value: 'comment' },
	{ name: 'Company', value: 'company' },
	{ name: 'Dashboard Note', value: 'dashboardnote' },
	{ name: 'Document', value: 'document' },
	{ name: 'File', value: 'file' },
	{ name: 'Project', value: 'project' },
	{ name: 'Task', value: 'task' },
	{ name: 'Task List', value: 'tasklist' },
	{ name: 'Time Entry', value: 'timeentry' },
	{ name: 'Time Report', value: 'timereport' },
	{ name: 'User', value: 'user' },
];
const TYPE_VALUES = SEARCH_TYPES.map((type) => type.value);

/** awork caps the search term at 50 characters. */
const MAX_TERM = 50;

const term = text({ name: 'searchTerm', displayName: 'Search Term', description: `The text to search for, at most ${MAX_TERM} characters`, required: true });
const searchTermField: Field = {
	property: term.property,
	apply(context, path) {
		term.apply?.(context, path);
		const value = context.values.searchTerm as string;
		if (value.length > MAX_TERM) throw inputError(context.node, context.itemIndex, 'Search Term', `a text of at most ${MAX_TERM} characters`, value);
	},
};

/** The types to search, sent as awork's comma-separated list; none chosen means all. */
const searchTypesField: Field = {
	property: {
		displayName: 'Types',
		name: 'searchTypes',
		type: 'multiOptions',
		options: SEARCH_TYPES,
		default: [],
		description: 'Which kinds of entities to search; leave empty to search all of them. By expression: an array or comma-separated list of the values, e.g. task,project.',
	},
	apply(context, path) {
		const raw = readParameter(context, path);
		const chosen = toList(raw).map((type) => type.toLowerCase());
		const bad = chosen.find((type) => !TYPE_VALUES.includes(type));
		if (bad !== undefined) throw inputError(context.node, context.itemIndex, 'Types', `types among ${TYPE_VALUES.join(', ')}`, bad);
		context.values.searchTypes = chosen.length ? chosen.join(',') : 'all';
	},
};

/** The hit lists per type in SearchResults, used when awork sends no overall `top` list. */
const HIT_LISTS = ['taskHits', 'projectHits', 'userHits', 'companyHits', 'commentHits', 'timeEntriesHits', 'timeReportsHits', 'fileHits', 'documentHits', 'taskListHits', 'dashboardNotesHits'];

function hitsOf(results: IDataObject): IDataObject[] {
	if (Array.isArray(results.top) && results.top.length) return results.top as IDataObject[];
	const all = HIT_LISTS.flatMap((list) => ((results[list] as IDataObject | undefined)?.hits as IDataObject[] | undefined) ?? []);
	return all.sort((a, b) => Number(b.score ?? 0) - Number(a.score ?? 0));
}

function nameOf(entity: IDataObject): IDataObject[string] {
	if (entity.name !== undefined && entity.name !== null) return entity.name;
	const person = [entity.firstName, entity.lastName].filter(Boolean).join(' ');
	return person || entity.title || entity.message || undefined;
}

async function oneItemPerHit(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const simplify = this.getNodeParameter('simplify', true) as boolean;
	return items.flatMap((item) =>
		hitsOf(item.json).map((hit) => {
			if (!simplify) return { json: hit, pairedItem: item.pairedItem };
			const entity = (hit.entity ?? {}) as IDataObject;
			return { json: compact({ type: hit.type, score: hit.score, id: entity.id, name: nameOf(entity), highlights: hit.highlights ?? undefined }), pairedItem: item.pairedItem };
		}),
	);
}

export const search = operation({
	value: 'search',
	name: 'Search',
	action: 'Search awork',
	description: 'Search tasks, projects, users, companies, comments, files and more by text; one item per hit, best match first',
	method: 'GET',
	path: '/search',
	fields: [
		searchTermField,
		searchTypesField,
		number({ name: 'top', displayName: 'Max Results', description: 'The most hits to return (awork’s default is 20)', integer: true, min: 1, default: 20 }),
		boolean({
			name: 'includeClosedAndStuck',
			displayName: 'Include Closed and Stuck',
			description: 'Whether to include projects and tasks that are closed, stuck or done',
		}),
		simplifyField,
	],
	query: ['searchTerm', 'searchTypes', 'top', 'includeClosedAndStuck'],
	output: [oneItemPerHit],
});
