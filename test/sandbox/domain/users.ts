/**
 * Users (`/users…`): list/get/update, activation (`activate`/`deactivate` →
 * `user_activation_changed`), archiving (`setarchived` → `user_status_changed`), deletion,
 * contact infos and tags. There is no `POST /users`: users join as API users (`apiusers.ts`) or
 * are invited by email (`invitations.ts`), both announce `user_added`.
 */
import { invalidOperation } from '../http/errors';
import type { HandlerContext, HandlerTable, PropertyChange, SandboxRequest } from '../types';
import { apiUsersHandlers } from './apiusers';
import { invitationHandlers } from './invitations';
import { collections, type StoredUser } from './people-models';
import { contactInfoHandlers, tagHandlers, type OwnerAccess } from './people-owner-handlers';
import { applyFields, touch } from './people-shared';
import { emitUser } from './user-events';
import { withoutInternals } from './shared/internals';

const EDITABLE = ['firstName', 'lastName', 'birthDate', 'gender', 'title', 'position', 'language'] as const;

export { emitUser };

const users = (ctx: HandlerContext) => collections.users(ctx.store);

function updated(ctx: HandlerContext, req: SandboxRequest, user: StoredUser, changes?: PropertyChange[]) {
	touch(ctx.store, user, req.userId);
	emitUser(ctx, req, 'user_updated', user, changes);
}

function setDeactivated(req: SandboxRequest, ctx: HandlerContext, deactivated: boolean): StoredUser {
	const user = users(ctx).require(req.params.userId);
	if (deactivated && user.id === req.userId) throw invalidOperation('You cannot deactivate yourself.');
	if (user.isDeactivated !== deactivated) {
		const changes = [{ property: 'IsDeactivated', old: user.isDeactivated, new: deactivated }];
		user.isDeactivated = deactivated;
		user.status = { ...user.status, isDeactivated: deactivated };
		user.deactivatedOn = deactivated ? ctx.store.timestamp() : null;
		touch(ctx.store, user, req.userId);
		emitUser(ctx, req, 'user_activation_changed', user, changes);
	}
	return user;
}

const userHandlers: HandlerTable = {
	'GET /users': (req, ctx) => {
		const showArchived = String(req.query.showArchived ?? 'false') === 'true';
		return ctx.list(req, users(ctx).where((u) => showArchived || !u.isArchived).map(withoutInternals));
	},

	'GET /users/{userId}': (req, ctx) => ({ status: 200, body: withoutInternals(users(ctx).require(req.params.userId)) }),

	'PUT /users/{userId}': (req, ctx) => {
		const user = users(ctx).require(req.params.userId);
		const changes = applyFields(user as any, req.body ?? {}, EDITABLE);
		updated(ctx, req, user, changes);
		return { status: 200, body: withoutInternals(user) };
	},

	'DELETE /users/{userId}': (req, ctx) => {
		const user = users(ctx).require(req.params.userId);
		if (user.id === req.userId) throw invalidOperation('You cannot remove yourself from the workspace.');
		users(ctx).delete(user.id);
		emitUser(ctx, req, 'user_deleted', { ...user, deletedOn: ctx.store.timestamp() });
		return { status: 204 };
	},

	'POST /users/{userId}/activate': (req, ctx) => {
		setDeactivated(req, ctx, false);
		return { status: 204 };
	},

	'POST /users/{userId}/deactivate': (req, ctx) => {
		setDeactivated(req, ctx, true);
		// The summary counts private projects handed over/deleted; the sandbox has none to move.
		if (String(req.query.includeSummary ?? 'false') === 'true') {
			return { status: 200, body: { privateProjectManagersReassignedCount: 0, privateProjectsDeletedCount: 0 } };
		}
		return { status: 204 };
	},

	'POST /users/{userId}/setarchived': (req, ctx) => {
		const user = users(ctx).require(req.params.userId);
		const archived = Boolean(req.body?.isArchived);
		if (archived && user.id === req.userId) throw invalidOperation('You cannot archive yourself.');
		if (user.isArchived !== archived) {
			const changes = [{ property: 'IsArchived', old: user.isArchived, new: archived }];
			user.isArchived = archived;
			touch(ctx.store, user, req.userId);
			emitUser(ctx, req, 'user_status_changed', user, changes);
		}
		return { status: 200, body: { ...withoutInternals(user), accountId: null } };
	},
};

const userAccess: OwnerAccess<StoredUser> = { kind: 'user', basePath: '/users', idParam: 'userId', collection: users, updated };

const userContactInfoHandlers = contactInfoHandlers(userAccess, {
	infosOf: (user) => user.userContactInfos,
	changedProperty: 'UserContactInfos',
	typeRequired: false,
	pagedList: true,
});

/**
 * Everything about users, including the two ways the spec offers to add one (API users and
 * invitations by email); merged here so `domain/index.ts` needs no new entry.
 */
export const usersHandlers: HandlerTable = {
	...userHandlers,
	...userContactInfoHandlers,
	...tagHandlers(userAccess, 200),
	...apiUsersHandlers,
	...invitationHandlers,
};
