/** Task → Change Status through n8n-core's engine against the sandbox: one batch entry per item, checked before sending. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('task', { operation: 'changeStatus' });
type StoredTask = { id: string; taskStatusId: string; closedOn?: string | null };
const tasks = () => collection<StoredTask>('tasks');

let projectId: string;
let statuses: Array<{ id: string; type: string }>;
const newTask = async (name: string) => (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name })).id;

beforeAll(async () => {
	projectId = (await api<{ id: string }>('POST', '/projects', { name: 'Change status tests' })).id;
	statuses = await api('GET', `/projects/${projectId}/taskstatuses`);
});

describe('Task → Change Status', () => {
	it('moves a task to the chosen status with a one-entry batch and reports task and status', async () => {
		const taskId = await newTask('Review copy');
		const done = statuses.find((s) => s.type === 'done')!;
		sandbox().resetLog();
		const { items, error } = await run({
			project: rl(projectId, 'list'),
			task: rl(taskId, 'list'),
			statusId: done.id.toUpperCase(),
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ success: true, taskId, statusId: done.id }]);
		expect(tasks().require(taskId).taskStatusId).toBe(done.id);
		expect(tasks().require(taskId).closedOn).toBeTruthy();
		expect(sandbox().requests.map((r) => [r.method, r.operation, r.status])).toEqual([['POST', 'POST /tasks/changestatuses', 204]]);
		// The project only feeds the pickers; it is never sent.
		expect(sandbox().requests[0].body).toEqual([{ taskId, statusId: done.id }]);
	});

	it('works without a project when the status is given by ID, and passes on awork refusing a status of another project', async () => {
		const taskId = await newTask('Status elsewhere');
		const progress = statuses.find((s) => s.type === 'progress')!;
		const ok = await run({ task: rl(taskId), statusId: progress.id });
		expect(ok.items[0].json).toEqual({ success: true, taskId, statusId: progress.id });
		expect(tasks().require(taskId).taskStatusId).toBe(progress.id);

		const otherProject = (await api<{ id: string }>('POST', '/projects', { name: 'Other statuses' })).id;
		const foreign = (await api<Array<{ id: string }>>('GET', `/projects/${otherProject}/taskstatuses`))[0];
		const refused = await run({ task: rl(taskId), statusId: foreign.id });
		expect(refused.error?.message).toMatch(/awork rejected the request/);
		// awork's reason for the one entry reaches the user.
		expect(refused.error?.description).toContain(foreign.id);
		expect(tasks().require(taskId).taskStatusId).toBe(progress.id);
	});

	it('stops items with a non-GUID task or status before sending them, names field and item, and runs the others', async () => {
		const taskId = await newTask('Batch of items');
		const review = statuses.find((s) => s.type === 'review') ?? statuses[1];
		sandbox().resetLog();
		const { items, error } = await run(
			{ task: rl('={{$json.task}}'), statusId: '={{$json.status}}' },
			[
				{ task: taskId, status: review.id },
				{ task: 'WEB-12', status: review.id },
				{ task: taskId, status: 'Done' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, taskId, statusId: review.id });
		expect(items[1].error?.message).toBe(
			"Invalid 'Task' on item 1: expected a task picked from the list, an awork task link (https://yourworkspace.awork.com/projects/3f0c…/tasks/9a1b…) or a task ID (GUID), got 'WEB-12'",
		);
		expect(items[2].error?.message).toBe("Invalid 'Status Name or ID' on item 2: expected a task status ID (GUID) from the list, got 'Done'");
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].body).toEqual([{ taskId, statusId: review.id }]);
	});
});
