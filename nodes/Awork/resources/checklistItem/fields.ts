/** What the checklist item operations share: the task picker, the item's ID and its own fields. */
import type { Field } from '../../shared/fields/field';
import { readParameter } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { inputError } from '../../shared/fields/inputError';
import { boolean, number } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';

export const taskField = (): Field =>
	locator('task', { description: 'The task the checklist belongs to: pick it, paste its awork link, or enter its ID (GUID)' });

/** Checklist items have no picker of their own (awork has no search for them): their ID, checked to be a GUID. */
export const checklistItemIdField = (): Field => {
	const displayName = 'Checklist Item ID';
	return {
		property: {
			displayName,
			name: 'checklistItemId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90',
			description: 'The ID (GUID) of the checklist item, e.g. from Get Many or Create',
		},
		apply(context, path) {
			const raw = readParameter(context, path);
			if (!isGuid(raw)) throw inputError(context.node, context.itemIndex, displayName, 'a checklist item ID (GUID)', raw);
			context.values.checklistItemId = raw.trim().toLowerCase();
		},
	};
};

export const checklistItemDetailFields = (): Field[] => [
	boolean({ name: 'isDone', displayName: 'Done', description: 'Whether the item is ticked off' }),
	number({
		name: 'order',
		displayName: 'Order',
		description: 'Position in the checklist: items are shown by ascending order (e.g. 1, 2, 2.5)',
	}),
];
