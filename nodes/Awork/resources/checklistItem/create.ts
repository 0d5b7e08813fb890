/** POST /tasks/{taskId}/checklistitems: a new item, by default open and at the end of the checklist. */
import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { checklistItemDetailFields, taskField } from './fields';

export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create a checklist item',
	description: 'Add an item to the checklist of a task',
	method: 'POST',
	path: '/tasks/{taskId}/checklistitems',
	findCreated: { list: '/tasks/{taskId}/checklistitems', match: ['name'], filtered: false },
	fields: [
		taskField(),
		text({ name: 'name', displayName: 'Name', description: 'The text of the checklist item, e.g. Send invoice', required: true }),
		optional({ name: 'additionalFields', displayName: 'Additional Fields', fields: checklistItemDetailFields() }),
	],
});
