/** GET /projects/tags, /tasks/tags, /companies/tags or /users/tags: the tags in use on one kind of entity. */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import type { Field } from '../../shared/fields/field';
import { choice, text } from '../../shared/fields/scalars';
import { limitAnswer, pagingFields } from '../../shared/descriptions/paging';

const TAG_LISTS = [
	{ name: 'Projects', value: 'project', path: '/projects/tags', description: 'Tags on projects, each with how many projects use it' },
	{ name: 'Tasks', value: 'task', path: '/tasks/tags', description: 'Tags on project tasks' },
	{ name: 'Companies', value: 'company', path: '/companies/tags', description: 'Tags on client companies' },
	{ name: 'Users', value: 'user', path: '/users/tags', description: 'Tags on users' },
];

const ofChoice = choice({
	name: 'of',
	displayName: 'Of',
	description: 'Which kind of entity to list the tags of (each kind has its own tags)',
	options: TAG_LISTS.map(({ name, value, description }) => ({ name, value, description })),
	default: 'project',
	required: true,
	to: '_of',
});

/** The Of choice picks the endpoint. */
const ofField: Field = {
	property: ofChoice.property,
	apply(context, path) {
		ofChoice.apply?.(context, path);
		context.path = TAG_LISTS.find((list) => list.value === context.values._of)!.path;
	},
};

const nameContains = (tag: IDataObject, values: IDataObject) =>
	values._nameContains === undefined || String(tag.name ?? '').toLowerCase().includes(String(values._nameContains).toLowerCase());

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many tags',
	description: 'List the tags in use on projects, tasks, companies or users; awork answers all at once, Name Contains and Limit apply to that answer',
	method: 'GET',
	path: '/projects/tags',
	fields: [
		ofField,
		text({
			name: 'nameContains',
			displayName: 'Name Contains',
			description: 'Only tags whose name contains this text (not case-sensitive); leave empty for all',
			to: '_nameContains',
		}),
		...pagingFields,
	],
	output: [limitAnswer(nameContains)],
});
