/**
 * Task statuses under awork's Workflows model (docs/changelog.md): projects on one workflow share
 * its statuses (same ids, `projectId: null`), projects without a workflow keep their own, and every
 * endpoint that checks "the status belongs to this project" accepts the workflow's statuses.
 */
import { expectStatus, startTaskSandbox, type ApiAnswer, type TaskSandbox } from './tasks-testkit';

let t: TaskSandbox;

const ok = async (answer: Promise<ApiAnswer>, status = 200) => expectStatus(await answer, status).body;
const statusesOf = (projectId: string) => ok(t.get(`/projects/${projectId}/taskstatuses`));
const taskStatusOf = (taskId: string) => ok(t.get(`/tasks/${taskId}`)).then((task) => task.taskStatusId as string);
const byType = (statuses: any[], type: string) => statuses.find((s) => s.type === type);

/** A workflow with one project status, so projects can be created on it. */
async function newWorkflow(name: string) {
	const workflow = await ok(t.post('/workflows', { name }));
	await ok(t.post(`/workflows/${workflow.id}/projectstatuses`, { name: 'Running', type: 'progress' }));
	return workflow;
}
const newProject = (name: string, workflowId?: string) => ok(t.post('/projects', { name, ...(workflowId ? { workflowId } : {}) }));
const newTask = (projectId: string, taskStatusId?: string) =>
	t.post('/tasks', { name: 'Shared status task', baseType: 'projecttask', entityId: projectId, ...(taskStatusId ? { taskStatusId } : {}) });

let workflowA: any;
let workflowB: any;
let first: any;
let second: any;
let onB: any;
let standalone: any;

beforeAll(async () => {
	t = await startTaskSandbox();
	workflowA = await newWorkflow('Agency A');
	workflowB = await newWorkflow('Agency B');
	first = await newProject('First on A', workflowA.id);
	second = await newProject('Second on A', workflowA.id);
	onB = await newProject('On B', workflowB.id);
	standalone = await newProject('Standalone');
});
afterAll(() => t.sandbox.stop());
afterEach(() => expect(t.sandbox.responseViolations).toEqual([]));

