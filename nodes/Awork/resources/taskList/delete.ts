/** POST …/tasklists/{taskListId}/delete: the list is gone for good, unlike Archive; its tasks stay unless deleted with it. */
import { operation } from '../../shared/descriptions/operation';
import { shownWhen } from '../../shared/fields/conditional';
import { boolean } from '../../shared/fields/scalars';
import { successOutput } from '../../shared/output/success';
import { projectAndTaskList } from './fields';

export const deleteTaskList = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a task list',
	description:
		'Delete a task list for good. Its tasks stay in the project (only leaving the list) unless you delete them too. To keep the list read-only for reference, use Archive instead.',
	method: 'POST',
	path: '/projects/{projectId}/tasklists/{taskListId}/delete',
	fields: [
		...projectAndTaskList(),
		boolean({
			name: 'deleteTasks',
			displayName: 'Delete Its Tasks',
			description: 'Whether to delete the tasks of the list as well; otherwise they stay in the project without this list',
		}),
		shownWhen(
			{ parameter: 'deleteTasks', is: [true] },
			boolean({
				name: 'deleteTimes',
				displayName: 'Delete Time Entries',
				description: 'Whether to delete the time tracked on those tasks too; otherwise the entries stay without task',
			}),
		),
	],
	output: [successOutput(['projectId', 'taskListId', 'deleteTasks', 'deleteTimes'])],
});
