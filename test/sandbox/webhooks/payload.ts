/** The body awork POSTs to a webhook (docs/webhooks.md: metadata plus the entity). */
import { collections } from '../domain/people-models';
import { workspaceOf, workspaceUrl } from '../domain/people-shared';
import type { Store } from '../store';
import type { EntityEvent } from '../types';

const PLURALS: Record<string, string> = { project: 'projects', task: 'tasks', user: 'users', company: 'companies' };

/** The weblink of the entity, or of the closest entity that has one (time entries → task/project/user). */
export function entityLink(store: Store, event: EntityEvent): string {
	const base = workspaceUrl(workspaceOf(store));
	const entity = (event.entity ?? {}) as Record<string, any>;
	const plural = PLURALS[event.entityType];
	if (plural) return `${base}/${plural}/${event.entityId}`;
	if (entity.taskId) return `${base}/tasks/${entity.taskId}`;
	if (entity.projectId) return `${base}/projects/${entity.projectId}`;
	if (entity.userId) return `${base}/users/${entity.userId}`;
	return `${base}/${event.entityType}s/${event.entityId}`;
}

export function buildPayload(store: Store, event: EntityEvent) {
	const actor = collections.users(store).get(event.userId);
	return {
		timestamp: store.timestamp(),
		eventType: event.eventType,
		entity: event.entity,
		entityId: event.entityId,
		entityType: event.entityType,
		entityLink: entityLink(store, event),
		traceId: event.traceId,
		triggeredBy: { id: event.userId, firstName: actor?.firstName ?? null, lastName: actor?.lastName ?? null },
		changes: event.changes ?? [],
	};
}
