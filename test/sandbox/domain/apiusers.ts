/**
 * API users (`/apiusers`): technical users an integration acts as. Creating one adds a user to the
 * workspace, so it announces `user_added` (the documented `POST /invitations` of docs/api/users.md
 * is not in the spec; this and `POST /tasks/assignuserbyemail` are the spec's ways in).
 *
 * An API user is stored as a `users` entity (the `User` model) plus `_apiUser` details. Per the
 * spec, API users show up in `GET /users` only with `showArchived=true`, so new ones are stored
 * archived. Users that own a sandbox API key count as API users too (the seeded API user).
 */
import { invalidOperation, notFound } from '../http/errors';
import type { HandlerContext, HandlerTable, PropertyChange, SandboxRequest } from '../types';
import { newUser, type StoredUser } from './people-models';
import { touch } from './people-shared';
import { emitUser } from './user-events';

/** What the `ApiUser` model adds to a user. */
interface ApiUserDetails {
	name: string;
	roleId: string | null;
	clientId: string | null;
}

type StoredApiUser = StoredUser & { _apiUser?: ApiUserDetails };

const users = (ctx: HandlerContext) => ctx.store.collection<StoredApiUser>('users', 'user');

function ownsApiKey(ctx: HandlerContext, userId: string): boolean {
	for (const owner of ctx.store.apiKeys.values()) if (owner.toLowerCase() === userId.toLowerCase()) return true;
	return false;
}

function isApiUser(ctx: HandlerContext, user: StoredApiUser): boolean {
	return user._apiUser !== undefined || ownsApiKey(ctx, user.id);
}

function detailsOf(user: StoredApiUser): ApiUserDetails {
	const name = [user.firstName, user.lastName].filter(Boolean).join(' ') || 'API user';
	return user._apiUser ?? { name, roleId: null, clientId: null };
}

/** The spec's `ApiUser` model. */
function apiUserView(user: StoredApiUser) {
	const { name, roleId, clientId } = detailsOf(user);
	return { id: user.id, name, roleId, clientId, createdOn: user.createdOn, createdBy: user.createdBy, updatedOn: user.updatedOn, updatedBy: user.updatedBy };
}

function requireApiUser(ctx: HandlerContext, id: string): StoredApiUser {
	const user = users(ctx).get(id);
	if (!user || !isApiUser(ctx, user)) throw notFound('API user', id);
	return user;
}

function trimmedName(req: SandboxRequest): string {
	// The spec requires a non-empty name; whitespace only is as good as empty.
	const name = String(req.body?.name ?? '').trim();
	if (!name) throw invalidOperation('The name of the API user must not be empty.');
	return name;
}

export const apiUsersHandlers: HandlerTable = {
	'GET /apiusers': (_req, ctx) => ({
		status: 200,
		body: users(ctx).where((u) => isApiUser(ctx, u)).map(apiUserView),
	}),

	'POST /apiusers': (req, ctx) => {
		const name = trimmedName(req);
		const user: StoredApiUser = newUser(ctx.store, req.userId, { firstName: name });
		user.isArchived = true;
		user._apiUser = { name, roleId: req.body.roleId ?? null, clientId: req.body.clientId ?? null };
		users(ctx).insert(user);
		emitUser(ctx, req, 'user_added', user);
		return { status: 200, body: apiUserView(user) };
	},

	'PUT /apiusers/{apiUserId}': (req, ctx) => {
		const user = requireApiUser(ctx, req.params.apiUserId);
		const before = detailsOf(user);
		const after: ApiUserDetails = { ...before, name: trimmedName(req), roleId: req.body.roleId ?? null };
		const changes: PropertyChange[] = [];
		if (after.name !== before.name) changes.push({ property: 'Name', old: before.name, new: after.name });
		if (after.roleId !== before.roleId) changes.push({ property: 'RoleId', old: before.roleId, new: after.roleId });
		user._apiUser = after;
		if (changes.length > 0) {
			// The user's name is the API user's name.
			if (after.name !== before.name) Object.assign(user, { firstName: after.name, lastName: null });
			touch(ctx.store, user, req.userId);
			emitUser(ctx, req, 'user_updated', user, changes);
		}
		return { status: 200, body: apiUserView(user) };
	},

	'DELETE /apiusers/{apiUserId}': (req, ctx) => {
		const user = requireApiUser(ctx, req.params.apiUserId);
		if (user.id === req.userId) throw invalidOperation('You cannot delete the API user you are acting as.');
		users(ctx).delete(user.id);
		emitUser(ctx, req, 'user_deleted', { ...user, deletedOn: ctx.store.timestamp() });
		return { status: 204 };
	},
};