describe('projects on a workflow', () => {
	it('list the same task status ids, with projectId null and the workflowId set', async () => {
		const a = await statusesOf(first.id);
		const b = await statusesOf(second.id);
		expect(a.length).toBeGreaterThanOrEqual(2);
		expect(b.map((s: any) => s.id)).toEqual(a.map((s: any) => s.id));
		expect(a.every((s: any) => s.projectId === null && s.workflowId === workflowA.id)).toBe(true);
		expect(await ok(t.get(`/workflows/${workflowA.id}/taskstatuses`))).toEqual(a);
		expect(await ok(t.get(`/projects/${second.id}/taskstatuses/${a[0].id}`))).toEqual(a[0]);
	});

	it('are not matched by a projectId filter, only by a workflowId filter (the changelog warning)', async () => {
		const byProject = await ok(t.get(`/projects/${first.id}/taskstatuses?filterby=${encodeURIComponent(`projectId eq guid'${first.id}'`)}`));
		expect(byProject).toEqual([]);
		const byWorkflow = await ok(t.get(`/projects/${first.id}/taskstatuses?filterby=${encodeURIComponent(`workflowId eq guid'${workflowA.id}'`)}`));
		expect(byWorkflow).toEqual(await statusesOf(first.id));
	});

	it('share the workflow project statuses too', async () => {
		const a = await ok(t.get(`/projects/${first.id}/projectstatuses`));
		expect(await ok(t.get(`/projects/${second.id}/projectstatuses`))).toEqual(a);
		expect(a.every((s: any) => s.projectId === null && s.workflowId === workflowA.id)).toBe(true);
	});

	it('accept a workflow status for new tasks, status changes, copies and moves in either project', async () => {
		const statuses = await statusesOf(first.id);
		const review = byType(statuses, 'review');
		const done = byType(statuses, 'done');
		const inFirst = await ok(newTask(first.id, review.id));
		const inSecond = await ok(newTask(second.id, review.id));
		expect([inFirst.taskStatus.id, inSecond.taskStatus.id]).toEqual([review.id, review.id]);

		await ok(t.post('/tasks/changestatuses', [{ taskId: inSecond.id, statusId: done.id }]), 204);
		expect(await ok(t.get(`/tasks/${inSecond.id}`))).toMatchObject({ taskStatusId: done.id, closedOn: expect.any(String) });
		expect((await ok(t.post(`/tasks/${inSecond.id}/copy`))).taskStatusId).toBe(done.id);

		// Both projects use the workflow's statuses, so a move keeps the status.
		await ok(t.post(`/projects/${first.id}/projecttasks/${inFirst.id}/changeproject`, { projectId: second.id }), 204);
		expect(await ok(t.get(`/tasks/${inFirst.id}`))).toMatchObject({ projectId: second.id, taskStatusId: review.id });
	});

	it('reject a status of workflow A for a project on workflow B', async () => {
		const statusOfA = byType(await statusesOf(first.id), 'todo');
		const created = await newTask(onB.id, statusOfA.id);
		expect([created.status, created.body.code]).toEqual([400, 'invalid-operation']);

		const taskOnB = await ok(newTask(onB.id));
		const changed = await t.post('/tasks/changestatuses', [{ taskId: taskOnB.id, statusId: statusOfA.id }]);
		expect(changed.status).toBe(400);
		expect(await taskStatusOf(taskOnB.id)).toBe(byType(await statusesOf(onB.id), 'todo').id);
		expect((await t.get(`/projects/${onB.id}/taskstatuses/${statusOfA.id}`)).status).toBe(404);

		// Moving a task from A to B: a mapping onto A's status is refused; without one it takes B's status of the same type.
		const taskOnA = await ok(newTask(first.id, statusOfA.id));
		const badMove = await t.post(`/projects/${first.id}/projecttasks/${taskOnA.id}/changeproject`, {
			projectId: onB.id,
			taskStatusMapping: [{ oldStatusId: statusOfA.id, newStatusId: statusOfA.id }],
		});
		expect(badMove.status).toBe(400);
		await ok(t.post(`/projects/${first.id}/projecttasks/${taskOnA.id}/changeproject`, { projectId: onB.id }), 204);
		expect(await taskStatusOf(taskOnA.id)).toBe(byType(await statusesOf(onB.id), 'todo').id);
	});

	it('change shared statuses only through the workflow, for every linked project at once', async () => {
		const [todo] = await statusesOf(first.id);
		expect((await t.post(`/projects/${first.id}/taskstatuses`, { name: 'Extra', type: 'progress' })).status).toBe(400);
		expect((await t.put(`/projects/${first.id}/taskstatuses/${todo.id}`, { name: 'Renamed', type: 'todo' })).status).toBe(400);
		await ok(t.put(`/workflows/${workflowA.id}/taskstatuses/${todo.id}`, { name: 'Backlog', type: 'todo' }));
		expect(byType(await statusesOf(second.id), 'todo')).toMatchObject({ id: todo.id, name: 'Backlog' });
		const lastDone = byType(await statusesOf(first.id), 'done');
		expect((await t.post(`/workflows/${workflowA.id}/taskstatuses/${lastDone.id}/delete`, {})).status).toBe(400);
	});

	it('move the tasks of every linked project when a workflow status in use is deleted', async () => {
		const statuses = await statusesOf(first.id);
		const stuck = byType(statuses, 'stuck');
		const progress = byType(statuses, 'progress');
		const inFirst = await ok(newTask(first.id, stuck.id));
		const inSecond = await ok(newTask(second.id, stuck.id));
		expect((await t.post(`/workflows/${workflowA.id}/taskstatuses/${stuck.id}/delete`, {})).status).toBe(400);
		await ok(t.post(`/workflows/${workflowA.id}/taskstatuses/${stuck.id}/delete`, { newTaskStatusId: progress.id }), 204);
		expect([await taskStatusOf(inFirst.id), await taskStatusOf(inSecond.id)]).toEqual([progress.id, progress.id]);
		expect((await statusesOf(second.id)).some((s: any) => s.id === stuck.id)).toBe(false);
	});
});

describe('a project without a workflow', () => {
	it('keeps its own statuses, which no other project accepts', async () => {
		const own = await statusesOf(standalone.id);
		expect(own.every((s: any) => s.projectId === standalone.id && s.workflowId === null)).toBe(true);
		const shared = new Set((await statusesOf(first.id)).map((s: any) => s.id));
		expect(own.some((s: any) => shared.has(s.id))).toBe(false);
		const filtered = await ok(t.get(`/projects/${standalone.id}/taskstatuses?filterby=${encodeURIComponent(`projectId eq guid'${standalone.id}'`)}`));
		expect(filtered).toEqual(own);
		expect((await newTask(first.id, own[0].id)).status).toBe(400);
		expect((await ok(t.post(`/projects/${standalone.id}/taskstatuses`, { name: 'Extra', type: 'progress' }))).projectId).toBe(standalone.id);
	});
});

