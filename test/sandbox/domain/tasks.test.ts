import { expectStatus, startTaskSandbox, type TaskSandbox } from './tasks-testkit';

let t: TaskSandbox;
let apiUserId: string;
let project: Record<string, any>;
let otherProject: Record<string, any>;
let closedProject: Record<string, any>;

const projects = () => t.sandbox.store.collection<Record<string, any> & { id: string }>('projects').all();
const eventsOf = (type: string, entityId?: string) =>
	t.sandbox.events.filter((e) => e.eventType === type && (!entityId || e.entityId === entityId));

async function createTask(body: Record<string, unknown>) {
	return expectStatus(await t.post('/tasks', { baseType: 'projecttask', entityId: project.id, ...body }), 200).body;
}

async function statusesOf(projectId: string): Promise<Array<Record<string, any>>> {
	return expectStatus(await t.get(`/projects/${projectId}/taskstatuses`), 200).body;
}

beforeAll(async () => {
	t = await startTaskSandbox();
	apiUserId = t.sandbox.store.apiKeys.get(t.sandbox.apiKey)!;
	const open = projects().filter((p) => p.projectStatus?.type !== 'closed' && p.projectKey);
	[project, otherProject] = open;
	closedProject = projects().find((p) => p.projectStatus?.type === 'closed')!;
	expect(project && otherProject && closedProject).toBeTruthy();
});

afterAll(() => t.sandbox.stop());

afterEach(() => {
	// Every response the tests saw must match the spec's response schema.
	expect(t.sandbox.responseViolations).toEqual([]);
});

describe('creating tasks', () => {
	it('creates a project task with the next task number, the first todo status and a task_added event', async () => {
		const before = (await t.get(`/projects/${project.id}/projecttasks`)).body as Array<{ taskNumber: number }>;
		const highest = Math.max(0, ...before.map((x) => x.taskNumber));
		const task = await createTask({ name: 'Write release notes', dueOn: '2025-06-10T00:00:00Z' });
		expect(task).toMatchObject({
			name: 'Write release notes',
			baseType: 'projecttask',
			projectId: project.id,
			entityId: project.id,
			userId: null,
			taskNumber: highest + 1,
			taskIdentifier: `${project.projectKey}-${highest + 1}`,
			isSubtask: false,
			correlationId: task.id,
			createdBy: apiUserId,
		});
		expect(task.taskStatus.type).toBe('todo');
		expect(task.project).toMatchObject({ id: project.id, projectKey: project.projectKey });
		expect(eventsOf('task_added', task.id)).toHaveLength(1);
		expect((await t.get(`/tasks/${task.id}`)).body).toEqual(task);
	});

	it('creates a private task for the requesting user, outside every project list', async () => {
		const task = expectStatus(await t.post('/tasks', { baseType: 'private', name: 'Call the tax office' }), 200).body;
		expect(task).toMatchObject({ baseType: 'private', userId: apiUserId, entityId: apiUserId, projectId: null, taskNumber: null, taskIdentifier: null });
		expect(task.project).toBeUndefined();
		const privateStatuses = expectStatus(await t.get('/me/privatetasks/taskstatuses'), 200).body as Array<{ id: string }>;
		expect(privateStatuses.map((s) => s.id)).toContain(task.taskStatusId);
		const mine = (await t.get('/me/privatetasks')).body as Array<{ id: string }>;
		expect(mine.map((x) => x.id)).toContain(task.id);
		const projectTasks = (await t.get('/me/projecttasks')).body as Array<{ id: string }>;
		expect(projectTasks.map((x) => x.id)).not.toContain(task.id);
	});

	it('rejects unknown and closed projects, a missing project id and a start after the due date', async () => {
		const unknown = await t.post('/tasks', { baseType: 'projecttask', entityId: '00000000-0000-4000-8000-000000000000', name: 'x' });
		expect(unknown.status).toBe(404);
		expect(unknown.body.code).toBe('not-found');
		const closed = await t.post('/tasks', { baseType: 'projecttask', entityId: closedProject.id, name: 'x' });
		expect([closed.status, closed.body.code]).toEqual([400, 'entity-archived']);
		const noProject = await t.post('/tasks', { baseType: 'projecttask', name: 'x' });
		expect([noProject.status, noProject.body.code]).toEqual([400, 'validation-failed']);
		const dates = await t.post('/tasks', { baseType: 'projecttask', entityId: project.id, name: 'x', startOn: '2025-07-02T00:00:00Z', dueOn: '2025-07-01T00:00:00Z' });
		expect([dates.status, dates.body.code]).toEqual([400, 'date-dependency']);
	});

	it('rejects a status of another project', async () => {
		const foreign = (await statusesOf(otherProject.id))[0];
		const answer = await t.post('/tasks', { baseType: 'projecttask', entityId: project.id, name: 'x', taskStatusId: foreign.id });
		expect([answer.status, answer.body.code]).toEqual([400, 'invalid-operation']);
	});
});

