/** Task → Delete through n8n-core's engine against the sandbox: one task per item through awork's batch delete. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, store, collection, run, api } = resourceSuite('task', { operation: 'delete' });
type StoredTask = { id: string; parentId: string | null };
type StoredTimeEntry = { id: string; taskId: string | null; projectId: string | null };
const tasks = () => collection<StoredTask>('tasks');
const timeEntries = () => collection<StoredTimeEntry>('timeEntries');

let projectId: string;
async function newTask(body: Record<string, unknown> = {}): Promise<string> {
	projectId ??= collection<{ id: string }>('projects').all()[0].id;
	return (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name: 'Doomed', ...body })).id;
}

function trackTime(taskId: string): string {
	return timeEntries().insert({ id: store().newId(), taskId, projectId, duration: 900 } as StoredTimeEntry).id;
}

describe('Task → Delete', () => {
	it('deletes a task with its subtasks and keeps its time entries without task by default', async () => {
		const parent = await newTask();
		const child = await newTask({ parentId: parent });
		const entry = trackTime(child);
		sandbox().resetLog();
		const { items, error } = await run({ task: rl(parent) });
		expect(error).toBeUndefined();
		expect(items).toEqual([expect.objectContaining({ json: { success: true, taskId: parent, deleteTimeTrackings: false } })]);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0]).toMatchObject({ method: 'POST', operation: 'POST /tasks/delete', status: 204 });
		expect(sandbox().requests[0].body).toEqual({ taskIds: [parent], deleteTimeTrackings: false });
		expect(tasks().get(parent)).toBeUndefined();
		expect(tasks().get(child)).toBeUndefined();
		expect(timeEntries().require(entry)).toMatchObject({ taskId: null, projectId: null });
	});

	it('deletes the time entries too when asked, one request per item', async () => {
		const first = await newTask();
		const second = await newTask();
		const entry = trackTime(second);
		sandbox().resetLog();
		const { items } = await run({ task: rl('={{$json.id}}'), deleteTimeTrackings: true }, [{ id: first }, { id: second }]);
		expect(items.map((item) => item.json)).toEqual([
			{ success: true, taskId: first, deleteTimeTrackings: true },
			{ success: true, taskId: second, deleteTimeTrackings: true },
		]);
		expect(sandbox().requests.map((r) => r.body)).toEqual([
			{ taskIds: [first], deleteTimeTrackings: true },
			{ taskIds: [second], deleteTimeTrackings: true },
		]);
		expect(timeEntries().get(entry)).toBeUndefined();
	});

	it('stops an item with a bad ID before sending it, and deletes the others', async () => {
		const doomed = await newTask();
		sandbox().resetLog();
		const { items, error } = await run({ task: rl('={{$json.id}}') }, [{ id: 'tasks/123' }, { id: doomed }], true);
		expect(error).toBeUndefined();
		expect(items[0].error?.message).toMatch(/^Invalid 'Task' on item 0: expected a task picked from the list.*got 'tasks\/123'$/);
		expect(items[1].json).toEqual({ success: true, taskId: doomed, deleteTimeTrackings: false });
		expect(sandbox().requests).toHaveLength(1);
		expect(tasks().get(doomed)).toBeUndefined();
	});

	it('passes awork’s refusal through for a task that does not exist', async () => {
		const { error } = await run({ task: rl('00000000-0000-4000-8000-00000000beef') });
		expect(error?.httpCode).toBe('400');
	});
});
