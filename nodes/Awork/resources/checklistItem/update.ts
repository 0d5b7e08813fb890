/** PUT /tasks/{taskId}/checklistitems/{checklistItemId}: the form replaces name, done and order, so unset ones keep their current value. */
import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { mergeWithCurrent } from '../../shared/routing/mergeCurrent';
import { checklistItemDetailFields, checklistItemIdField, taskField } from './fields';

const CHECKLIST_ITEM_FORM = ['name', 'isDone', 'order'] as const;
const ITEM_PATH = '/tasks/{taskId}/checklistitems/{checklistItemId}';

export const update = operation({
	value: 'update',
	name: 'Update',
	action: 'Update a checklist item',
	description: 'Rename a checklist item, tick it off or reopen it, or move it; fields you do not set keep their current value',
	method: 'PUT',
	path: ITEM_PATH,
	fields: [
		taskField(),
		checklistItemIdField(),
		optional({
			name: 'updateFields',
			displayName: 'Update Fields',
			fields: [text({ name: 'name', displayName: 'Name', description: 'The new text of the checklist item' }), ...checklistItemDetailFields()],
		}),
	],
	before: [mergeWithCurrent(ITEM_PATH, CHECKLIST_ITEM_FORM)],
});