describe('subtasks', () => {
	it('links a subtask to its parent, one level deep and in the same project only', async () => {
		const parent = await createTask({ name: 'Launch campaign' });
		const child = await createTask({ name: 'Book ads', parentId: parent.id });
		expect(child).toMatchObject({ parentId: parent.id, isSubtask: true, correlationId: parent.id, subtaskOrder: 1 });
		expect(child.parentTask).toMatchObject({ id: parent.id, name: 'Launch campaign' });
		expect((await t.get(`/tasks/${parent.id}`)).body.numberOfSubtasks).toBe(1);

		const grandchild = await t.post('/tasks', { baseType: 'projecttask', entityId: project.id, name: 'x', parentId: child.id });
		expect([grandchild.status, grandchild.body.code]).toEqual([400, 'invalid-operation']);
		const elsewhere = await t.post('/tasks', { baseType: 'projecttask', entityId: otherProject.id, name: 'x', parentId: parent.id });
		expect(elsewhere.status).toBe(400);
	});
});

describe('updating and finding tasks', () => {
	it('updates fields, reports the changes in PascalCase and guards the date order', async () => {
		const task = await createTask({ name: 'Old name', description: 'keep?' });
		const updated = expectStatus(await t.put(`/tasks/${task.id}`, { name: 'New name', dueOn: '2025-06-20T00:00:00Z', isPrio: true }), 200).body;
		expect(updated).toMatchObject({ name: 'New name', dueOn: '2025-06-20T00:00:00Z', isPrio: true, description: null });
		const [event] = eventsOf('task_updated', task.id);
		expect(event.changes).toEqual(
			expect.arrayContaining([
				{ property: 'Name', old: 'Old name', new: 'New name' },
				{ property: 'IsPrio', old: false, new: true },
			]),
		);
		const bad = await t.put(`/tasks/${task.id}`, { name: 'x', startOn: '2025-06-21T00:00:00Z', dueOn: '2025-06-20T00:00:00Z' });
		expect([bad.status, bad.body.code]).toEqual([400, 'date-dependency']);
	});

	it('answers and stores date-times in UTC, whatever offset and precision they were sent with', async () => {
		const task = await createTask({ name: 'Dated', startOn: '2025-06-10T08:00:00.000Z', dueOn: '2025-06-12T17:00:00+02:00' });
		expect(task).toMatchObject({ startOn: '2025-06-10T08:00:00Z', dueOn: '2025-06-12T15:00:00Z' });
		const updated = expectStatus(await t.put(`/tasks/${task.id}`, { name: 'Dated', dueOn: '2025-06-13T15:00:00.000Z' }), 200).body;
		expect(updated.dueOn).toBe('2025-06-13T15:00:00Z');
		const stored = t.sandbox.store.collection<Record<string, any> & { id: string }>('tasks').require(task.id);
		expect(stored.dueOn).toBe('2025-06-13T15:00:00Z');
		// The same instant sent another way is no change.
		const events = eventsOf('task_updated', task.id).length;
		expectStatus(await t.put(`/tasks/${task.id}`, { name: 'Dated', dueOn: '2025-06-13T17:00:00+02:00' }), 200);
		expect(eventsOf('task_updated', task.id)).toHaveLength(events);
	});

	it('gives every change a larger, exact resourceVersion, also while the clock stands still', async () => {
		const task = await createTask({ name: 'Versioned' });
		const versions = [task.resourceVersion];
		for (const name of ['first', 'second', 'third']) {
			versions.push(expectStatus(await t.put(`/tasks/${task.id}`, { name }), 200).body.resourceVersion);
		}
		for (const [i, version] of versions.entries()) {
			expect(Number.isSafeInteger(version)).toBe(true);
			if (i > 0) expect(version).toBeGreaterThan(versions[i - 1]);
		}
		// A client comparing with the version it was given finds exactly this change.
		const last = versions[versions.length - 1];
		const since = (filter: string) => t.get(`/projects/${project.id}/projecttasks?filterby=${encodeURIComponent(filter)}`);
		expect(expectStatus(await since(`resourceVersion eq ${last}`), 200).body.map((x: any) => x.id)).toEqual([task.id]);
		expect(expectStatus(await since(`resourceVersion gt ${versions[2]}`), 200).body.map((x: any) => x.id)).toEqual([task.id]);
		expect(expectStatus(await since(`resourceVersion gt ${last}`), 200).body).toEqual([]);

		const comment = expectStatus(await t.post(`/tasks/${task.id}/comments`, { message: 'one' }), 200).body;
		const edited = expectStatus(await t.put(`/tasks/${task.id}/comments/${comment.id}`, { message: 'two' }), 200).body;
		expect(Number.isSafeInteger(comment.resourceVersion) && Number.isSafeInteger(edited.resourceVersion)).toBe(true);
		expect(edited.resourceVersion).toBeGreaterThan(comment.resourceVersion);
		expect(comment.resourceVersion).toBeGreaterThan(last);
	});

	it('finds a task by its key, case-insensitively, and answers 404/400 for unknown or malformed keys', async () => {
		const task = await createTask({ name: 'Keyed task' });
		expect(expectStatus(await t.get(`/tasks/key/${task.taskIdentifier}`), 200).body.id).toBe(task.id);
		expect((await t.get(`/tasks/key/${task.taskIdentifier.toLowerCase()}`)).body.id).toBe(task.id);
		expect((await t.get(`/tasks/key/${project.projectKey}-99999`)).status).toBe(404);
		expect((await t.get('/tasks/key/nokey')).status).toBe(400);
	});
});

