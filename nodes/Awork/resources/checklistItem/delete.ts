/** DELETE /tasks/{taskId}/checklistitems/{checklistItemId}: awork answers with no body. */
import { operation } from '../../shared/descriptions/operation';
import { successOutput } from '../../shared/output/success';
import { checklistItemIdField, taskField } from './fields';

export const deleteChecklistItem = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a checklist item',
	description: 'Delete an item from the checklist of a task',
	method: 'DELETE',
	path: '/tasks/{taskId}/checklistitems/{checklistItemId}',
	fields: [taskField(), checklistItemIdField()],
	output: [successOutput(['taskId', 'checklistItemId'])],
});
