/** POST /tasks/changestatuses with one entry per item: moves a task to another status of its project. */
import { operation } from '../../shared/descriptions/operation';
import type { Field } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { choice } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

/** A status dropdown of the chosen project that also takes a status ID by expression. */
export function taskStatusChoice(options: { name: string; displayName: string; description: string; required?: boolean; expected: string; to?: string }): Field {
	return choice({ ...options, loadOptionsMethod: 'getTaskStatuses', dependsOn: ['project.value'], validate: isGuid });
}

export const changeStatus = operation({
	value: 'changeStatus',
	name: 'Change Status',
	action: 'Change the status of a task',
	description: 'Move a task to another task status of its project; moving it to a status of type done closes the task',
	method: 'POST',
	path: '/tasks/changestatuses',
	fields: [
		locator('project', {
			required: false,
			// Only fills the task picker and the status list; awork finds the project from the task.
			to: '_projectId',
			description:
				"The task's project, used only to list its tasks and statuses here (never sent): pick it, paste its awork link, or enter its ID (GUID). Not needed when the status is given by ID.",
		}),
		locator('task', {
			description: 'The task to change: pick it from the list, paste its link from awork, or enter its ID (GUID)',
		}),
		taskStatusChoice({
			name: 'statusId',
			displayName: 'Status Name or ID',
			description: 'The task status to move the task to; it must belong to the task’s project (or its workflow).',
			required: true,
			expected: 'a task status ID (GUID) from the list',
		}),
	],
	// A batch endpoint: this item is its only entry, so awork answers 204 or an error for it.
	body: (values) => [{ taskId: values.taskId, statusId: values.statusId }],
	output: [successOutput(['taskId', 'statusId'])],
});
