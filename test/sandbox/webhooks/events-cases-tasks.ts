/** Event cases of the tasks area: tasks, their assignments and comments, task lists (see events.test.ts). */
import { get, mark, newProject, newTask, post, put, seededUser, typesOfWork, type EventCases } from './events-testkit';

export const taskEventCases = {
	task_added: async () => {
		const project = await newProject('Tasked');
		const since = mark();
		const task = await post('/tasks', { baseType: 'projecttask', entityId: project.id, name: 'Draft the brief' });
		return { since, entityType: 'task', entityId: task.id };
	},
	task_updated: async () => {
		const { task } = await newTask('Draft the brief');
		const since = mark();
		await put(`/tasks/${task.id}`, { name: 'Draft the final brief' });
		return { since, entityType: 'task', entityId: task.id, changes: [{ property: 'Name', old: 'Draft the brief', new: 'Draft the final brief' }] };
	},
	task_status_changed: async () => {
		const { project, task } = await newTask('Finish me');
		const statuses: any[] = await get(`/projects/${project.id}/taskstatuses`);
		const done = statuses.find((s) => s.type === 'done');
		const since = mark();
		await post('/tasks/changestatuses', [{ taskId: task.id, statusId: done.id }]);
		return { since, entityType: 'task', entityId: task.id, changes: [expect.objectContaining({ property: 'TaskStatusId', old: task.taskStatusId, new: done.id })] };
	},
	task_type_changed: async () => {
		const { task } = await newTask('Retype me');
		const [typeA, typeB] = await typesOfWork();
		const target = task.typeOfWorkId === typeA.id ? typeB : typeA;
		const since = mark();
		await post('/tasks/changetypeofwork', { taskIds: [task.id], typeOfWorkId: target.id });
		return { since, entityType: 'task', entityId: task.id, changes: [{ property: 'TypeOfWorkId', old: task.typeOfWorkId, new: target.id }] };
	},
	task_deleted: async () => {
		const { task } = await newTask('Delete me');
		const since = mark();
		await post('/tasks/delete', { taskIds: [task.id], deleteTimeTrackings: false });
		return { since, entityType: 'task', entityId: task.id };
	},
	taskassignment_added: async () => {
		const { task } = await newTask('Assign me');
		const since = mark();
		await post(`/tasks/${task.id}/setassignees`, [seededUser(2).id]);
		return { since, entityType: 'task', entityId: task.id, changes: [{ property: 'AssigneeId', new: seededUser(2).id }] };
	},
	taskassignment_deleted: async () => {
		const { task } = await newTask('Unassign me');
		await post(`/tasks/${task.id}/setassignees`, [seededUser(2).id]);
		const since = mark();
		await post(`/tasks/${task.id}/setassignees`, []);
		return { since, entityType: 'task', entityId: task.id, changes: [{ property: 'AssigneeId', old: seededUser(2).id }] };
	},
	task_comment_added: async () => {
		const { task } = await newTask('Comment on me');
		const since = mark();
		const comment = await post(`/tasks/${task.id}/comments`, { message: 'Looks good' });
		return { since, entityType: 'comment', entityId: comment.id };
	},

	tasklist_added: async () => {
		const project = await newProject('Listed');
		const since = mark();
		const list = await post(`/projects/${project.id}/tasklists`, { name: 'Backlog' });
		return { since, entityType: 'tasklist', entityId: list.id };
	},
	tasklist_updated: async () => {
		const project = await newProject('Listed');
		const list = await post(`/projects/${project.id}/tasklists`, { name: 'Backlog' });
		const since = mark();
		await put(`/projects/${project.id}/tasklists/${list.id}`, { name: 'Icebox' });
		return { since, entityType: 'tasklist', entityId: list.id, changes: [{ property: 'Name', old: 'Backlog', new: 'Icebox' }] };
	},
	tasklist_deleted: async () => {
		const project = await newProject('Listed');
		const list = await post(`/projects/${project.id}/tasklists`, { name: 'Backlog' });
		const since = mark();
		await post(`/projects/${project.id}/tasklists/${list.id}/delete`, { deleteTasks: false });
		return { since, entityType: 'tasklist', entityId: list.id };
	},
} satisfies EventCases;
