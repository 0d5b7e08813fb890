/**
 * Comments on tasks and projects (one `comments` collection, each comment tagged with its
 * `_target`). Mentions use awork's `~[userId:<id>]` syntax and are resolved into `mentions`.
 */
import { invalidOperation, notFound } from '../http/errors';
import type { Store } from '../store';
import type { HandlerContext, HandlerTable, SandboxRequest, WebhookEventType } from '../types';
import { requireVisibleTask } from './tasks-core';
import { audit, commentsOf, nextResourceVersion, projectsOf, touch, usersOf } from './tasks-shared';
import { emit } from './shared/changes';
import { noContent, ok } from './shared/respond';
import { withoutInternals } from './shared/internals';

type TargetType = 'task' | 'project';
interface Target {
	type: TargetType;
	id: string;
	name: string | null;
	projectId: string | null;
}

const MENTION = /~\[userId:([0-9a-fA-F-]{36})\]/g;

function resolveTarget(req: SandboxRequest, ctx: HandlerContext, type: TargetType): Target {
	if (type === 'task') {
		const task = requireVisibleTask(ctx.store, req.params.taskId, req.userId);
		return { type, id: task.id, name: task.name, projectId: task.projectId };
	}
	const project = projectsOf(ctx.store).require(req.params.projectId);
	return { type, id: project.id, name: project.name ?? null, projectId: project.id };
}

function connectedUser(store: Store, userId: string) {
	const user = usersOf(store).get(userId);
	return { id: userId, firstName: user?.firstName ?? null, lastName: user?.lastName ?? null, hasImage: user?.hasImage ?? false, isExternal: user?.isExternal ?? false };
}

/** The message with mentions spelled out (formatted keeps HTML, plain drops it). */
function formatMessage(store: Store, message: string) {
	const mentioned: string[] = [];
	const formatted = message.replace(MENTION, (_match, id: string) => {
		const user = usersOf(store).get(id);
		if (user && !mentioned.includes(user.id)) mentioned.push(user.id);
		return user ? `@${[user.firstName, user.lastName].filter(Boolean).join(' ')}` : '@unknown';
	});
	const plain = formatted.replace(/<[^>]*>/g, '').trim();
	return { formatted, plain, mentioned };
}

function applyMessage(store: Store, comment: Record<string, any>, message: string): void {
	const { formatted, plain, mentioned } = formatMessage(store, message);
	comment.message = message;
	comment.formattedMessage = formatted;
	comment.plainFormattedMessage = plain;
	comment.mentions = { users: mentioned.map((id) => connectedUser(store, id)), agentIds: [], everyUserHadPermissions: true };
}

function render(store: Store, comment: Record<string, any>) {
	return { ...withoutInternals(comment), user: connectedUser(store, comment.userId) };
}

function commentsOn(store: Store, target: Target) {
	return commentsOf(store)
		.where((c) => c._target?.type === target.type && c._target.id === target.id)
		.sort((a, b) => String(a.createdOn).localeCompare(String(b.createdOn)));
}

function requireComment(store: Store, target: Target, commentId: string) {
	const comment = commentsOf(store).get(commentId);
	if (!comment || comment._target?.type !== target.type || comment._target.id !== target.id) throw notFound('comment', commentId);
	return comment;
}

/** The handlers of one comment family, e.g. `/tasks/{taskId}/comments`. */
function commentHandlers(type: TargetType, base: string, addedEvent: WebhookEventType): HandlerTable {
	return {
		[`GET ${base}`]: (req, ctx) => {
			const target = resolveTarget(req, ctx, type);
			return ctx.list(req, commentsOn(ctx.store, target).map((c) => render(ctx.store, c)));
		},

		[`POST ${base}`]: (req, ctx) => {
			const target = resolveTarget(req, ctx, type);
			const authorId = req.body.userId ? usersOf(ctx.store).require(req.body.userId).id : req.userId.toLowerCase();
			if (req.body.inReplyToCommentId) requireComment(ctx.store, target, req.body.inReplyToCommentId);
			const ref = { id: target.id, name: target.name };
			const comment: Record<string, any> & { id: string } = {
				id: ctx.store.newId(),
				entityId: target.id,
				entityType: `${type}s`,
				entity: ref,
				...(type === 'task' ? { task: ref } : {}),
				...(target.projectId ? { project: { id: target.projectId, name: projectsOf(ctx.store).get(target.projectId)?.name ?? null } } : {}),
				...audit(ctx.store, req.userId),
				agentId: null,
				agentNameSnapshot: null,
				reactions: [],
				resourceVersion: nextResourceVersion(ctx.store),
				userId: authorId,
				previews: req.body.previews ?? [],
				isHiddenForConnectUsers: req.body.isHiddenForConnectUsers ?? false,
				isResolved: null,
				inReplyToCommentId: req.body.inReplyToCommentId?.toLowerCase() ?? null,
				_target: { type, id: target.id },
			};
			applyMessage(ctx.store, comment, req.body.message);
			commentsOf(ctx.store).insert(comment);
			const view = render(ctx.store, comment);
			emit(ctx, req, addedEvent, 'comment', view);
			return ok(view);
		},

		/** Deletes every comment of the entity. */
		[`DELETE ${base}`]: (req, ctx) => {
			const target = resolveTarget(req, ctx, type);
			for (const comment of commentsOn(ctx.store, target)) commentsOf(ctx.store).delete(comment.id);
			return noContent();
		},

		[`GET ${base}/{commentId}`]: (req, ctx) => {
			const target = resolveTarget(req, ctx, type);
			return ok(render(ctx.store, requireComment(ctx.store, target, req.params.commentId)));
		},

		[`PUT ${base}/{commentId}`]: (req, ctx) => {
			const target = resolveTarget(req, ctx, type);
			const comment = requireComment(ctx.store, target, req.params.commentId);
			applyMessage(ctx.store, comment, req.body.message);
			if (req.body.previews) comment.previews = req.body.previews;
			// "Providing a null value will not change the current state."
			if (req.body.isHiddenForConnectUsers != null) comment.isHiddenForConnectUsers = req.body.isHiddenForConnectUsers;
			touch(ctx.store, comment, req.userId);
			return ok(render(ctx.store, comment));
		},

		[`DELETE ${base}/{commentId}`]: (req, ctx) => {
			const target = resolveTarget(req, ctx, type);
			const comment = requireComment(ctx.store, target, req.params.commentId);
			commentsOf(ctx.store).delete(comment.id);
			return noContent();
		},

		/** One reaction per user and emoji; `remove` takes the requesting user's reaction away. */
		[`POST ${base}/{commentId}/react`]: (req, ctx) => {
			const target = resolveTarget(req, ctx, type);
			const comment = requireComment(ctx.store, target, req.params.commentId);
			const me = req.userId.toLowerCase();
			const { emoji, operation } = req.body as { emoji: string; operation: string };
			const mine = (r: { userId: string; emoji: string }) => r.userId === me && r.emoji === emoji;
			if (operation === 'add') {
				if (!comment.reactions.some(mine)) comment.reactions.push({ userId: me, emoji });
			} else if (operation === 'remove') {
				comment.reactions = comment.reactions.filter((r: { userId: string; emoji: string }) => !mine(r));
			} else {
				throw invalidOperation(`The reaction operation '${operation}' is not supported; use 'add' or 'remove'.`);
			}
			return noContent();
		},
	};
}

export const taskCommentHandlers = commentHandlers('task', '/tasks/{taskId}/comments', 'task_comment_added');
export const projectCommentHandlers = commentHandlers('project', '/projects/{projectId}/comments', 'project_comment_added');
