/** Event cases of the projects area: projects, their members and comments (see events.test.ts). */
import { get, mark, newProject, post, put, seededUser, type EventCases } from './events-testkit';

export const projectEventCases = {
	project_added: async () => {
		const since = mark();
		const project = await newProject('Spring campaign');
		return { since, entityType: 'project', entityId: project.id };
	},
	project_updated: async () => {
		const project = await newProject('Spring campaign');
		const since = mark();
		await put(`/projects/${project.id}`, { name: 'Summer campaign' });
		return { since, entityType: 'project', entityId: project.id, changes: [{ property: 'Name', old: 'Spring campaign', new: 'Summer campaign' }] };
	},
	project_type_changed: async () => {
		const project = await newProject('Retyped');
		const types: any[] = await get('/projecttypes');
		const other = types.find((t) => t.id !== project.projectTypeId && !t.isArchived);
		const since = mark();
		await post(`/projects/${project.id}/changeprojecttype`, { projectTypeId: other.id });
		return { since, entityType: 'project', entityId: project.id, changes: [{ property: 'ProjectTypeId', old: project.projectTypeId ?? null, new: other.id }] };
	},
	project_status_changed: async () => {
		const project = await newProject('Moving along');
		const statuses: any[] = await get(`/projects/${project.id}/projectstatuses`);
		const next = statuses.find((s) => s.id !== project.projectStatusId && s.type === 'progress');
		const since = mark();
		await post(`/projects/${project.id}/changestatus`, { projectStatusId: next.id });
		return { since, entityType: 'project', entityId: project.id, changes: [expect.objectContaining({ property: 'ProjectStatusId', new: next.id })] };
	},
	project_deleted: async () => {
		const project = await newProject('Cancelled');
		const since = mark();
		await post(`/projects/${project.id}/delete`, { deleteTimeTrackings: false });
		return { since, entityType: 'project', entityId: project.id };
	},
	projectmember_added: async () => {
		const project = await newProject('Staffed');
		const [role] = await get('/projectroles');
		const since = mark();
		await post(`/projects/${project.id}/addprojectmember`, { userId: seededUser(1).id, projectRoleId: role.id });
		return { since, entityType: 'project', entityId: project.id, changes: [expect.objectContaining({ property: 'Members', new: expect.any(String) })] };
	},
	projectmember_deleted: async () => {
		const project = await newProject('Destaffed');
		const [role] = await get('/projectroles');
		await post(`/projects/${project.id}/addprojectmember`, { userId: seededUser(1).id, projectRoleId: role.id });
		const since = mark();
		await post(`/projects/${project.id}/removeprojectmember`, { userId: seededUser(1).id });
		return { since, entityType: 'project', entityId: project.id, changes: [expect.objectContaining({ property: 'Members', old: expect.any(String) })] };
	},
	project_comment_added: async () => {
		const project = await newProject('Discussed');
		const since = mark();
		const comment = await post(`/projects/${project.id}/comments`, { message: 'Kick-off on Monday' });
		return { since, entityType: 'comment', entityId: comment.id };
	},
} satisfies EventCases;
