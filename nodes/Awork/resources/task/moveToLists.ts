/**
 * POST /tasks/changelists with one entry per item. awork sets a task's lists to exactly the ones
 * sent, so this is "move": the task leaves every list not named.
 */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { number } from '../../shared/fields/scalars';
import { ids, optional } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';

export const moveToLists = operation({
	value: 'moveToLists',
	name: 'Move to Lists',
	action: 'Move a task to task lists',
	description:
		'Put a project task into a task list (and optionally more lists) of its project. The task is taken out of every list not named here.',
	method: 'POST',
	path: '/tasks/changelists',
	fields: [
		locator('project', {
			required: false,
			// Only fills the task and task list pickers; awork knows the task's project.
			to: '_projectId',
			description:
				"The task's project, used only to list its tasks and task lists here (never sent): pick it, paste its awork link, or enter its ID (GUID). Not needed when task and list are given by ID.",
		}),
		locator('task', { description: 'The task to move: pick it from the list, paste its link from awork, or enter its ID (GUID)' }),
		locator('taskList', {
			to: '_primaryListId',
			description:
				"The task list to move the task to; it becomes the task's main list. Pick it from the lists of the chosen project, paste its awork link, or enter its ID (GUID).",
		}),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				ids({
					name: 'otherTaskListIds',
					displayName: 'Also in Task List IDs',
					to: '_otherListIds',
					entity: 'task list',
					description: 'More task lists of the same project the task should be in too: their IDs (GUIDs) separated by commas, or an array',
				}),
				number({
					name: 'order',
					displayName: 'Order',
					to: '_order',
					description: "The task's position value in the lists (lower comes first); without it the task goes to the end of each list",
				}),
			],
		}),
	],
	body: (_sent, { values }) => {
		const primaryId = values._primaryListId as string;
		const others = ((values._otherListIds as string[] | undefined) ?? []).filter((id) => id !== primaryId);
		const position = values._order === undefined ? {} : { order: values._order as number };
		const taskLists: IDataObject[] = [
			{ id: primaryId, ...position, isPrimary: true },
			...others.map((id) => ({ id, ...position })),
		];
		return [{ taskId: values.taskId, taskLists }];
	},
	// awork answers with the task's lists as they are now ({ taskId, taskLists }): that is the output.
});
