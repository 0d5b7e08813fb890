/**
 * Teams (`/teams…`): list/get (member and project IDs only when asked for with `includeUserIds` /
 * `includeProjectIds`), create, update, delete, and adding or removing users and projects. A user's
 * and a project's `teams` references follow their team memberships.
 */
import type { Store } from '../store';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { collections, type StoredUser } from './people-models';
import { applyFields, createdAudit, touch } from './people-shared';
import { projectsOf } from './tasks-shared';
import { assertValid } from './shared/respond';
import type { ValidationError } from '../http/errors';

export interface StoredTeam {
	id: string;
	name: string;
	icon: string | null;
	color: string | null;
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
	/** Members and projects; answered as `userIds` / `projectIds` only when the request asks. */
	_userIds: string[];
	_projectIds: string[];
}

export const teamsOf = (store: Store) => store.collection<StoredTeam>('teams', 'team');

const same = (a: unknown, b: unknown) => String(a ?? '').toLowerCase() === String(b ?? '').toLowerCase();
const flag = (req: SandboxRequest, name: string) => String(req.query[name] ?? 'false') === 'true';

function render(req: SandboxRequest, team: StoredTeam) {
	const { _userIds, _projectIds, ...rest } = team;
	return { ...rest, userIds: flag(req, 'includeUserIds') ? [..._userIds] : null, projectIds: flag(req, 'includeProjectIds') ? [..._projectIds] : null };
}

const teamRef = (team: StoredTeam) => ({ id: team.id, name: team.name, icon: team.icon, color: team.color });

function checkForm(body: Record<string, any>): void {
	const errors: ValidationError[] = [];
	if (typeof body.name !== 'string' || !body.name.trim()) errors.push({ property: 'name', message: 'The name is required.' });
	assertValid(errors);
}

/** The IDs of a body that must be an array of existing entities; unknown ones fail the whole request. */
function existingIds(body: unknown, exists: (id: string) => boolean, property: string): string[] {
	const ids = Array.isArray(body) ? body.map((id) => String(id).toLowerCase()) : [];
	const unknown = ids.filter((id) => !exists(id));
	assertValid(unknown.map((id) => ({ property, message: `The ${property === 'userIds' ? 'user' : 'project'} with the id '${id}' could not be found.` })));
	return [...new Set(ids)];
}

/** Keeps the `teams` references of users and projects in line with the team's members. */
function syncRefs(store: Store, team: StoredTeam): void {
	for (const user of collections.users(store).all()) {
		const member = team._userIds.some((id) => same(id, user.id));
		user.teams = user.teams.filter((t) => !same(t.id, team.id));
		if (member) user.teams.push(teamRef(team));
	}
	for (const project of projectsOf(store).all()) {
		const member = team._projectIds.some((id) => same(id, project.id));
		const refs = (project.teams ?? []) as Array<{ id: string }>;
		project.teams = refs.filter((t) => !same(t.id, team.id));
		if (member) project.teams.push(teamRef(team));
	}
}

export function newTeam(store: Store, actorId: string, fields: { name: string; icon?: string | null; color?: string | null }, at?: string): StoredTeam {
	return {
		id: store.newId(),
		name: fields.name.trim(),
		icon: fields.icon ?? null,
		color: fields.color ?? null,
		...createdAudit(store, actorId, at),
		_userIds: [],
		_projectIds: [],
	};
}

/** Puts users into a team (seed and handlers alike); returns the ones that were not members yet. */
export function addUsersToTeam(store: Store, team: StoredTeam, userIds: string[]): string[] {
	const added = userIds.filter((id) => !team._userIds.some((member) => same(member, id)));
	team._userIds.push(...added);
	syncRefs(store, team);
	return added;
}

/** Two teams of the demo workspace's people (runs last in the seed, so it draws nothing others use). */
export function seedTeams(store: Store, actorId: string, people: StoredUser[], at: string): void {
	const design = teamsOf(store).insert(newTeam(store, actorId, { name: 'Design', icon: 'brush', color: 'purple' }, at));
	const development = teamsOf(store).insert(newTeam(store, actorId, { name: 'Development', icon: 'computer', color: 'blue' }, at));
	addUsersToTeam(store, design, people.filter((_, i) => i % 2 === 0).map((u) => u.id));
	addUsersToTeam(store, development, people.filter((_, i) => i % 2 === 1).map((u) => u.id));
}

const teams = (ctx: HandlerContext) => teamsOf(ctx.store);

export const teamsHandlers: HandlerTable = {
	'GET /teams': (req, ctx) => ctx.list(req, teams(ctx).all().map((team) => render(req, team))),

	'GET /teams/{teamId}': (req, ctx) => ({ status: 200, body: render(req, teams(ctx).require(req.params.teamId)) }),

	'POST /teams': (req, ctx) => {
		const body = req.body ?? {};
		checkForm(body);
		const team = teams(ctx).insert(newTeam(ctx.store, req.userId, body as { name: string }));
		return { status: 200, body: render(req, team) };
	},

	'PUT /teams/{teamId}': (req, ctx) => {
		const team = teams(ctx).require(req.params.teamId);
		const body = req.body ?? {};
		checkForm(body);
		applyFields(team as any, { ...body, name: body.name.trim() }, ['name', 'icon', 'color']);
		touch(ctx.store, team, req.userId);
		syncRefs(ctx.store, team);
		return { status: 200, body: render(req, team) };
	},

	'DELETE /teams/{teamId}': (req, ctx) => {
		const team = teams(ctx).require(req.params.teamId);
		team._userIds = [];
		team._projectIds = [];
		syncRefs(ctx.store, team);
		teams(ctx).delete(team.id);
		return { status: 204 };
	},

	'POST /teams/{teamId}/addusers': (req, ctx) => {
		const team = teams(ctx).require(req.params.teamId);
		const ids = existingIds(req.body, (id) => Boolean(collections.users(ctx.store).get(id)), 'userIds');
		addUsersToTeam(ctx.store, team, ids);
		touch(ctx.store, team, req.userId);
		return { status: 200, body: ids.map((userId) => ({ userId, teamId: team.id })) };
	},

	'POST /teams/{teamId}/removeusers': (req, ctx) => {
		const team = teams(ctx).require(req.params.teamId);
		const ids = existingIds(req.body, (id) => Boolean(collections.users(ctx.store).get(id)), 'userIds');
		team._userIds = team._userIds.filter((member) => !ids.some((id) => same(id, member)));
		touch(ctx.store, team, req.userId);
		syncRefs(ctx.store, team);
		return { status: 204 };
	},

	'POST /teams/{teamId}/addprojects': (req, ctx) => {
		const team = teams(ctx).require(req.params.teamId);
		const ids = existingIds(req.body, (id) => Boolean(projectsOf(ctx.store).get(id)), 'projectIds');
		team._projectIds.push(...ids.filter((id) => !team._projectIds.some((p) => same(p, id))));
		touch(ctx.store, team, req.userId);
		syncRefs(ctx.store, team);
		return { status: 200, body: ids.map((projectId) => ({ projectId, teamId: team.id })) };
	},

	'POST /teams/{teamId}/removeprojects': (req, ctx) => {
		const team = teams(ctx).require(req.params.teamId);
		const ids = existingIds(req.body, (id) => Boolean(projectsOf(ctx.store).get(id)), 'projectIds');
		team._projectIds = team._projectIds.filter((p) => !ids.some((id) => same(id, p)));
		touch(ctx.store, team, req.userId);
		syncRefs(ctx.store, team);
		return { status: 204 };
	},
};
