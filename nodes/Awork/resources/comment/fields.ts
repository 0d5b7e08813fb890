/** What every comment operation shares: the task or project the comments belong to, comment IDs, Simplify. */
import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { shownWhen } from '../../shared/fields/conditional';
import type { Field, FieldOptions } from '../../shared/fields/field';
import { choice } from '../../shared/fields/scalars';
import { id } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { itemState } from '../../shared/routing/itemState';
import { compact, ref } from '../../shared/output/simplify';

type CommentParent = 'task' | 'project';

/** awork's comment endpoints have the same shape under `/tasks/{id}` and `/projects/{id}`. */
const PARENT_SEGMENTS: Record<CommentParent, string> = { task: 'tasks', project: 'projects' };

/** The comments of the chosen task or project; `{_parent}` and `{_parentId}` come from `commentParentFields`. */
export const COMMENTS_PATH = '/{_parent}/{_parentId}/comments';
/** What `{_parent}` may be, for the endpoint catalog's curated marks. */
export const COMMENT_PARENTS = { _parent: ['tasks', 'projects'] };
export const COMMENT_PATH = `${COMMENTS_PATH}/{commentId}`;

const commentOn = choice({
	name: 'commentOn',
	displayName: 'Comment On',
	description: 'Whether the comments belong to a task or to a project',
	options: [
		{ name: 'Task', value: 'task', description: 'Comments on a task' },
		{ name: 'Project', value: 'project', description: 'Comments on a project itself (not on its tasks)' },
	],
	default: 'task',
	required: true,
	to: '_commentOn',
});

/** A locator shown and applied only when "Comment On" is `parent`. */
function parentLocator(parent: CommentParent): Field {
	return shownWhen(
		{ parameter: 'commentOn', value: '_commentOn', is: [parent] },
		locator(parent, {
			to: '_parentId',
			description: `The ${parent} the comments belong to: pick it from the list, paste its link from awork, or enter its ID (GUID)`,
		}),
	);
}

/** "Comment On" and the task or project locator; they fill `{_parent}/{_parentId}` of the path. */
export function commentParentFields(): Field[] {
	return [
		{
			// Fixed per node: it decides which locator is shown (and required).
			property: { ...commentOn.property, noDataExpression: true },
			apply(context, path) {
				commentOn.apply?.(context, path);
				context.values._parent = PARENT_SEGMENTS[context.values._commentOn as CommentParent];
			},
		},
		parentLocator('task'),
		parentLocator('project'),
	];
}

/** One comment ID (there is no comment picker: IDs come from Get Many, Create or a webhook). */
export function commentIdField(options: FieldOptions): Field {
	return id({ ...options, expected: 'a comment ID (GUID), e.g. from Get Many or the awork trigger' });
}

export const commentIdParameter = (): Field =>
	commentIdField({ name: 'commentId', displayName: 'Comment ID', description: 'The ID (GUID) of the comment', required: true });

/** awork answers a delete with no body: say what was deleted instead. */
export const deletedCommentOutput: PostReceiveAction = async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const { values } = itemState(this);
	return [{ json: { success: true, commentId: values.commentId, [`${String(values._commentOn)}Id`]: values._parentId } }];
};

function personName(user: unknown): IDataObject | undefined {
	if (!user || typeof user !== 'object') return undefined;
	const { id, firstName, lastName } = user as IDataObject;
	return compact({ id, name: [firstName, lastName].filter(Boolean).join(' ') || undefined });
}

/** The comment fields most workflows use (Simplify on): the text without markup, who wrote it, where. */
export function simplifyComment(comment: IDataObject): IDataObject {
	const mentions = comment.mentions as IDataObject | undefined;
	const mentioned = Array.isArray(mentions?.users) ? (mentions.users as IDataObject[]).map((user) => user.id) : undefined;
	return compact({
		id: comment.id,
		message: comment.plainFormattedMessage ?? comment.message,
		rawMessage: comment.message,
		author: personName(comment.user) ?? (comment.userId ? { id: comment.userId } : undefined),
		entityType: comment.entityType,
		entity: ref(comment.entity),
		project: ref(comment.project),
		inReplyToCommentId: comment.inReplyToCommentId ?? undefined,
		isHiddenForConnectUsers: comment.isHiddenForConnectUsers,
		mentionedUserIds: mentioned?.length ? mentioned : undefined,
		reactions: Array.isArray(comment.reactions) && comment.reactions.length ? comment.reactions : undefined,
		createdOn: comment.createdOn,
		updatedOn: comment.updatedOn,
	});
}
