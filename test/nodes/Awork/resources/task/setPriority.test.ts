/** Task → Set Priority through n8n-core's engine against the sandbox: flag on and off, bad task stopped. */
import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../../../harness/runNode';
import { apiKeyCredentials, useSandbox } from '../../../../harness/sandbox';

const sandbox = useSandbox({ rateLimit: false });
type StoredTask = { id: string; isPrio: boolean };
const tasks = () => sandbox().store.collection<StoredTask>('tasks');
const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

async function run(parameters: IDataObject, items?: IDataObject[], continueOnFail = false) {
	return await runNode({
		parameters: { resource: 'task', operation: 'setPriority', ...parameters } as never,
		items,
		credentials: apiKeyCredentials(sandbox()),
		settings: continueOnFail ? { continueOnFail: true } : undefined,
	});
}

async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
	const response = await fetch(`${sandbox().baseUrl}${path}`, {
		method,
		headers: { Authorization: `Bearer ${sandbox().apiKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
	return (text ? JSON.parse(text) : undefined) as T;
}

let taskId: string;
beforeAll(async () => {
	const projectId = (await api<{ id: string }>('POST', '/projects', { name: 'Priority tests' })).id;
	taskId = (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name: 'Ship it' })).id;
});

describe('Task → Set Priority', () => {
	it('marks a task as priority by default and takes the mark off again', async () => {
		sandbox().resetLog();
		const on = await run({ task: rl(`https://acme.awork.com/projects/x/tasks/${taskId}`, 'url') });
		expect(on.error).toBeUndefined();
		expect(on.items[0].json).toEqual({ success: true, taskId, isPrio: true });
		expect(tasks().require(taskId).isPrio).toBe(true);
		expect(sandbox().requests.map((r) => [r.operation, r.status, r.body])).toEqual([['POST /tasks/settaskpriority', 204, { taskId, isPrio: true }]]);

		const off = await run({ task: rl(taskId), isPrio: false });
		expect(off.items[0].json).toEqual({ success: true, taskId, isPrio: false });
		expect(tasks().require(taskId).isPrio).toBe(false);
	});

	it('stops an item with a non-GUID task or a non-boolean flag before sending it, and runs the others', async () => {
		sandbox().resetLog();
		const { items, error } = await run(
			{ task: rl('={{$json.task}}'), isPrio: '={{$json.prio}}' },
			[
				{ task: taskId, prio: true },
				{ task: '12345', prio: true },
				{ task: taskId, prio: 'high' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, taskId, isPrio: true });
		expect(items[1].error?.message).toMatch(/^Invalid 'Task' on item 1: .*, got '12345'$/);
		expect(items[2].error?.message).toBe("Invalid 'Priority' on item 2: expected true or false, got 'high'");
		expect(sandbox().requests).toHaveLength(1);
	});
});
