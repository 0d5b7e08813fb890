/** Task → Update through n8n-core's engine against the sandbox: only the fields set change, bad input stops its item. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('task', { operation: 'update' });
type StoredTask = {
	id: string;
	name: string;
	description: string | null;
	startOn: string | null;
	dueOn: string | null;
	plannedDuration: number;
	isPrio: boolean;
	taskStatusId: string;
};
const tasks = () => collection<StoredTask>('tasks');

async function newTask(body: Record<string, unknown>): Promise<StoredTask> {
	const projectId = collection<{ id: string }>('projects').all()[0].id;
	const { id } = await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, ...body });
	return tasks().require(id);
}

describe('Task → Update', () => {
	it('changes only the fields set and sends the current values of the others, as awork’s PUT replaces the task', async () => {
		const task = await newTask({
			name: 'Write copy',
			description: 'Homepage hero',
			startOn: '2026-05-04T08:00:00Z',
			dueOn: '2026-05-08T16:00:00Z',
			plannedDuration: 7200,
		});
		const statusBefore = task.taskStatusId;
		sandbox().resetLog();
		const { items, error } = await run({
			task: rl(task.id),
			updateFields: { dueOn: '2026-05-15T16:00:00Z', plannedDuration: '3.5', isPrio: true },
		});
		expect(error).toBeUndefined();
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['GET /tasks/{taskId}', 'PUT /tasks/{taskId}']);
		expect(sandbox().requests[1].body).toEqual({
			name: 'Write copy',
			description: 'Homepage hero',
			// The current value, as awork gave it.
			startOn: '2026-05-04T08:00:00Z',
			dueOn: '2026-05-15T16:00:00.000Z',
			plannedDuration: 12600,
			isPrio: true,
			laneOrder: 0,
		});
		expect(tasks().require(task.id)).toMatchObject({
			name: 'Write copy',
			description: 'Homepage hero',
			startOn: '2026-05-04T08:00:00Z',
			dueOn: '2026-05-15T16:00:00Z',
			plannedDuration: 12600,
			isPrio: true,
			taskStatusId: statusBefore,
		});
		expect(items[0].json).toMatchObject({ id: task.id, dueOn: '2026-05-15T16:00:00Z', plannedDuration: 12600 });
	});

	it('renames a task given by its awork link', async () => {
		const task = await newTask({ name: 'Old name', description: 'Keep me' });
		const { error } = await run({
			task: rl(`https://acme.awork.com/projects/x/tasks/${task.id}`, 'url'),
			updateFields: { name: 'New name' },
		});
		expect(error).toBeUndefined();
		expect(tasks().require(task.id)).toMatchObject({ name: 'New name', description: 'Keep me' });
	});

	it('stops items with a malformed date, an unreadable planned duration or a bad ID before anything is sent, and updates the others', async () => {
		const task = await newTask({ name: 'Target' });
		sandbox().resetLog();
		const { items, error } = await run(
			{ task: rl('={{$json.id}}'), updateFields: { startOn: '={{$json.start}}', plannedDuration: '={{$json.hours}}' } },
			[
				{ id: task.id, start: '2026-06-01T09:00:00Z', hours: '2' },
				{ id: task.id, start: 'next monday', hours: '2' },
				{ id: task.id, start: '2026-06-01T09:00:00Z', hours: 'two' },
				{ id: 'abc', start: '2026-06-01T09:00:00Z', hours: '2' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: task.id, plannedDuration: 7200 });
		expect(items[1].error?.message).toBe(
			"Invalid 'Start Date' on item 1: expected an ISO 8601 date or date-time such as 2024-05-31 or 2024-05-31T17:00:00Z, got 'next monday'",
		);
		expect(items[2].error?.message).toBe(
			"Invalid 'Planned Duration' on item 2: expected a number of hours (e.g. 1.5) or hours and minutes (e.g. 1:30 or 1h 30m), got 'two'",
		);
		expect(items[3].error?.message).toMatch(/^Invalid 'Task' on item 3: expected a task picked from the list/);
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['GET /tasks/{taskId}', 'PUT /tasks/{taskId}']);
	});
});
