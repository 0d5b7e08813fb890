import { expectStatus, startTaskSandbox, type TaskSandbox } from './tasks-testkit';

let t: TaskSandbox;
let project: Record<string, any>;

beforeAll(async () => {
	t = await startTaskSandbox();
	project = t.sandbox.store
		.collection<Record<string, any> & { id: string }>('projects')
		.all()
		.find((p) => p.projectStatus?.type !== 'closed')!;
});
afterAll(() => t.sandbox.stop());
afterEach(() => expect(t.sandbox.responseViolations).toEqual([]));

const base = () => `/projects/${project.id}/tasklists`;
const newList = async (name: string) => expectStatus(await t.post(base(), { name }), 200).body;
const newTask = async (name: string, lists: Array<{ id: string; order?: number }> = []) =>
	expectStatus(await t.post('/tasks', { baseType: 'projecttask', entityId: project.id, name, lists }), 200).body;
const listIdsOf = async (taskId: string) => ((await t.get(`/tasks/${taskId}`)).body.lists as Array<{ id: string }>).map((l) => l.id);

describe('task lists', () => {
	it('creates, renames and reorders lists with tasklist events', async () => {
		const list = await newList('Research');
		expect(list).toMatchObject({ name: 'Research', isArchived: false, totalPlannedDuration: 0 });
		expect(list.projectId).toBeUndefined();
		const renamed = expectStatus(await t.put(`${base()}/${list.id}`, { name: 'Discovery' }), 200).body;
		expect(renamed.name).toBe('Discovery');
		expectStatus(await t.post(`${base()}/${list.id}/updateorder`, { order: 0.5 }), 204);
		const all = (await t.get(base())).body as Array<{ id: string }>;
		expect(all[0].id).toBe(list.id);
		const events = t.sandbox.events.filter((e) => e.entityId === list.id).map((e) => e.eventType);
		expect(events).toEqual(['tasklist_added', 'tasklist_updated', 'tasklist_updated']);
		expect(t.sandbox.events.find((e) => e.eventType === 'tasklist_updated' && e.entityId === list.id)!.changes).toEqual([
			{ property: 'Name', old: 'Research', new: 'Discovery' },
		]);
	});

	it('adds tasks at creation and moves them between lists', async () => {
		const a = await newList('A');
		const b = await newList('B');
		const task = await newTask('Mover', [{ id: a.id }]);
		expect(task.lists).toEqual([expect.objectContaining({ id: a.id, name: 'A', orderOfTask: 1 })]);
		expect((await t.get(`${base()}/${a.id}/tasks/${task.id}`)).status).toBe(200);

		const moved = expectStatus(await t.post('/tasks/changelists', [{ taskId: task.id, taskLists: [{ id: b.id, order: 3 }] }]), 200).body;
		expect(moved[0].taskLists).toEqual([{ id: b.id, order: 3, isPrimary: true }]);
		expect(await listIdsOf(task.id)).toEqual([b.id]);
		expect((await t.get(`${base()}/${a.id}/tasks/${task.id}`)).status).toBe(404);

		const added = expectStatus(await t.post(`${base()}/${a.id}/addtasks`, [{ taskId: task.id }]), 200).body;
		expect(added).toEqual([{ id: a.id, order: 1 }]);
		expect((await listIdsOf(task.id)).sort()).toEqual([a.id, b.id].sort());
		const reordered = expectStatus(await t.post(`${base()}/${a.id}/tasks/${task.id}/updateorder`, { order: 7 }), 200).body;
		expect(reordered).toEqual([{ id: a.id, order: 7 }]);
		expectStatus(await t.post(`${base()}/${a.id}/removetasks`, [task.id]), 204);
		expect(await listIdsOf(task.id)).toEqual([b.id]);
	});

	it('sums planned durations of the primary tasks', async () => {
		const list = await newList('Budgeted');
		const parent = expectStatus(await t.post('/tasks', { baseType: 'projecttask', entityId: project.id, name: 'P', plannedDuration: 3600, lists: [{ id: list.id }] }), 200).body;
		expectStatus(await t.post('/tasks', { baseType: 'projecttask', entityId: project.id, name: 'C', plannedDuration: 1800, parentId: parent.id }), 200);
		const view = (await t.get(`${base()}/${list.id}`)).body;
		expect(view).toMatchObject({ totalPlannedDuration: 3600, totalPlannedDurationWithHierarchy: 5400 });
	});

	it('refuses lists for private tasks and lists of other projects', async () => {
		const list = await newList('Mine');
		const privateTask = await t.post('/tasks', { baseType: 'private', name: 'x', lists: [{ id: list.id }] });
		expect(privateTask.status).toBe(400);
		const other = t.sandbox.store.collection<Record<string, any> & { id: string }>('projects').all().find((p) => p.id !== project.id && p.projectStatus?.type !== 'closed')!;
		const foreign = await t.post('/tasks', { baseType: 'projecttask', entityId: other.id, name: 'x', lists: [{ id: list.id }] });
		expect(foreign.status).toBe(404);
	});

	it('archives a list, moving its open tasks, and deletes a list keeping or deleting its tasks', async () => {
		const old = await newList('Old');
		const target = await newList('Target');
		const open = await newTask('Open', [{ id: old.id }]);
		const refused = await t.post(`${base()}/${old.id}/setarchived`, { isArchived: true });
		expect(refused.status).toBe(400);
		const archived = expectStatus(await t.post(`${base()}/${old.id}/setarchived`, { isArchived: true, taskOperation: 'task-move', taskListId: target.id }), 200).body;
		expect(archived.isArchived).toBe(true);
		expect(await listIdsOf(open.id)).toEqual([target.id]);
		const ids = (response: { body: Array<{ id: string }> }) => response.body.map((l) => l.id);
		expect(ids(await t.get(base()))).not.toContain(old.id);
		expect(ids(await t.get(`${base()}?showArchived=true`))).toContain(old.id);

		const keep = await newTask('Keep me', [{ id: target.id }]);
		expectStatus(await t.post(`${base()}/${target.id}/delete`, { deleteTasks: false }), 204);
		expect(await listIdsOf(keep.id)).toEqual([]);
		expect((await t.get(`${base()}/${target.id}`)).status).toBe(404);

		const doomedList = await newList('Doomed');
		const doomed = await newTask('Goes with the list', [{ id: doomedList.id }]);
		expectStatus(await t.post(`${base()}/${doomedList.id}/delete`, { deleteTasks: true }), 204);
		expect((await t.get(`/tasks/${doomed.id}`)).status).toBe(404);
		expect(t.sandbox.events.some((e) => e.eventType === 'tasklist_deleted' && e.entityId === doomedList.id)).toBe(true);
	});
});

