/** GET /tasks/{taskId}/checklistitems/{checklistItemId}. */
import { operation } from '../../shared/descriptions/operation';
import { checklistItemIdField, taskField } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a checklist item',
	description: 'Get one checklist item of a task',
	method: 'GET',
	path: '/tasks/{taskId}/checklistitems/{checklistItemId}',
	fields: [taskField(), checklistItemIdField()],
});