describe('status changes', () => {
	it('moves tasks to a done status (closing them) and emits task_status_changed', async () => {
		const task = await createTask({ name: 'Ship it' });
		const done = (await statusesOf(project.id)).find((s) => s.type === 'done')!;
		expectStatus(await t.post('/tasks/changestatuses', [{ taskId: task.id, statusId: done.id }]), 204);
		const closed = (await t.get(`/tasks/${task.id}`)).body;
		expect(closed).toMatchObject({ taskStatusId: done.id, closedBy: apiUserId });
		expect(closed.closedOn).toBeTruthy();
		const [event] = eventsOf('task_status_changed', task.id);
		expect(event.changes).toEqual(expect.arrayContaining([{ property: 'TaskStatusId', old: task.taskStatusId, new: done.id }]));

		// Leaving done reopens the task.
		expectStatus(await t.post('/tasks/changestatuses', [{ taskId: task.id, statusId: task.taskStatusId }]), 204);
		expect((await t.get(`/tasks/${task.id}`)).body).toMatchObject({ closedOn: null, closedBy: null });
	});

	it('rejects a status of another project, and answers 207 for a partly valid batch', async () => {
		const task = await createTask({ name: 'Status check' });
		const foreign = (await statusesOf(otherProject.id))[0];
		const own = (await statusesOf(project.id)).find((s) => s.type === 'progress')!;
		const invalid = await t.post('/tasks/changestatuses', [{ taskId: task.id, statusId: foreign.id }]);
		expect(invalid.status).toBe(400);
		expect((await t.get(`/tasks/${task.id}`)).body.taskStatusId).toBe(task.taskStatusId);

		const missing = '00000000-0000-4000-8000-000000000001';
		const mixed = await t.post('/tasks/changestatuses', [
			{ taskId: task.id, statusId: own.id },
			{ taskId: missing, statusId: own.id },
		]);
		expect(mixed.status).toBe(207);
		expect(mixed.body).toMatchObject({ ok: { ids: [task.id] }, notFound: { ids: [missing] } });
		expect((await t.get(`/tasks/${task.id}`)).body.taskStatus.type).toBe('progress');
	});
});