describe('task statuses', () => {
	it('gives each project its own statuses and moves tasks when a status is deleted', async () => {
		const statuses = expectStatus(await t.get(`/projects/${project.id}/taskstatuses`), 200).body as Array<{ id: string; type: string; projectId: string }>;
		expect(statuses.every((s) => s.projectId === project.id)).toBe(true);
		expect(statuses.map((s) => s.type)).toEqual(expect.arrayContaining(['todo', 'done']));

		const invalid = await t.post(`/projects/${project.id}/taskstatuses`, { name: 'Waiting', type: 'waiting' });
		expect([invalid.status, invalid.body.code]).toEqual([400, 'validation-failed']);
		const waiting = expectStatus(await t.post(`/projects/${project.id}/taskstatuses`, { name: 'Waiting', type: 'stuck' }), 200).body;
		const task = await newTask('Blocked');
		expectStatus(await t.post('/tasks/changestatuses', [{ taskId: task.id, statusId: waiting.id }]), 204);

		const refused = await t.post(`/projects/${project.id}/taskstatuses/${waiting.id}/delete`, {});
		expect(refused.status).toBe(400);
		expectStatus(await t.post(`/projects/${project.id}/taskstatuses/${waiting.id}/delete`, { taskStatusId: statuses[0].id }), 204);
		expect((await t.get(`/tasks/${task.id}`)).body.taskStatusId).toBe(statuses[0].id);
	});
});
