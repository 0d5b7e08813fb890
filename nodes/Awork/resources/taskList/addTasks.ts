/** POST …/tasklists/{taskListId}/addtasks: tasks of the same project join the list (at its end); they keep their other lists. */
import { operation } from '../../shared/descriptions/operation';
import { ids } from '../../shared/fields/structured';
import { successOutput } from '../../shared/output/success';
import { projectAndTaskList } from './fields';

export const addTasks = operation({
	value: 'addTasks',
	name: 'Add Tasks',
	action: 'Add tasks to a task list',
	description: 'Add tasks of the project to a task list, at its end; the tasks stay in any other lists they are in',
	method: 'POST',
	path: '/projects/{projectId}/tasklists/{taskListId}/addtasks',
	fields: [
		...projectAndTaskList(),
		ids({
			name: 'taskIds',
			displayName: 'Task IDs',
			entity: 'task',
			required: true,
			description: 'The tasks to add: task IDs (GUIDs) of the same project, separated by commas, or an array from an expression',
		}),
	],
	body: (values) => (values.taskIds as string[]).map((taskId) => ({ taskId })),
	// awork answers with the list's ID and an order per task, which says nothing about which task; report what was done.
	output: [successOutput(['projectId', 'taskListId', 'taskIds'], { always: true })],
});
