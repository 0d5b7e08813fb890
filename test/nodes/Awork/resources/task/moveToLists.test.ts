/** Task → Move to Lists through n8n-core's engine against the sandbox: the task ends up in exactly the named lists. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('task', { operation: 'moveToLists' });
type StoredTask = { id: string; _lists: Array<{ id: string; order: number }> };
const tasks = () => collection<StoredTask>('tasks');

let projectId: string;
let backlog: string;
let sprint: string;
let review: string;
const listsOf = (taskId: string) => tasks().require(taskId)._lists;

async function taskInBacklog(name: string): Promise<string> {
	const id = (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name })).id;
	await api('POST', '/tasks/changelists', [{ taskId: id, taskLists: [{ id: backlog }] }]);
	return id;
}

beforeAll(async () => {
	projectId = (await api<{ id: string }>('POST', '/projects', { name: 'List tests' })).id;
	const list = async (name: string) => (await api<{ id: string }>('POST', `/projects/${projectId}/tasklists`, { name })).id;
	backlog = await list('Backlog');
	sprint = await list('Sprint');
	review = await list('Review');
});

describe('Task → Move to Lists', () => {
	it('moves a task out of its list into the chosen one and outputs the lists awork reports', async () => {
		const taskId = await taskInBacklog('Write brief');
		sandbox().resetLog();
		const { items, error } = await run({ project: rl(projectId, 'list'), task: rl(taskId, 'list'), taskList: rl(sprint, 'list') });
		expect(error).toBeUndefined();
		expect(listsOf(taskId).map((l) => l.id)).toEqual([sprint]);
		expect(sandbox().requests.map((r) => [r.operation, r.status])).toEqual([['POST /tasks/changelists', 200]]);
		expect(sandbox().requests[0].body).toEqual([{ taskId, taskLists: [{ id: sprint, isPrimary: true }] }]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({ taskId, taskLists: [{ id: sprint, order: listsOf(taskId)[0].order, isPrimary: true }] });
	});

	it('puts a task into several lists at one position, the chosen list first', async () => {
		const taskId = await taskInBacklog('Check layout');
		const { error } = await run({
			task: rl(taskId),
			taskList: rl(`https://acme.awork.com/projects/${projectId}/tasklists/${review}`, 'url'),
			additionalFields: { otherTaskListIds: `${sprint.toUpperCase()}, ${review}`, order: 2 },
		});
		expect(error).toBeUndefined();
		expect(listsOf(taskId)).toEqual([
			{ id: review, order: 2 },
			{ id: sprint, order: 2 },
		]);
		expect(sandbox().requests.at(-1)!.body).toEqual([
			{
				taskId,
				taskLists: [
					{ id: review, order: 2, isPrimary: true },
					{ id: sprint, order: 2 },
				],
			},
		]);
	});

	it('stops items with a non-GUID task or list before sending them, and runs the others', async () => {
		const taskId = await taskInBacklog('Bad lists');
		sandbox().resetLog();
		const { items, error } = await run(
			{ task: rl('={{$json.task}}'), taskList: rl('={{$json.list}}'), additionalFields: { otherTaskListIds: '={{$json.more}}' } },
			[
				{ task: taskId, list: sprint, more: '' },
				{ task: 'not-a-task', list: sprint, more: '' },
				{ task: taskId, list: 'Sprint', more: '' },
				{ task: taskId, list: sprint, more: [review, 'Backlog'] },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ taskId });
		expect(items[1].error?.message).toMatch(/^Invalid 'Task' on item 1: .*, got 'not-a-task'$/);
		expect(items[2].error?.message).toMatch(/^Invalid 'Task List' on item 2: .*, got 'Sprint'$/);
		expect(items[3].error?.message).toBe(
			"Invalid 'Also in Task List IDs' on item 3: expected task list IDs (GUIDs) separated by commas, got 'Backlog'",
		);
		expect(sandbox().requests).toHaveLength(1);
		expect(listsOf(taskId).map((l) => l.id)).toEqual([sprint]);
	});
});
