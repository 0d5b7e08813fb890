/** DELETE /tasks/{id}/comments/{commentId} or the project's: awork has no archive for comments. */
import { operation } from '../../shared/descriptions/operation';
import { COMMENT_PATH, commentIdParameter, commentParentFields, deletedCommentOutput, COMMENT_PARENTS } from './fields';

export const deleteComment = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a comment',
	description: 'Delete a comment for good, with its reactions and all replies to it (awork cannot archive comments)',
	method: 'DELETE',
	path: COMMENT_PATH,
	pathChoices: COMMENT_PARENTS,
	fields: [...commentParentFields(), commentIdParameter()],
	output: [deletedCommentOutput],
});
