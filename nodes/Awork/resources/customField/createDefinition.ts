/** POST /customfielddefinitions: a new project or task custom field (values are set on the projects and tasks). */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { shownWhen } from '../../shared/fields/conditional';
import type { FieldContext } from '../../shared/fields/field';
import { choice, number, text } from '../../shared/fields/scalars';
import { aworkRequest } from '../../shared/transport/request';
import { entityField, SELECT_TYPES, selectionOptionsField, TYPE_OPTIONS } from './fields';

/** awork orders project custom fields workspace-wide and needs the position; without one the new field goes last. */
async function placeProjectFieldLast(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	const body = request.body as IDataObject;
	if (body.entity !== 'project' || body.order !== undefined) return;
	const all = await aworkRequest.call(context.fn, { method: 'GET', path: '/customfielddefinitions', itemIndex: context.itemIndex });
	const orders = (Array.isArray(all) ? (all as IDataObject[]) : [])
		.filter((definition) => definition.entity === 'project' && typeof definition.order === 'number')
		.map((definition) => definition.order as number);
	body.order = orders.length ? Math.max(...orders) + 1 : 0;
}

export const createDefinition = operation({
	value: 'createDefinition',
	name: 'Create Definition',
	action: 'Create a custom field definition',
	description:
		'Create a custom field for projects or tasks. A task custom field still has to be linked to a project, template or workflow before tasks take values.',
	method: 'POST',
	path: '/customfielddefinitions',
	fields: [
		text({ name: 'name', displayName: 'Name', description: 'The name of the custom field, at most 255 characters', required: true }),
		entityField('Whether the field is for projects or for tasks'),
		choice({
			name: 'type',
			displayName: 'Type',
			description: 'The kind of value the field holds',
			options: TYPE_OPTIONS,
			default: 'text',
			required: true,
		}),
		shownWhen({ parameter: 'type', is: SELECT_TYPES }, selectionOptionsField),
		shownWhen(
			{ parameter: 'entity', is: ['project'] },
			number({
				name: 'order',
				displayName: 'Position',
				description: 'Where the field appears among the project custom fields (awork orders them workspace-wide); leave empty to put it last',
			}),
		),
	],
	before: [placeProjectFieldLast],
});
