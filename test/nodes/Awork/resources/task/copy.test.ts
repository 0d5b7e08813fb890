/** Task → Copy through n8n-core's engine against the sandbox: a new task (with subtasks), simplified by default. */
import type { IDataObject } from 'n8n-workflow';

import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('task', { operation: 'copy' });
type StoredTask = { id: string; name: string; projectId: string | null; parentId: string | null };
const tasks = () => collection<StoredTask>('tasks');

let projectId: string;
const newTask = async (body: IDataObject) => (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, ...body })).id;

beforeAll(async () => {
	projectId = (await api<{ id: string }>('POST', '/projects', { name: 'Copy tests' })).id;
});

describe('Task → Copy', () => {
	it('copies a parent task with its subtask and returns the new task, simplified, without sending a body', async () => {
		const parentId = await newTask({ name: 'Launch campaign', isPrio: true });
		await newTask({ name: 'Book ads', parentId });
		const before = tasks().all().length;
		sandbox().resetLog();
		const { items, error } = await run({ task: rl(parentId) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		const copy = items[0].json;
		expect(copy).toMatchObject({ name: 'Launch campaign', isPrio: true, project: { id: projectId } });
		expect(copy.id).not.toBe(parentId);
		expect(copy).not.toHaveProperty('createdBy');
		expect(tasks().require(copy.id as string)).toMatchObject({ name: 'Launch campaign', projectId });
		expect(tasks().all().length).toBe(before + 2);
		expect(tasks().all().filter((t) => t.parentId === copy.id).map((t) => t.name)).toEqual(['Book ads']);
		expect(sandbox().requests.map((r) => [r.operation, r.status])).toEqual([['POST /tasks/{taskId}/copy', 200]]);
		expect(sandbox().requests[0].body).toBeUndefined();
	});

	it('returns the full awork task with Simplify off', async () => {
		const taskId = await newTask({ name: 'Full copy' });
		const { items } = await run({ task: rl(taskId), simplify: false });
		expect(items[0].json).toMatchObject({ name: 'Full copy', baseType: 'projecttask', createdVia: 'copy' });
		expect(items[0].json).toHaveProperty('createdBy');
	});

	it('stops an item with a non-GUID task before sending it, and runs the others', async () => {
		const taskId = await newTask({ name: 'Copy me' });
		sandbox().resetLog();
		const { items, error } = await run({ task: rl('={{$json.task}}') }, [{ task: taskId }, { task: 'copy-of-nothing' }], true);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ name: 'Copy me' });
		expect(items[1].error?.message).toMatch(/^Invalid 'Task' on item 1: .*, got 'copy-of-nothing'$/);
		expect(sandbox().requests).toHaveLength(1);
	});
});
