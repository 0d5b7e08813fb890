/**
 * Small helpers shared by the people/time/files/webhooks handlers: the workspace record, audit
 * fields and copying body fields onto an entity.
 */
import type { Store } from '../store';
import { pascal } from './shared/changes';

/** The one workspace every sandbox user belongs to (seeded with the API user). */
export interface SandboxWorkspace {
	id: string;
	name: string;
	/** The subdomain used in entity links, e.g. `sandbox-demo` for https://sandbox-demo.awork.com. */
	subdomain: string;
}

export const WORKSPACE_COLLECTION = 'workspaces';

export function workspaceOf(store: Store): SandboxWorkspace {
	const workspaces = store.collection<SandboxWorkspace>(WORKSPACE_COLLECTION, 'workspace');
	const existing = workspaces.all()[0];
	if (existing) return existing;
	// A store that was never seeded still needs a workspace for /me and webhook links.
	return workspaces.insert({ id: store.newId(), name: 'Sandbox Workspace', subdomain: 'sandbox' });
}

export function workspaceUrl(workspace: SandboxWorkspace): string {
	return `https://${workspace.subdomain}.awork.com`;
}

/** createdOn/By + updatedOn/By for a new entity. */
export function createdAudit(store: Store, actorId: string, at = store.timestamp()) {
	return { createdOn: at, createdBy: actorId, updatedOn: at, updatedBy: actorId };
}

/** Marks an entity as updated by `actorId` now; bumps `resourceVersion` where the model has it. */
export function touch(store: Store, entity: Record<string, any>, actorId: string): void {
	entity.updatedOn = store.timestamp();
	entity.updatedBy = actorId;
	if (typeof entity.resourceVersion === 'number') entity.resourceVersion += 1;
}

/**
 * Copies the listed properties from a request body onto an entity, recording what changed.
 * awork's PUT replaces the whole model, so by default a property missing from the body becomes
 * null; `partial` keeps it instead.
 */
export function applyFields(
	entity: Record<string, any>,
	body: Record<string, any>,
	fields: readonly string[],
	partial = false,
): Array<{ property: string; old?: unknown; new?: unknown }> {
	const changes: Array<{ property: string; old?: unknown; new?: unknown }> = [];
	for (const field of fields) {
		if (partial && !(field in body)) continue;
		const next = body[field] ?? null;
		if (JSON.stringify(entity[field] ?? null) === JSON.stringify(next)) continue;
		changes.push({ property: pascal(field), old: entity[field] ?? null, new: next });
		entity[field] = next;
	}
	return changes;
}

export function isUuid(value: unknown): value is string {
	return typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
