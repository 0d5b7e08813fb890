/** What the checklist item operations share: the task picker, the item's ID and its own fields. */
import type { Field } from '../../shared/fields/field';
import { boolean, number } from '../../shared/fields/scalars';
import { id } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';

export const taskField = (): Field =>
	locator('task', { description: 'The task the checklist belongs to: pick it, paste its awork link, or enter its ID (GUID)' });

/** Checklist items have no picker of their own (awork has no search for them): their ID, checked to be a GUID. */
export const checklistItemIdField = (): Field =>
	id({
		name: 'checklistItemId',
		displayName: 'Checklist Item ID',
		description: 'The ID (GUID) of the checklist item, e.g. from Get Many or Create',
		required: true,
		expected: 'a checklist item ID (GUID)',
	});

export const checklistItemDetailFields = (): Field[] => [
	boolean({ name: 'isDone', displayName: 'Done', description: 'Whether the item is ticked off' }),
	number({
		name: 'order',
		displayName: 'Order',
		description: 'Position in the checklist: items are shown by ascending order (e.g. 1, 2, 2.5)',
	}),
];
