/** Announces a change of a workspace user (entity: the `User` model without internal fields). */
import type { HandlerContext, PropertyChange, SandboxRequest, WebhookEventType } from '../types';
import type { StoredUser } from './people-models';
import { withoutInternals } from './shared/internals';

export function emitUser(
	ctx: HandlerContext,
	req: SandboxRequest,
	eventType: WebhookEventType,
	user: StoredUser,
	changes?: PropertyChange[],
): void {
	ctx.emit({ eventType, entityType: 'user', entityId: user.id, entity: withoutInternals(user), changes, userId: req.userId, traceId: req.traceId });
}