describe('assignees and the /me views', () => {
	it('replaces assignees with one event per added or removed user and feeds /me/assignedtasks', async () => {
		const users = t.sandbox.store.collection<Record<string, any> & { id: string }>('users').all();
		const colleague = users.find((u) => u.id !== apiUserId && !u.isDeactivated)!;
		const task = await createTask({ name: 'Pair on layout', plannedDuration: 7200 });
		expectStatus(await t.post(`/tasks/${task.id}/setassignees`, [apiUserId, colleague.id]), 204);
		const assigned = (await t.get(`/tasks/${task.id}`)).body;
		expect(assigned.assignees.map((a: { id: string }) => a.id).sort()).toEqual([apiUserId, colleague.id].sort());
		expect(assigned.assignees.every((a: { plannedEffort: number }) => a.plannedEffort === 3600)).toBe(true);
		expect(eventsOf('taskassignment_added', task.id)).toHaveLength(2);

		const mine = (await t.get(`/me/assignedtasks?filterby=name eq 'Pair on layout'`)).body as Array<{ id: string }>;
		expect(mine.map((x) => x.id)).toEqual([task.id]);
		const later = (await t.get(`/me/assignedtasks?assignedOnFrom=2030-01-01T00:00:00Z`)).body as unknown[];
		expect(later).toEqual([]);

		expectStatus(await t.post(`/tasks/${task.id}/setassignees`, [colleague.id]), 204);
		expect(eventsOf('taskassignment_deleted', task.id).map((e) => e.changes)).toEqual([[{ property: 'AssigneeId', old: apiUserId }]]);
		const after = (await t.get('/me/assignedtasks')).body as Array<{ id: string }>;
		expect(after.map((x) => x.id)).not.toContain(task.id);
		expect((await t.get(`/me/assignedtasks/${task.id}`)).status).toBe(404);

		const unknownUser = await t.post(`/tasks/${task.id}/setassignees`, ['00000000-0000-4000-8000-000000000002']);
		expect(unknownUser.status).toBe(404);
	});

	it('shows other users\' private tasks only when assigned to the requesting user', async () => {
		const users = t.sandbox.store.collection<Record<string, any> & { id: string }>('users').all();
		const colleague = users.find((u) => u.id !== apiUserId && !u.isDeactivated)!;
		const theirs = expectStatus(await t.post('/tasks', { baseType: 'private', entityId: colleague.id, name: 'Their errand' }), 200).body;
		expect((await t.get(`/tasks/${theirs.id}`)).status).toBe(404);
		expectStatus(await t.post(`/tasks/${theirs.id}/setassignees`, [apiUserId]), 404);

		// Assign through the store the way the colleague would have, then look again.
		const stored = t.sandbox.store.collection<Record<string, any> & { id: string }>('tasks').get(theirs.id)!;
		stored.assignees.push({ id: apiUserId, plannedEffort: 0, isDistributedPlannedEffort: true, updatedOn: stored.createdOn, isExternal: false });
		const other = (await t.get('/me/otherprivatetasks')).body as Array<{ id: string }>;
		expect(other.map((x) => x.id)).toContain(theirs.id);
		const all = (await t.get('/me/allavailabletasks')).body as Array<{ id: string }>;
		expect(all.map((x) => x.id)).toContain(theirs.id);
		expect((await t.get(`/tasks/${theirs.id}`)).status).toBe(200);
	});
});

