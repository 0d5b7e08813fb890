/** POST …/tasklists/{taskListId}/removetasks: tasks leave the list but stay in the project. */
import { operation } from '../../shared/descriptions/operation';
import { ids } from '../../shared/fields/structured';
import { successOutput } from '../../shared/output/success';
import { projectAndTaskList } from './fields';

export const removeTasks = operation({
	value: 'removeTasks',
	name: 'Remove Tasks',
	action: 'Remove tasks from a task list',
	description: 'Take tasks out of a task list; the tasks are not deleted and stay in the project and their other lists',
	method: 'POST',
	path: '/projects/{projectId}/tasklists/{taskListId}/removetasks',
	fields: [
		...projectAndTaskList(),
		ids({
			name: 'taskIds',
			displayName: 'Task IDs',
			entity: 'task',
			required: true,
			description: 'The tasks to remove from the list: task IDs (GUIDs) separated by commas, or an array from an expression',
		}),
	],
	body: (values) => values.taskIds as string[],
	output: [successOutput(['projectId', 'taskListId', 'taskIds'])],
});
