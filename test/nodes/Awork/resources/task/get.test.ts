/** Task → Get through n8n-core's engine against the sandbox: by ID, link and key; simplified by default; bad IDs. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run } = resourceSuite('task', { operation: 'get' });
type StoredTask = { id: string; name: string; projectId: string | null; taskNumber: number | null; plannedDuration: number };

/** A seeded project task whose project has a key, with that key. */
function keyedTask(): { task: StoredTask; key: string } {
	const projects = collection<{ id: string; projectKey?: string }>('projects');
	const task = collection<StoredTask>('tasks')
		.all()
		.find((t) => t.projectId && t.taskNumber != null && projects.get(t.projectId)?.projectKey)!;
	return { task, key: `${projects.require(task.projectId!).projectKey}-${task.taskNumber}` };
}

describe('Task → Get', () => {
	it('gets a task by ID, simplified by default', async () => {
		const { task, key } = keyedTask();
		sandbox().resetLog();
		const { items, error } = await run({ task: rl(task.id.toUpperCase()) });
		expect(error).toBeUndefined();
		expect(sandbox().requests.map((r) => `${r.method} ${r.url}`)).toEqual([`GET /api/v1/tasks/${task.id}`]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: task.id, name: task.name, key, project: { id: task.projectId } });
		expect(items[0].json.plannedHours).toBe(Math.round((task.plannedDuration / 3600) * 100) / 100);
		expect(items[0].json).not.toHaveProperty('createdBy');
		expect(items[0].json).not.toHaveProperty('taskStatusId');
	});

	it('gets a task by its awork link', async () => {
		const { task } = keyedTask();
		const { items } = await run({ task: rl(`https://acme.awork.com/projects/${task.projectId}/tasks/${task.id}?tab=details`, 'url') });
		expect(items[0].json.id).toBe(task.id);
	});

	it('gets a task by its key through the key endpoint, in full when Simplify is off', async () => {
		const { task, key } = keyedTask();
		sandbox().resetLog();
		const { items, error } = await run({ task: rl(key.toLowerCase(), 'key'), simplify: false });
		expect(error).toBeUndefined();
		expect(sandbox().requests[0]).toMatchObject({ method: 'GET', operation: 'GET /tasks/key/{taskIdentifier}', status: 200 });
		expect(items[0].json).toMatchObject({ id: task.id, taskIdentifier: key });
		expect(items[0].json).toHaveProperty('createdBy');
	});

	it('stops an item with a bad ID before sending it, names field and item, and runs the others', async () => {
		const { task } = keyedTask();
		sandbox().resetLog();
		const { items, error } = await run({ task: rl('={{$json.id}}') }, [{ id: task.id }, { id: 'not-a-guid' }], true);
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(task.id);
		expect(items[1].error?.message).toBe(
			"Invalid 'Task' on item 1: expected a task picked from the list, an awork task link (https://yourworkspace.awork.com/projects/3f0c…/tasks/9a1b…) or a task ID (GUID), or its key, got 'not-a-guid'",
		);
		expect(sandbox().requests).toHaveLength(1);
	});

	it('reports a task awork does not know as a 404', async () => {
		const { error } = await run({ task: rl('00000000-0000-4000-8000-00000000abcd') });
		expect(error?.httpCode).toBe('404');
	});
});