describe('copy and delete', () => {
	it('copies a task with its subtasks and checklist, but without comments', async () => {
		const parent = await createTask({ name: 'Template task' });
		await createTask({ name: 'Child', parentId: parent.id });
		expectStatus(await t.post(`/tasks/${parent.id}/checklistitems`, { name: 'Step 1', isDone: false }), 200);
		expectStatus(await t.post(`/tasks/${parent.id}/comments`, { message: 'Not copied' }), 200);
		const copy = expectStatus(await t.post(`/tasks/${parent.id}/copy`), 200).body;
		expect(copy.id).not.toBe(parent.id);
		expect(copy).toMatchObject({ name: 'Template task', taskNumber: expect.any(Number), numberOfSubtasks: 1, checklistItemsCount: 1, commentCount: 0 });
		expect(copy.taskNumber).toBeGreaterThan(parent.taskNumber);
		expect(eventsOf('task_added').filter((e) => (e.entity as any).parentId === copy.id)).toHaveLength(1);
	});

	it('deletes tasks with their subtasks, unlinking time entries unless asked to delete them', async () => {
		const parent = await createTask({ name: 'Doomed' });
		const child = await createTask({ name: 'Doomed child', parentId: parent.id });
		const entries = t.sandbox.store.collection<Record<string, any> & { id: string }>('timeEntries');
		const entry = entries.insert({ id: 'aaaaaaaa-0000-4000-8000-000000000001', taskId: child.id, projectId: project.id, duration: 600 });
		expectStatus(await t.post('/tasks/delete', { taskIds: [parent.id], deleteTimeTrackings: false }), 204);
		expect((await t.get(`/tasks/${parent.id}`)).status).toBe(404);
		expect((await t.get(`/tasks/${child.id}`)).status).toBe(404);
		expect(entries.get(entry.id)).toMatchObject({ taskId: null, projectId: null });
		expect(eventsOf('task_deleted').map((e) => e.entityId)).toEqual(expect.arrayContaining([parent.id, child.id]));
		expect((eventsOf('task_deleted', parent.id)[0].entity as any).deletedBy).toBe(apiUserId);

		const second = await createTask({ name: 'Also doomed' });
		entries.insert({ id: 'aaaaaaaa-0000-4000-8000-000000000002', taskId: second.id, projectId: project.id, duration: 60 });
		const mixed = await t.post('/tasks/delete', { taskIds: [second.id, '00000000-0000-4000-8000-000000000003'], deleteTimeTrackings: true });
		expect(mixed.status).toBe(207);
		expect(entries.get('aaaaaaaa-0000-4000-8000-000000000002')).toBeUndefined();
		expect((await t.post('/tasks/delete', { taskIds: [second.id] })).status).toBe(400);
	});
});

describe('tags, priority and custom fields', () => {
	it('adds and removes tags and lists them workspace-wide', async () => {
		const task = await createTask({ name: 'Tagged' });
		const added = expectStatus(await t.post(`/tasks/${task.id}/addtags`, [{ name: 'SEO', color: 'blue' }, { name: 'q3' }]), 200).body;
		expect(added.map((x: { name: string }) => x.name)).toEqual(['SEO', 'q3']);
		expect((await t.get(`/tasks/${task.id}`)).body.tags.map((x: { name: string }) => x.name)).toEqual(['SEO', 'q3']);
		expect((await t.post(`/tasks/${task.id}/addtags`, [{ name: 'a' }, { name: 'A' }])).status).toBe(400);
		expect((await t.get('/tasks/tags')).body.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(['SEO', 'q3']));
		expectStatus(await t.post(`/tasks/${task.id}/deletetags`, [{ name: 'seo' }]), 204);
		expect((await t.get(`/tasks/${task.id}/tags`)).body.map((x: { name: string }) => x.name)).toEqual(['q3']);
	});

	it('sets the priority flag and custom field values checked against their definition', async () => {
		const task = await createTask({ name: 'Fields' });
		expectStatus(await t.post('/tasks/settaskpriority', { taskId: task.id, isPrio: true }), 204);
		expect((await t.get(`/tasks/${task.id}`)).body.isPrio).toBe(true);
		const definitions = t.sandbox.store.collection<Record<string, any> & { id: string }>('customFieldDefinitions').all();
		const select = definitions.find((d) => d.entity === 'task' && d.type === 'select')!;
		const option = select.selectionOptions[0];
		expectStatus(await t.post(`/tasks/${task.id}/setcustomfields`, [{ customFieldDefinitionId: select.id, selectionOptionIdValue: option.id }]), 204);
		const withField = (await t.get(`/tasks/${task.id}`)).body;
		expect(withField.customFields).toEqual([expect.objectContaining({ customFieldDefinitionId: select.id, selectionOptionIdValue: option.id })]);
		const wrongType = await t.post(`/tasks/${task.id}/setcustomfields`, [{ customFieldDefinitionId: select.id, textValue: 'L' }]);
		expect([wrongType.status, wrongType.body.code]).toEqual([400, 'validation-failed']);
	});
});
