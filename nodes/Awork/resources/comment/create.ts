/** POST /tasks/{id}/comments or /projects/{id}/comments. */
import { operation } from '../../shared/descriptions/operation';
import { boolean, text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { COMMENTS_PATH, commentIdField, commentParentFields, COMMENT_PARENTS } from './fields';

export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create a comment',
	description: 'Write a comment on a task or a project, optionally as a reply to another comment',
	method: 'POST',
	path: COMMENTS_PATH,
	pathChoices: COMMENT_PARENTS,
	findCreated: { list: COMMENTS_PATH, match: ['message'] },
	fields: [
		...commentParentFields(),
		text({
			name: 'message',
			displayName: 'Message',
			description:
				'The comment text, plain or as HTML. Mention a user with ~[userId:ID] (the user ID in place of ID); notify the watchers with ~[task] or ~[project], the whole workspace with ~[workspace].',
			required: true,
			multiline: true,
		}),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				commentIdField({
					name: 'inReplyToCommentId',
					displayName: 'In Reply To Comment ID',
					description: 'Post the comment as a reply to this comment (its ID, a GUID) of the same task or project',
				}),
				boolean({
					name: 'isHiddenForConnectUsers',
					displayName: 'Hidden for Connect Users',
					description: 'Whether to hide the comment from guests of other workspaces connected through awork Connect',
				}),
				locator('user', {
					name: 'author',
					displayName: 'Author',
					to: 'userId',
					required: false,
					description:
						'Write the comment in the name of this user (only admins and API users may); by default the user of the credentials',
				}),
			],
		}),
	],
});
