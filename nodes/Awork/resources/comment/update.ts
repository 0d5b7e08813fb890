/** PUT /tasks/{id}/comments/{commentId} (or the project's) with the current values for what is not changed. */
import { operation } from '../../shared/descriptions/operation';
import { boolean, text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { mergeWithCurrent } from '../../shared/routing/mergeCurrent';
import { COMMENT_PATH, commentIdParameter, commentParentFields, COMMENT_PARENTS } from './fields';

/** The properties of awork's comment PUT form worth keeping; `message` is required there. */
const COMMENT_FORM = ['message', 'isHiddenForConnectUsers'] as const;

export const update = operation({
	value: 'update',
	name: 'Update',
	action: 'Update a comment',
	description: 'Change the message or visibility of a comment; what you do not set keeps its current value',
	method: 'PUT',
	path: COMMENT_PATH,
	pathChoices: COMMENT_PARENTS,
	fields: [
		...commentParentFields(),
		commentIdParameter(),
		optional({
			name: 'updateFields',
			displayName: 'Update Fields',
			fields: [
				text({
					name: 'message',
					displayName: 'Message',
					description: 'The new comment text, plain or as HTML; mention a user with ~[userId:ID] (the user ID in place of ID)',
					multiline: true,
				}),
				boolean({
					name: 'isHiddenForConnectUsers',
					displayName: 'Hidden for Connect Users',
					description: 'Whether to hide the comment from guests of other workspaces connected through awork Connect',
				}),
			],
		}),
	],
	before: [mergeWithCurrent(COMMENT_PATH, COMMENT_FORM)],
});
