/** Task → Change Project through n8n-core's engine against the sandbox: the task's current project is looked up, its status mapped. */
import type { IDataObject } from 'n8n-workflow';

import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('task', { operation: 'changeProject' });
type StoredTask = { id: string; projectId: string | null; parentId: string | null; taskStatusId: string; _lists: Array<{ id: string }> };
const tasks = () => collection<StoredTask>('tasks');

let source: string;
let target: string;
let targetStatuses: Array<{ id: string; type: string }>;
const newProject = async (name: string) => (await api<{ id: string }>('POST', '/projects', { name })).id;
const newTask = async (body: IDataObject) => (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: source, ...body })).id;

beforeAll(async () => {
	source = await newProject('Move from');
	target = await newProject('Move to');
	targetStatuses = await api('GET', `/projects/${target}/taskstatuses`);
});

describe('Task → Change Project', () => {
	it('moves a task with its subtask to the target project in the chosen status, leaving its old lists', async () => {
		const list = (await api<{ id: string }>('POST', `/projects/${source}/tasklists`, { name: 'Backlog' })).id;
		const taskId = await newTask({ name: 'Migrate content' });
		const subtaskId = await newTask({ name: 'Export pages', parentId: taskId });
		await api('POST', '/tasks/changelists', [{ taskId, taskLists: [{ id: list }] }]);
		const oldStatus = tasks().require(taskId).taskStatusId;
		const progress = targetStatuses.find((s) => s.type === 'progress')!;
		sandbox().resetLog();
		const { items, error } = await run({
			task: rl(taskId, 'list'),
			project: rl(target, 'list'),
			additionalFields: { taskStatusId: progress.id },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ success: true, taskId, projectId: target, previousProjectId: source, taskStatusId: progress.id },
		]);
		expect(tasks().require(taskId)).toMatchObject({ projectId: target, taskStatusId: progress.id, _lists: [] });
		expect(tasks().require(subtaskId).projectId).toBe(target);
		expect(sandbox().requests.map((r) => [r.method, r.url.replace(/^.*\/api\/v1/, ''), r.status])).toEqual([
			['GET', `/tasks/${taskId}`, 200],
			['POST', `/projects/${source}/projecttasks/${taskId}/changeproject`, 204],
		]);
		expect(sandbox().requests[1].body).toEqual({ projectId: target, taskStatusMapping: [{ oldStatusId: oldStatus, newStatusId: progress.id }] });
	});

	it('sends only the target project when no status is chosen, and awork picks the status', async () => {
		const taskId = await newTask({ name: 'Any status' });
		sandbox().resetLog();
		const { items, error } = await run({ task: rl(taskId), project: rl(`https://acme.awork.com/projects/${target}/tasks`, 'url') });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, taskId, projectId: target, previousProjectId: source });
		expect(sandbox().requests.at(-1)!.body).toEqual({ projectId: target });
		const moved = tasks().require(taskId);
		expect(moved.projectId).toBe(target);
		expect(targetStatuses.map((s) => s.id)).toContain(moved.taskStatusId);
	});

	it('stops items with a non-GUID task, target or status before any request, says so for a private task, and runs the others', async () => {
		const taskId = await newTask({ name: 'Good one' });
		const privateId = (await api<{ id: string }>('POST', '/tasks', { baseType: 'private', name: 'Mine' })).id;
		sandbox().resetLog();
		const { items, error } = await run(
			{ task: rl('={{$json.task}}'), project: rl('={{$json.target}}'), additionalFields: { taskStatusId: '={{$json.status}}' } },
			[
				{ task: taskId, target, status: '' },
				{ task: 'WEB-1', target, status: '' },
				{ task: taskId, target: 'Website', status: '' },
				{ task: taskId, target, status: 'In progress' },
				{ task: privateId, target, status: '' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ success: true, taskId, projectId: target });
		expect(items[1].error?.message).toMatch(/^Invalid 'Task' on item 1: .*, got 'WEB-1'$/);
		expect(items[2].error?.message).toMatch(/^Invalid 'Target Project' on item 2: .*, got 'Website'$/);
		expect(items[3].error?.message).toBe(
			"Invalid 'Status in Target Project Name or ID' on item 3: expected a task status ID (GUID) of the target project, got 'In progress'",
		);
		expect(items[4].error?.message).toBe('The task on item 4 is a private task: it has no project to move from');
		// Item 0: read + move; item 4: read only (items run concurrently, so in any order).
		expect(sandbox().requests.map((r) => r.url.replace(/^.*\/api\/v1/, '')).sort()).toEqual(
			[`/tasks/${taskId}`, `/projects/${source}/projecttasks/${taskId}/changeproject`, `/tasks/${privateId}`].sort(),
		);
		expect(tasks().require(privateId).projectId).toBeNull();
	});
});
