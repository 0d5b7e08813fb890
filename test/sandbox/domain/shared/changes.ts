/**
 * How an update becomes webhook `changes`, shared by every domain area: property names in
 * PascalCase (docs/webhooks.md), and only properties whose value really changed.
 */
import type { HandlerContext, PropertyChange, SandboxRequest, WebhookEventType } from '../../types';

/** awork names changed properties in PascalCase in webhook payloads. */
export function pascal(name: string): string {
	return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Applies `patch` to `entity` and returns the changes of the properties whose value really changed.
 * An `undefined` value leaves the property alone; `null` clears it.
 */
export function applyChanges(entity: Record<string, any>, patch: Record<string, unknown>): PropertyChange[] {
	const changes: PropertyChange[] = [];
	for (const [field, value] of Object.entries(patch)) {
		if (value === undefined) continue;
		const old = entity[field] ?? null;
		const next = value ?? null;
		if (JSON.stringify(old) === JSON.stringify(next)) continue;
		changes.push({ property: pascal(field), old, new: next });
		entity[field] = next;
	}
	return changes;
}

/** Announces a change of `entity` for webhook delivery, on behalf of the requesting user. */
export function emit(
	ctx: HandlerContext,
	req: SandboxRequest,
	eventType: WebhookEventType,
	entityType: string,
	entity: { id: string } | Record<string, any>,
	changes?: PropertyChange[],
): void {
	ctx.emit({ eventType, entityType, entityId: String(entity.id), entity, changes, userId: req.userId, traceId: req.traceId });
}
