/**
 * Users (`/users…`): list/get/update, activation (`activate`/`deactivate` →
 * `user_activation_changed`), archiving (`setarchived` → `user_status_changed`), deletion,
 * contact infos, tags and the weekly capacity (seconds per weekday, 8 h Monday to Friday until set). There is no `POST /users`: users join as API users (`apiusers.ts`) or
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

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type WeeklyCapacity = Record<(typeof WEEKDAYS)[number], number>;
interface StoredCapacity {
	/** The user's ID: one capacity per user. */
	id: string;
	weekly: WeeklyCapacity;
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
}

const defaultWeek = (): WeeklyCapacity => ({ mon: 28800, tue: 28800, wed: 28800, thu: 28800, fri: 28800, sat: 0, sun: 0 });
const capacities = (ctx: HandlerContext) => ctx.store.collection<StoredCapacity>('userCapacities', 'user capacity');

/** The user's capacity, created with awork's default week the first time it is read. */
function capacityOf(ctx: HandlerContext, user: StoredUser): StoredCapacity {
	const found = capacities(ctx).get(user.id);
	if (found) return found;
	return capacities(ctx).insert({ id: user.id, weekly: defaultWeek(), createdOn: user.createdOn, createdBy: user.createdBy, updatedOn: user.createdOn, updatedBy: user.createdBy });
}

function renderCapacity(capacity: StoredCapacity) {
	const { id, weekly, ...audit } = capacity;
	return { userId: id, weeklyCapacity: { ...weekly }, ...audit, capacityPerWeek: WEEKDAYS.reduce((sum, day) => sum + weekly[day], 0) };
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

	'GET /users/{userId}/capacity': (req, ctx) => ({ status: 200, body: renderCapacity(capacityOf(ctx, users(ctx).require(req.params.userId))) }),

	'PUT /users/{userId}/capacity': (req, ctx) => {
		const capacity = capacityOf(ctx, users(ctx).require(req.params.userId));
		const body = req.body ?? {};
		const days = WEEKDAYS.filter((day) => typeof body[day] === 'number');
		if (days.length) {
			// Days left out keep their value.
			for (const day of days) capacity.weekly[day] = body[day];
		} else if (typeof body.capacityPerWeek === 'number') {
			// The deprecated weekly total is spread over Monday to Friday.
			const perDay = Math.round(body.capacityPerWeek / 5);
			capacity.weekly = { mon: perDay, tue: perDay, wed: perDay, thu: perDay, fri: perDay, sat: 0, sun: 0 };
		} else {
			capacity.weekly = defaultWeek();
		}
		capacity.updatedOn = ctx.store.timestamp();
		capacity.updatedBy = req.userId;
		return { status: 200, body: renderCapacity(capacity) };
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
