/** POST /tasks/settaskpriority: flags a task as priority or takes the flag off. */
import { operation } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const setPriority = operation({
	value: 'setPriority',
	name: 'Set Priority',
	action: 'Set the priority flag of a task',
	description: 'Mark a task as priority, or remove the priority mark',
	method: 'POST',
	path: '/tasks/settaskpriority',
	fields: [
		locator('task', { description: 'The task: pick it from the list, paste its link from awork, or enter its ID (GUID)' }),
		boolean({
			name: 'isPrio',
			displayName: 'Priority',
			description: 'Whether the task is marked as priority (on) or not (off)',
			default: true,
		}),
	],
	output: [successOutput(['taskId', 'isPrio'])],
});
