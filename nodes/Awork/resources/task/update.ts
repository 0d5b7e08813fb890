/** PUT /tasks/{id}: awork's PUT replaces the task, so the fields not set keep their current value. */
import { operation } from '../../shared/descriptions/operation';
import { optional } from '../../shared/fields/structured';
import { text } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { mergeWithCurrent } from '../../shared/routing/mergeCurrent';
import { TASK_FORM, taskDetailFields } from './fields';

export const update = operation({
	value: 'update',
	name: 'Update',
	action: 'Update a task',
	description:
		'Change the name, description, dates, planned duration or priority of a task; all other fields keep their current value. Status, assignees, lists, tags and project have their own operations.',
	method: 'PUT',
	path: '/tasks/{taskId}',
	fields: [
		locator('task'),
		optional({
			name: 'updateFields',
			displayName: 'Update Fields',
			fields: [text({ name: 'name', displayName: 'Name', description: 'The new name of the task (up to 1,000 characters)' }), ...taskDetailFields()],
		}),
	],
	before: [mergeWithCurrent('/tasks/{taskId}', TASK_FORM)],
});
