/**
 * Project roles. Exactly one role is the default for new members; a role still held by project
 * members can only be deleted when they are moved to another role.
 */
import { notFound } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable } from '../types';
import { auditFields, projectRolesOf, projectsOf, publicView, touch, type Entity, type StoredProjectMember } from './projects-model';
import { assertName, invalidOperation, requireBodyObject } from './projects-rules';
import { applyChanges } from './shared/changes';
import { ok } from './shared/respond';

export function newProjectRole(
	store: Store,
	actorId: string,
	form: { name: string; isDefault?: boolean | null; allowOnlyProjectMasterDataRead?: boolean },
): Entity {
	const roles = projectRolesOf(store);
	// The first role of a workspace is its default, whatever the form says.
	const isDefault = form.isDefault === true || roles.size === 0;
	if (isDefault) for (const role of roles.all()) role.isDefault = false;
	return roles.insert({
		id: store.newId(),
		name: form.name,
		isDefault,
		defaultProjectRoleId: null,
		allowOnlyProjectMasterDataRead: form.allowOnlyProjectMasterDataRead ?? false,
		...auditFields(store, actorId),
	});
}

function membersWithRole(store: Store, roleId: string): StoredProjectMember[] {
	return projectsOf(store).all().flatMap((p) => p.members.filter((m) => m.projectRoleId === roleId));
}

export function renderProjectRole(store: Store, role: Entity, includeMembers: boolean) {
	const members = membersWithRole(store, role.id);
	return { ...publicView(role), memberCount: members.length, members: includeMembers ? members.map(publicView) : null };
}

export const projectRoleHandlers: HandlerTable = {
	'GET /projectroles': (req, ctx) => {
		const includeMembers = String(req.query.includeMembers ?? 'false').toLowerCase() === 'true';
		return ctx.list(req, projectRolesOf(ctx.store).all().map((role) => renderProjectRole(ctx.store, role, includeMembers)));
	},

	'GET /projectroles/{projectRoleId}': (req, ctx) =>
		ok(renderProjectRole(ctx.store, projectRolesOf(ctx.store).require(req.params.projectRoleId), true)),

	'GET /projectroles/byuserid/{userId}': (req, ctx) => {
		const userId = req.params.userId.toLowerCase();
		if (!ctx.store.collection('users').has(userId)) throw notFound('user', req.params.userId);
		const roleIds = new Set(
			projectsOf(ctx.store).all().flatMap((p) => p.members.filter((m) => m.userId === userId).map((m) => m.projectRoleId)),
		);
		return ok(projectRolesOf(ctx.store).where((r) => roleIds.has(r.id)).map((r) => renderProjectRole(ctx.store, r, false)));
	},

	'POST /projectroles': (req, ctx) => {
		const form = requireBodyObject(req);
		assertName(form.name);
		return ok(renderProjectRole(ctx.store, newProjectRole(ctx.store, req.userId, form as { name: string }), false));
	},

	'PUT /projectroles/{projectRoleId}': (req, ctx) => {
		const store = ctx.store;
		const role = projectRolesOf(store).require(req.params.projectRoleId);
		const form = requireBodyObject(req);
		assertName(form.name);
		if (role.isDefault && form.isDefault === false) {
			// Someone has to stay default: the form names the successor.
			if (!form.defaultProjectRoleId) {
				throw invalidOperation('The default project role can only lose its flag when defaultProjectRoleId names the new default role.');
			}
			const successor = projectRolesOf(store).require(form.defaultProjectRoleId);
			role.isDefault = false;
			successor.isDefault = true;
		} else if (form.isDefault === true && !role.isDefault) {
			for (const other of projectRolesOf(store).all()) other.isDefault = false;
			role.isDefault = true;
		}
		applyChanges(role, {
			name: form.name,
			allowOnlyProjectMasterDataRead: form.allowOnlyProjectMasterDataRead ?? role.allowOnlyProjectMasterDataRead,
		});
		for (const member of membersWithRole(store, role.id)) member.projectRoleName = role.name;
		touch(store, role, req.userId);
		return ok(renderProjectRole(store, role, false));
	},

	'POST /projectroles/{projectRoleId}/delete': (req, ctx) => {
		const store = ctx.store;
		const role = projectRolesOf(store).require(req.params.projectRoleId);
		if (role.isDefault) throw invalidOperation('The default project role cannot be deleted; make another role the default first.');
		const members = membersWithRole(store, role.id);
		const newRoleId: string | undefined = req.body?.newProjectRoleId ?? undefined;
		if (members.length > 0) {
			if (!newRoleId) throw invalidOperation('The project role is still in use; newProjectRoleId is required to move its members.');
			if (newRoleId.toLowerCase() === role.id) throw invalidOperation('The members cannot be moved to the role being deleted.');
			const replacement = projectRolesOf(store).require(newRoleId);
			for (const member of members) {
				member.projectRoleId = replacement.id;
				member.projectRoleName = replacement.name;
			}
		}
		projectRolesOf(store).delete(role.id);
		return { status: 200 };
	},
};
