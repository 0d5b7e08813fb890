/** Task → Set Priority through n8n-core's engine against the sandbox: flag on and off, bad task stopped. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('task', { operation: 'setPriority' });
type StoredTask = { id: string; isPrio: boolean };
const tasks = () => collection<StoredTask>('tasks');

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
