/** Task → Set Assignees through n8n-core's engine against the sandbox: replaces the assignees, 'me' resolved, bad IDs stopped. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api, apiUserId } = resourceSuite('task', { operation: 'setAssignees' });
type StoredTask = { id: string; assignees: Array<{ id: string }> };
const tasks = () => collection<StoredTask>('tasks');

const colleagues = () =>
	collection<{ id: string; isDeactivated?: boolean }>('users')
		.all()
		.filter((user) => !user.isDeactivated && user.id !== apiUserId());
const assigneesOf = (taskId: string) => tasks().require(taskId).assignees.map((a) => a.id);

let projectId: string;
const newTask = async (name: string) => (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name })).id;

beforeAll(async () => {
	projectId = (await api<{ id: string }>('POST', '/projects', { name: 'Assignee tests' })).id;
});

describe('Task → Set Assignees', () => {
	it("assigns 'me' and a colleague, sending awork's plain ID array, then replaces them", async () => {
		const [first, second] = colleagues();
		const taskId = await newTask('Pair on layout');
		sandbox().resetLog();
		const { items, error } = await run({ task: rl(taskId), assignees: `me, ${first.id.toUpperCase()}` });
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ success: true, taskId, userIds: [apiUserId(), first.id] }]);
		expect(assigneesOf(taskId).sort()).toEqual([apiUserId(), first.id].sort());
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['GET /me', 'POST /tasks/{taskId}/setassignees']);
		expect(sandbox().requests[1].body).toEqual([apiUserId(), first.id]);

		// Replace, not add: the earlier assignees are gone. An array from an expression works too.
		sandbox().resetLog();
		const replaced = await run({ task: rl(taskId), assignees: '={{$json.users}}' }, [{ users: [second.id] }]);
		expect(replaced.items[0].json).toEqual({ success: true, taskId, userIds: [second.id] });
		expect(assigneesOf(taskId)).toEqual([second.id]);
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['POST /tasks/{taskId}/setassignees']);
	});

	it('stops items with a non-GUID task or user, or no user, before sending them, and runs the others', async () => {
		const [first] = colleagues();
		const taskId = await newTask('Bad assignees');
		sandbox().resetLog();
		const { items, error } = await run(
			{ task: rl('={{$json.task}}'), assignees: '={{$json.users}}' },
			[
				{ task: taskId, users: first.id },
				{ task: 'task-1', users: first.id },
				{ task: taskId, users: `${first.id}, Jane Doe` },
				{ task: taskId, users: '' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, taskId, userIds: [first.id] });
		expect(items[1].error?.message).toMatch(/^Invalid 'Task' on item 1: expected a task picked from the list.*, got 'task-1'$/);
		expect(items[2].error?.message).toBe(
			"Invalid 'Assignee IDs' on item 2: expected user IDs (GUIDs) separated by commas or as an array, or 'me', got 'Jane Doe'",
		);
		expect(items[3].error?.message).toMatch(/^Invalid 'Assignee IDs' on item 3: expected .*, got an empty value$/);
		expect(sandbox().requests).toHaveLength(1);
		expect(assigneesOf(taskId)).toEqual([first.id]);
	});
});
