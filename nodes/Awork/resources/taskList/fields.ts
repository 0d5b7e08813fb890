/** What the task list operations share: the project and list pickers, the list's own fields, and fields shown only for one choice. */
import type { Field } from '../../shared/fields/field';
import { boolean, number } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';

/** The project the list belongs to, and the list (its picker searches the chosen project). */
export const projectAndTaskList = (): Field[] => [
	locator('project', { description: 'The project the task list belongs to: pick it, paste its awork link, or enter its ID (GUID)' }),
	locator('taskList', {
		description: 'The task list: pick it from the chosen project, paste its awork link, or enter its ID (GUID)',
	}),
];

export const hiddenForConnectUsersField = (): Field =>
	boolean({
		name: 'isHiddenForConnectUsers',
		displayName: 'Hidden for Connect Users',
		description: 'Whether the tasks of this list are hidden from external (Connect) users of the workspace',
	});

export const listOrderField = (to?: string): Field =>
	number({
		name: 'order',
		to,
		displayName: 'Order',
		description: 'Position of the list among the project’s lists: lists are shown by ascending order (e.g. 1, 2, 2.5)',
	});
