import { expectStatus, startTaskSandbox, type TaskSandbox } from './tasks-testkit';

let t: TaskSandbox;
let taskId: string;
let apiUserId: string;

beforeAll(async () => {
	t = await startTaskSandbox();
	apiUserId = t.sandbox.store.apiKeys.get(t.sandbox.apiKey)!;
	const project = t.sandbox.store.collection<Record<string, any> & { id: string }>('projects').all().find((p) => p.projectStatus?.type !== 'closed')!;
	taskId = expectStatus(await t.post('/tasks', { baseType: 'projecttask', entityId: project.id, name: 'Checklist host' }), 200).body.id;
});
afterAll(() => t.sandbox.stop());
afterEach(() => expect(t.sandbox.responseViolations).toEqual([]));

describe('checklist items', () => {
	it('creates items in order, ticks them off and counts them on the task', async () => {
		const first = expectStatus(await t.post(`/tasks/${taskId}/checklistitems`, { name: 'Draft', isDone: false }), 200).body;
		const second = expectStatus(await t.post(`/tasks/${taskId}/checklistitems`, { name: 'Review', isDone: false }), 200).body;
		expect([first.order, second.order]).toEqual([1, 2]);
		expect(first).toMatchObject({ taskId, createdBy: apiUserId, isDone: false });
		const done = expectStatus(await t.put(`/tasks/${taskId}/checklistitems/${first.id}`, { name: 'Draft v2', isDone: true }), 200).body;
		expect(done).toMatchObject({ name: 'Draft v2', isDone: true, order: 1 });
		expect((await t.get(`/tasks/${taskId}`)).body).toMatchObject({ checklistItemsCount: 2, checklistItemsDoneCount: 1 });
		const listed = (await t.get(`/tasks/${taskId}/checklistitems?orderby=order desc`)).body as Array<{ id: string }>;
		expect(listed.map((i) => i.id)).toEqual([second.id, first.id]);
		expectStatus(await t.del(`/tasks/${taskId}/checklistitems/${second.id}`), 204);
		expect((await t.get(`/tasks/${taskId}/checklistitems/${second.id}`)).status).toBe(404);
		expect((await t.get(`/tasks/${taskId}`)).body.checklistItemsCount).toBe(1);
	});

	it('turns checklist items into subtasks', async () => {
		expectStatus(await t.post(`/tasks/${taskId}/checklistitems`, { name: 'Becomes a subtask', isDone: false }), 200);
		const subtasks = expectStatus(await t.post(`/tasks/${taskId}/checklistitems/tosubtasks`), 200).body as Array<Record<string, any>>;
		expect(subtasks.map((s) => s.name)).toEqual(['Draft v2', 'Becomes a subtask']);
		expect(subtasks.every((s) => s.parentId === taskId)).toBe(true);
		expect((await t.get(`/tasks/${taskId}`)).body).toMatchObject({ checklistItemsCount: 0, numberOfSubtasks: 2 });
	});
});

describe('task comments', () => {
	it('adds a comment with resolved mentions and a task_comment_added event', async () => {
		const user = t.sandbox.store.collection<Record<string, any> & { id: string }>('users').all().find((u) => u.id !== apiUserId)!;
		const comment = expectStatus(await t.post(`/tasks/${taskId}/comments`, { message: `<p>~[userId:${user.id}] please check</p>` }), 200).body;
		expect(comment).toMatchObject({ entityId: taskId, entityType: 'tasks', userId: apiUserId, task: { id: taskId, name: 'Checklist host' } });
		expect(comment.mentions.users.map((u: { id: string }) => u.id)).toEqual([user.id]);
		expect(comment.plainFormattedMessage).toBe(`@${user.firstName} ${user.lastName} please check`);
		expect(t.sandbox.events.filter((e) => e.eventType === 'task_comment_added' && e.entityId === comment.id)).toHaveLength(1);
		expect((await t.get(`/tasks/${taskId}`)).body.commentCount).toBe(1);
	});

	it('edits, reacts to and deletes comments of the task only', async () => {
		const comment = expectStatus(await t.post(`/tasks/${taskId}/comments`, { message: 'first' }), 200).body;
		const edited = expectStatus(await t.put(`/tasks/${taskId}/comments/${comment.id}`, { message: 'second' }), 200).body;
		expect(edited.message).toBe('second');
		expectStatus(await t.post(`/tasks/${taskId}/comments/${comment.id}/react`, { emoji: '👍', operation: 'add' }), 204);
		expectStatus(await t.post(`/tasks/${taskId}/comments/${comment.id}/react`, { emoji: '👍', operation: 'add' }), 204);
		expect((await t.get(`/tasks/${taskId}/comments/${comment.id}`)).body.reactions).toEqual([{ userId: apiUserId, emoji: '👍' }]);
		expectStatus(await t.post(`/tasks/${taskId}/comments/${comment.id}/react`, { emoji: '👍', operation: 'remove' }), 204);
		expect((await t.get(`/tasks/${taskId}/comments/${comment.id}`)).body.reactions).toEqual([]);

		const project = t.sandbox.store.collection<Record<string, any> & { id: string }>('projects').all()[0];
		expect((await t.get(`/projects/${project.id}/comments/${comment.id}`)).status).toBe(404);
		expectStatus(await t.del(`/tasks/${taskId}/comments/${comment.id}`), 204);
		const remaining = (await t.get(`/tasks/${taskId}/comments`)).body as Array<{ id: string }>;
		expect(remaining.map((c) => c.id)).not.toContain(comment.id);
	});
});
