/** GET /customfielddefinitions: awork answers every definition at once, so Entity and Limit apply to its answer. */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { boolean, choice } from '../../shared/fields/scalars';
import { limitAnswer, pagingFields } from '../../shared/descriptions/paging';
import { ENTITY_OPTIONS } from './fields';

const ofEntity = (definition: IDataObject, values: IDataObject) => values._entity === undefined || definition.entity === values._entity;

export const getManyDefinitions = operation({
	value: 'getManyDefinitions',
	name: 'Get Many Definitions',
	action: 'Get many custom field definitions',
	description:
		'List the custom field definitions of the workspace with their selection options. awork cannot filter this list; Entity and Limit are applied to its whole answer.',
	method: 'GET',
	path: '/customfielddefinitions',
	fields: [
		choice({
			name: 'entity',
			displayName: 'Entity',
			description: 'Only the definitions for projects or for tasks (filtered after awork answered)',
			options: [{ name: 'All', value: '', description: 'Project and task custom fields' }, ...ENTITY_OPTIONS],
			default: '',
			to: '_entity',
		}),
		boolean({
			name: 'includeLinkedProjectIds',
			displayName: 'Include Linked Project IDs',
			description: 'Whether each definition lists the IDs of the projects it is linked to (directly or through their workflow)',
		}),
		...pagingFields,
	],
	query: ['includeLinkedProjectIds'],
	output: [limitAnswer(ofEntity)],
});
