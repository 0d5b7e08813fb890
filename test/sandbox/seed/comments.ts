/** Seeded comments on tasks and projects, stored the way `POST …/comments` stores them. */
import type { Store } from '../store';
import { commentsOf, nextResourceVersion } from '../domain/tasks-shared';

/** A stored task or project; only its `id` and `name` are read. */
type NamedRef = Record<string, any>;

/** Inserts a plain comment (no mentions, no HTML) by `authorId` at `at` on a task or a project. */
export function insertSeedComment(
	store: Store,
	on: { type: 'task' | 'project'; entity: NamedRef; project: NamedRef },
	authorId: string,
	message: string,
	at: string,
): void {
	const entityRef = { id: on.entity.id, name: on.entity.name ?? null };
	commentsOf(store).insert({
		id: store.newId(),
		entityId: on.entity.id,
		entityType: `${on.type}s`,
		entity: entityRef,
		...(on.type === 'task' ? { task: entityRef } : {}),
		project: { id: on.project.id, name: on.project.name ?? null },
		createdOn: at, createdBy: authorId, updatedOn: at, updatedBy: authorId,
		agentId: null,
		agentNameSnapshot: null,
		mentions: { users: [], agentIds: [], everyUserHadPermissions: true },
		reactions: [],
		formattedMessage: message,
		plainFormattedMessage: message,
		resourceVersion: nextResourceVersion(store),
		message,
		userId: authorId,
		previews: [],
		isHiddenForConnectUsers: false,
		isResolved: null,
		inReplyToCommentId: null,
		_target: { type: on.type, id: on.entity.id },
	});
}
