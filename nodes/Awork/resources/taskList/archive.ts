/** POST …/setarchived with `isArchived: true`; awork refuses a list with unfinished tasks unless told what to do with them. */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { shownWhen } from '../../shared/fields/conditional';
import { boolean, choice } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { projectAndTaskList } from './fields';

export const archive = operation({
	value: 'archive',
	name: 'Archive',
	action: 'Archive a task list',
	description:
		'Archive a task list: it stays in the project, read-only, with its done tasks, and can be unarchived. Choose what happens to its unfinished tasks. To remove a list for good, use Delete.',
	method: 'POST',
	path: '/projects/{projectId}/tasklists/{taskListId}/setarchived',
	fields: [
		...projectAndTaskList(),
		choice({
			name: 'taskOperation',
			displayName: 'Unfinished Tasks',
			description: 'What to do with the tasks of the list that are not done yet',
			options: [
				{ name: 'Remove From List', value: 'task-remove', description: 'The tasks stay in the project, just no longer in this list' },
				{ name: 'Move to Another List', value: 'task-move', description: 'The tasks move to another list of the project' },
				{ name: 'Set to Done', value: 'task-to-done', description: 'The tasks get the project’s first status of type done' },
				{ name: 'Delete', value: 'task-delete', description: 'The tasks are deleted for good' },
			],
			default: 'task-remove',
		}),
		shownWhen(
			{ parameter: 'taskOperation', is: ['task-move'] },
			locator('taskList', {
				name: 'targetTaskList',
				displayName: 'Move Tasks To',
				description: 'The list of the same project that receives the unfinished tasks: pick it, paste its awork link, or enter its ID (GUID)',
				to: '_targetTaskListId',
			}),
		),
		shownWhen(
			{ parameter: 'taskOperation', is: ['task-delete'] },
			boolean({
				name: 'deleteTimeTrackings',
				displayName: 'Delete Time Entries',
				description: 'Whether to delete the time tracked on the deleted tasks too; otherwise the entries stay without task',
			}),
		),
	],
	body: (values, context) => {
		const body: IDataObject = { isArchived: true, ...values };
		if (context.values._targetTaskListId) body.taskListId = context.values._targetTaskListId;
		return body;
	},
});
