/**
 * Project members: add, change role/responsibility, remove. A user is a member once; at most one
 * member is responsible; the role must exist (awork: be available in the project).
 */
import { ApiError, notFound } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable } from '../types';
import { projectRolesOf, projectsOf, publicView, touch, usersOf, type Entity, type StoredProject, type StoredProjectMember } from './projects-model';
import { assertProjectWritable, invalidOperation, requireBodyObject } from './projects-rules';
import { renderProject } from './projects-view';
import { emit } from './shared/changes';
import { noContent, ok } from './shared/respond';

export function newMember(store: Store, user: Entity, role: Entity, isResponsible: boolean): StoredProjectMember {
	return {
		id: store.newId(),
		userId: user.id,
		firstName: user.firstName ?? null,
		lastName: user.lastName ?? null,
		hasImage: user.hasImage ?? false,
		projectRoleId: role.id,
		projectRoleName: role.name,
		isResponsible,
		isDeactivated: user.isDeactivated === true,
		isExternal: false,
	};
}

function assertResponsibleFree(project: StoredProject, exceptUserId?: string): void {
	const other = project.members.find((m) => m.isResponsible && m.userId !== exceptUserId);
	if (other) throw invalidOperation('The project already has a responsible member; only one member can be responsible.');
}

function findMember(project: StoredProject, userId: string): StoredProjectMember | undefined {
	return project.members.find((m) => m.userId === userId.toLowerCase());
}

export const projectMemberHandlers: HandlerTable = {
	'GET /projects/{projectId}/members': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		return ctx.list(req, renderProject(ctx.store, project).members);
	},

	'POST /projects/{projectId}/addprojectmember': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		assertProjectWritable(project);
		const form = requireBodyObject(req);
		const user = usersOf(store).require(form.userId);
		if (user.isDeactivated) throw new ApiError(400, 'deactivated-user', 'A deactivated user cannot be added to a project.');
		const role = projectRolesOf(store).require(form.projectRoleId);
		if (findMember(project, user.id)) throw new ApiError(400, 'already-exist-error', 'The user is already a member of this project.');
		if (form.isResponsible) assertResponsibleFree(project);
		const member = newMember(store, user, role, form.isResponsible === true);
		project.members.push(member);
		touch(store, project, req.userId);
		emit(ctx, req, 'projectmember_added', 'project', renderProject(store, project), [{ property: 'Members', new: user.id }]);
		return ok(publicView(member));
	},

	'POST /projects/{projectId}/updateprojectmember': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		assertProjectWritable(project);
		const form = requireBodyObject(req);
		const member = findMember(project, form.userId);
		if (!member) throw notFound('project member', form.userId);
		const role = projectRolesOf(store).require(form.projectRoleId);
		if (form.isResponsible === true) assertResponsibleFree(project, member.userId);
		member.projectRoleId = role.id;
		member.projectRoleName = role.name;
		if (typeof form.isResponsible === 'boolean') member.isResponsible = form.isResponsible;
		touch(store, project, req.userId);
		emit(ctx, req, 'project_updated', 'project', renderProject(store, project), [{ property: 'Members', new: member.userId }]);
		return ok(publicView(member));
	},

	'POST /projects/{projectId}/removeprojectmember': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		assertProjectWritable(project);
		const userId = String(requireBodyObject(req).userId ?? '');
		const member = findMember(project, userId);
		if (!member) throw notFound('project member', userId);
		project.members = project.members.filter((m) => m !== member);
		touch(store, project, req.userId);
		emit(ctx, req, 'projectmember_deleted', 'project', renderProject(store, project), [{ property: 'Members', old: member.userId }]);
		return noContent();
	},
};
