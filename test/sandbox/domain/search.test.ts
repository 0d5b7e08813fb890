import { expectStatus, startTaskSandbox, type TaskSandbox } from './tasks-testkit';

let t: TaskSandbox;
type Row = Record<string, any> & { id: string };
const all = (name: string) => t.sandbox.store.collection<Row>(name).all();

beforeAll(async () => {
	t = await startTaskSandbox();
});
afterAll(() => t.sandbox.stop());
afterEach(() => expect(t.sandbox.responseViolations).toEqual([]));

describe('search', () => {
	it('finds tasks and projects by name, best match first, and counts per type', async () => {
		const project = expectStatus(await t.post('/projects', { name: 'Zephyr launch' }), 200).body;
		const task = expectStatus(await t.post('/tasks', { baseType: 'projecttask', entityId: project.id, name: 'Zephyr', description: 'x' }), 200).body;
		const body = expectStatus(await t.get('/search?searchTerm=zephyr&searchTypes=task,project'), 200).body;
		expect(body.top.map((h: any) => [h.type, h.entity.id, h.score])).toEqual([['task', task.id, 4], ['project', project.id, 3]]);
		expect(body.taskHits).toMatchObject({ totalCount: 1, hasHits: true, maxScore: 4 });
		expect(body.projectHits.hits[0].highlights).toEqual({ name: ['Zephyr launch'] });
		expect(body).not.toHaveProperty('userHits');
		expect(body.totalCount).toBe(2);
	});

	it('searches users and companies with all types, caps every list at top, and hides done tasks unless asked', async () => {
		const user = all('users')[0];
		const byUser = expectStatus(await t.get(`/search?searchTerm=${encodeURIComponent(user.lastName)}&searchTypes=all`), 200).body;
		expect(byUser.userHits.hits.map((h: any) => h.entity.id)).toContain(user.id);
		const capped = expectStatus(await t.get('/search?searchTerm=e&top=2'), 200).body;
		expect(capped.top).toHaveLength(2);
		expect(capped.totalCount).toBeGreaterThan(2);
		const done = all('tasks').find((task) => all('taskStatuses').find((s) => s.id === task.taskStatusId)?.type === 'done')!;
		const hidden = expectStatus(await t.get(`/search?searchTerm=${encodeURIComponent(done.name)}&searchTypes=task&top=1000`), 200).body;
		expect(hidden.taskHits.hits.map((h: any) => h.entity.id)).not.toContain(done.id);
		const shown = expectStatus(await t.get(`/search?searchTerm=${encodeURIComponent(done.name)}&searchTypes=task&top=1000&includeClosedAndStuck=true`), 200).body;
		expect(shown.taskHits.hits.map((h: any) => h.entity.id)).toContain(done.id);
	});

	it('rejects a missing or too long term and unknown types', async () => {
		expect((await t.get('/search?searchTypes=task')).status).toBe(400);
		expect((await t.get(`/search?searchTerm=${'x'.repeat(51)}`)).status).toBe(400);
		const unknown = await t.get('/search?searchTerm=a&searchTypes=task,invoice');
		expect(unknown.status).toBe(400);
		expect(JSON.stringify(unknown.body)).toMatch(/invoice/);
	});
});