describe('linking and unlinking a workflow', () => {
	it('moves tasks onto the workflow statuses through the mapping and drops the project statuses', async () => {
		const project = await newProject('Joins A later');
		const own = await statusesOf(project.id);
		const task = await ok(newTask(project.id, byType(own, 'review').id));
		const [running] = await ok(t.get(`/workflows/${workflowA.id}/projectstatuses`));
		const link = { workflowId: workflowA.id, projectStatusMapping: [{ oldProjectStatusId: project.projectStatusId, newProjectStatusId: running.id }] };
		const shared = await statusesOf(first.id);

		const unmapped = await t.post(`/projects/${project.id}/linkworkflow`, link);
		expect(unmapped.status).toBe(400);
		expect((await ok(t.get(`/projects/${project.id}`))).workflowId).toBeNull();
		const foreign = await t.post(`/projects/${project.id}/linkworkflow`, {
			...link,
			taskStatusMapping: [{ oldTaskStatusId: byType(own, 'review').id, newTaskStatusId: byType(await statusesOf(onB.id), 'review').id }],
		});
		expect(foreign.status).toBe(400);

		const target = byType(shared, 'progress');
		await ok(t.post(`/projects/${project.id}/linkworkflow`, { ...link, taskStatusMapping: [{ oldTaskStatusId: byType(own, 'review').id, newTaskStatusId: target.id }] }));
		expect(await taskStatusOf(task.id)).toBe(target.id);
		expect((await statusesOf(project.id)).map((s: any) => s.id)).toEqual(shared.map((s: any) => s.id));
		const store = t.sandbox.store.collection<any>('taskStatuses');
		expect(store.where((s) => s.projectId === project.id)).toEqual([]);
	});

	it('unlinking clones the workflow statuses into the project; other linked projects keep sharing', async () => {
		const shared = await statusesOf(second.id);
		const task = await ok(newTask(second.id, byType(shared, 'done').id));
		await ok(t.post(`/projects/${second.id}/unlinkworkflow`));

		const own = await statusesOf(second.id);
		expect(own.map((s: any) => [s.name, s.type])).toEqual(shared.map((s: any) => [s.name, s.type]));
		expect(own.every((s: any) => s.projectId === second.id && s.workflowId === null)).toBe(true);
		expect(own.some((s: any) => shared.some((x: any) => x.id === s.id))).toBe(false);
		const copyOfDone = byType(own, 'done');
		expect(await ok(t.get(`/tasks/${task.id}`))).toMatchObject({ taskStatusId: copyOfDone.id, closedOn: expect.any(String) });
		expect((await statusesOf(first.id)).map((s: any) => s.id)).toEqual(shared.map((s: any) => s.id));
		expect((await newTask(second.id, shared[0].id)).status).toBe(400);
	});

	it('deleting a workflow unlinks its projects and templates, which keep copies of its statuses', async () => {
		const workflow = await newWorkflow('Short-lived');
		const project = await newProject('On short-lived', workflow.id);
		const task = await ok(newTask(project.id));
		const template = await ok(t.post('/projecttemplates', { name: 'Short-lived template', workflowId: workflow.id }));
		expect(template.projectStatuses.map((s: any) => s.workflowId)).toEqual([workflow.id]);

		await ok(t.post(`/workflows/${workflow.id}/delete`, { deleteOperation: 'unlink' }), 204);
		const own = await statusesOf(project.id);
		expect(own.every((s: any) => s.projectId === project.id && s.workflowId === null)).toBe(true);
		expect(await taskStatusOf(task.id)).toBe(byType(own, 'todo').id);
		const unlinked = await ok(t.get(`/projecttemplates/${template.id}`));
		expect(unlinked).toMatchObject({ workflowId: null, projectStatuses: [expect.objectContaining({ name: 'Running', projectTemplateId: template.id, workflowId: null })] });
	});
});

describe('the demo seed', () => {
	it('has projects sharing a workflow and projects with their own statuses', async () => {
		const projects = t.sandbox.store.collection<any>('projects').all().filter((p) => p.createdBy !== undefined && p.name.includes('–'));
		const onDelivery = projects.filter((p) => p.workflowId && p.workflowId === projects.find((q) => q.workflowId)?.workflowId);
		expect(onDelivery.length).toBeGreaterThanOrEqual(2);
		const [x, y] = await Promise.all(onDelivery.slice(0, 2).map((p) => statusesOf(p.id)));
		expect(y.map((s: any) => s.id)).toEqual(x.map((s: any) => s.id));
		const without = projects.find((p) => !p.workflowId)!;
		expect((await statusesOf(without.id)).every((s: any) => s.projectId === without.id)).toBe(true);
	});
});
