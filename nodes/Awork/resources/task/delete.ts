/** POST /tasks/delete for one task per item: awork deletes tasks through a batch business operation. */
import { operation } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const deleteTask = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a task',
	description:
		'Delete a task for good, with its subtasks, checklist items and comments (one task per input item). awork has no archive for tasks: to keep a task, move it to a done status instead.',
	method: 'POST',
	path: '/tasks/delete',
	fields: [
		locator('task'),
		boolean({
			name: 'deleteTimeTrackings',
			displayName: 'Delete Time Entries',
			description: 'Whether to delete the time tracked on the task too; otherwise the entries stay, without task and project',
		}),
	],
	body: (values) => ({ taskIds: [values.taskId], deleteTimeTrackings: values.deleteTimeTrackings ?? false }),
	output: [successOutput(['taskId', 'deleteTimeTrackings'])],
});
