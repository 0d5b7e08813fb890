/** Task List → every operation through n8n-core's engine against the sandbox, checking output and what awork stored or received. */
import type { IDataObject } from 'n8n-workflow';

import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('taskList');

type TaskList = { id: string; projectId: string; name: string; order: number; isArchived: boolean; isHiddenForConnectUsers: boolean };
type Task = { id: string; taskStatusId: string; _lists: Array<{ id: string; order: number }> };
const taskLists = () => collection<TaskList>('taskLists');
const tasks = () => collection<Task>('tasks');

let projectId: string;
const project = () => rl(projectId);
const newList = async (name: string) => await api<TaskList>('POST', `/projects/${projectId}/tasklists`, { name });
const newTask = async (name: string, listId?: string) =>
	(await api('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name, ...(listId ? { lists: [{ id: listId }] } : {}) })).id as string;
const listIdsOf = (taskId: string) => tasks().require(taskId)._lists.map((l) => l.id);
const sent = () => sandbox().requests.filter((r) => r.method !== 'GET');

beforeAll(async () => {
	projectId = (await api('POST', '/projects', { name: 'Task list tests' })).id as string;
});

describe('Task List', () => {
	it('creates a list with the fields set, sending nothing unset', async () => {
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'create',
			project: project(),
			name: ' Design ',
			additionalFields: { order: 7.5, isHiddenForConnectUsers: true },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'Design', order: 7.5, isHiddenForConnectUsers: true, isArchived: false });
		expect(taskLists().require(items[0].json.id as string)).toMatchObject({ projectId, name: 'Design', order: 7.5, isHiddenForConnectUsers: true });
		expect(sent()).toEqual([expect.objectContaining({ operation: 'POST /projects/{projectId}/tasklists', body: { name: 'Design', order: 7.5, isHiddenForConnectUsers: true } })]);

		sandbox().resetLog();
		await run({ operation: 'create', project: project(), name: 'Plain' });
		expect(sent()[0].body).toEqual({ name: 'Plain' });
	});

	it('gets a list by ID and by awork link', async () => {
		const list = await newList('Lookup');
		const viaId = await run({ operation: 'get', project: project(), taskList: rl(list.id.toUpperCase()) });
		expect(viaId.items[0].json).toMatchObject({ id: list.id, name: 'Lookup', trackedDuration: 0, isArchived: false });
		const viaUrl = await run({
			operation: 'get',
			project: { __rl: true, mode: 'url', value: `https://acme.awork.com/projects/${projectId}/tasks` },
			taskList: { __rl: true, mode: 'url', value: `https://acme.awork.com/projects/${projectId}/tasklists/${list.id}` },
		});
		expect(viaUrl.items.map((item) => item.json.id)).toEqual([list.id]);
	});

	describe('Get Many', () => {
		let listProjectId: string;
		beforeAll(async () => {
			listProjectId = (await api('POST', '/projects', { name: 'Lists to list' })).id as string;
			for (const name of ['Alpha', 'Beta', 'Gamma', 'Omicron']) await api('POST', `/projects/${listProjectId}/tasklists`, { name });
			const old = await api('POST', `/projects/${listProjectId}/tasklists`, { name: 'Old' });
			await api('POST', `/projects/${listProjectId}/tasklists/${old.id as string}/setarchived`, { isArchived: true, taskOperation: 'task-remove' });
		});
		const names = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json.name);

		it('lists all active lists in their order', async () => {
			sandbox().resetLog();
			const { items } = await run({ operation: 'getMany', project: rl(listProjectId), returnAll: true });
			expect(names(items)).toEqual(['Alpha', 'Beta', 'Gamma', 'Omicron']);
			expect(sandbox().requests.map((r) => r.url)).toEqual([expect.stringMatching(/[?&]showArchived=false(&|$)/)]);
		});

		it('lists up to the limit, asking awork for no more', async () => {
			sandbox().resetLog();
			const { items } = await run({ operation: 'getMany', project: rl(listProjectId), returnAll: false, limit: 2 });
			expect(names(items)).toEqual(['Alpha', 'Beta']);
			expect(sandbox().requests).toHaveLength(1);
			expect(sandbox().requests[0].url).toMatch(/[?&]pageSize=2(&|$)/);
		});

		it('includes archived lists when asked to', async () => {
			const { items } = await run({ operation: 'getMany', project: rl(listProjectId), returnAll: true, showArchived: true });
			expect(names(items)).toEqual(['Alpha', 'Beta', 'Gamma', 'Omicron', 'Old']);
			expect(items[4].json.isArchived).toBe(true);
		});

		it('filters by name and sorts through awork', async () => {
			sandbox().resetLog();
			const { items, error } = await run({
				operation: 'getMany',
				project: rl(listProjectId),
				returnAll: true,
				filters: { nameContains: 'a' },
				sort: { keys: [{ field: 'name', direction: 'desc' }] },
			});
			expect(error).toBeUndefined();
			expect(names(items)).toEqual(['Gamma', 'Beta', 'Alpha']);
			const url = decodeURIComponent(sandbox().requests[0].url);
			expect(url).toContain("substringof('a',name)");
			expect(url).toContain('orderby=name desc');
		});
	});

	it('updates only the fields set, keeping the rest, and moves the list when an order is set', async () => {
		const list = await api<TaskList>('POST', `/projects/${projectId}/tasklists`, { name: 'Before', isHiddenForConnectUsers: true });
		sandbox().resetLog();
		const renamed = await run({ operation: 'update', project: project(), taskList: rl(list.id), updateFields: { name: 'After' } });
		expect(renamed.error).toBeUndefined();
		expect(renamed.items[0].json).toMatchObject({ id: list.id, name: 'After', isHiddenForConnectUsers: true });
		expect(taskLists().require(list.id)).toMatchObject({ name: 'After', isHiddenForConnectUsers: true, order: list.order });
		expect(sent()).toEqual([expect.objectContaining({ method: 'PUT', body: { name: 'After', isHiddenForConnectUsers: true } })]);

		sandbox().resetLog();
		const moved = await run({ operation: 'update', project: project(), taskList: rl(list.id), updateFields: { order: 0.25 } });
		expect(moved.items[0].json).toMatchObject({ id: list.id, name: 'After', order: 0.25 });
		expect(taskLists().require(list.id).order).toBe(0.25);
		expect(sent().map((r) => [r.operation, r.body])).toEqual([
			['PUT /projects/{projectId}/tasklists/{taskListId}', { name: 'After', isHiddenForConnectUsers: true }],
			['POST /projects/{projectId}/tasklists/{taskListId}/updateorder', { order: 0.25 }],
		]);
	});

	describe('Archive and Unarchive', () => {
		it('archives a list, taking its unfinished tasks out of it by default, and unarchives it', async () => {
			const list = await newList('Sprint 1');
			const open = await newTask('Still open', list.id);
			sandbox().resetLog();
			const archived = await run({ operation: 'archive', project: project(), taskList: rl(list.id) });
			expect(archived.error).toBeUndefined();
			expect(archived.items[0].json).toMatchObject({ id: list.id, isArchived: true });
			expect(taskLists().require(list.id).isArchived).toBe(true);
			expect(tasks().has(open)).toBe(true);
			expect(listIdsOf(open)).not.toContain(list.id);
			expect(sent()[0].body).toEqual({ isArchived: true, taskOperation: 'task-remove' });

			sandbox().resetLog();
			const restored = await run({ operation: 'unarchive', project: project(), taskList: rl(list.id) });
			expect(restored.items[0].json).toMatchObject({ id: list.id, isArchived: false });
			expect(taskLists().require(list.id).isArchived).toBe(false);
			expect(sent()[0].body).toEqual({ isArchived: false });
		});

		it('moves the unfinished tasks to another list', async () => {
			const list = await newList('Sprint 2');
			const next = await newList('Sprint 3');
			const open = await newTask('Carried over', list.id);
			sandbox().resetLog();
			const { error } = await run({
				operation: 'archive',
				project: project(),
				taskList: rl(list.id),
				taskOperation: 'task-move',
				targetTaskList: rl(next.id),
			});
			expect(error).toBeUndefined();
			expect(listIdsOf(open)).toEqual([next.id]);
			expect(sent()[0].body).toEqual({ isArchived: true, taskOperation: 'task-move', taskListId: next.id });
		});

		it('sets the unfinished tasks to done, or deletes them passing the time-entry choice on', async () => {
			const doneList = await newList('Finish');
			const finished = await newTask('Wrap up', doneList.id);
			await run({ operation: 'archive', project: project(), taskList: rl(doneList.id), taskOperation: 'task-to-done' });
			const status = collection<{ id: string; type: string }>('taskStatuses').require(tasks().require(finished).taskStatusId);
			expect(status.type).toBe('done');

			const dropList = await newList('Drop');
			const dropped = await newTask('Never mind', dropList.id);
			sandbox().resetLog();
			await run({ operation: 'archive', project: project(), taskList: rl(dropList.id), taskOperation: 'task-delete', deleteTimeTrackings: true });
			expect(tasks().has(dropped)).toBe(false);
			expect(sent()[0].body).toEqual({ isArchived: true, taskOperation: 'task-delete', deleteTimeTrackings: true });
		});

		it('sends no target list or time-entry choice that does not belong to the chosen task operation', async () => {
			const list = await newList('Tidy');
			const other = await newList('Elsewhere');
			sandbox().resetLog();
			await run({
				operation: 'archive',
				project: project(),
				taskList: rl(list.id),
				taskOperation: 'task-to-done',
				targetTaskList: rl(other.id),
				deleteTimeTrackings: true,
			});
			expect(sent()[0].body).toEqual({ isArchived: true, taskOperation: 'task-to-done' });
		});
	});

	it('deletes a list keeping its tasks, or with its tasks', async () => {
		const keptList = await newList('Temporary');
		const kept = await newTask('Survivor', keptList.id);
		sandbox().resetLog();
		const keep = await run({ operation: 'delete', project: project(), taskList: rl(keptList.id), deleteTimes: true });
		expect(keep.items.map((item) => item.json)).toEqual([{ success: true, projectId, taskListId: keptList.id, deleteTasks: false }]);
		expect(taskLists().get(keptList.id)).toBeUndefined();
		expect(tasks().has(kept)).toBe(true);
		expect(listIdsOf(kept)).toEqual([]);
		// Delete Time Entries belongs to Delete Its Tasks; without it nothing about times is sent.
		expect(sent()[0].body).toEqual({ deleteTasks: false });

		const doomedList = await newList('Doomed');
		const doomed = await newTask('Goes with it', doomedList.id);
		sandbox().resetLog();
		const remove = await run({ operation: 'delete', project: project(), taskList: rl(doomedList.id), deleteTasks: true, deleteTimes: true });
		expect(remove.items[0].json).toEqual({ success: true, projectId, taskListId: doomedList.id, deleteTasks: true, deleteTimes: true });
		expect(tasks().has(doomed)).toBe(false);
		expect(sent()[0].body).toEqual({ deleteTasks: true, deleteTimes: true });
	});

	it('adds tasks to a list and removes them again, the tasks staying in the project', async () => {
		const list = await newList('Collection');
		const home = await newList('Home');
		const first = await newTask('First', home.id);
		const second = await newTask('Second');
		sandbox().resetLog();
		const added = await run({ operation: 'addTasks', project: project(), taskList: rl(list.id), taskIds: `${first.toUpperCase()}, ${second}` });
		expect(added.error).toBeUndefined();
		expect(added.items.map((item) => item.json)).toEqual([{ success: true, projectId, taskListId: list.id, taskIds: [first, second] }]);
		expect(listIdsOf(first)).toEqual([home.id, list.id]);
		expect(listIdsOf(second)).toEqual([list.id]);
		expect(sent()[0].body).toEqual([{ taskId: first }, { taskId: second }]);

		sandbox().resetLog();
		const removed = await run({ operation: 'removeTasks', project: project(), taskList: rl(list.id), taskIds: [first, second] });
		expect(removed.items.map((item) => item.json)).toEqual([{ success: true, projectId, taskListId: list.id, taskIds: [first, second] }]);
		expect(listIdsOf(first)).toEqual([home.id]);
		expect(listIdsOf(second)).toEqual([]);
		expect(tasks().has(second)).toBe(true);
		expect(sent()[0].body).toEqual([first, second]);
	});

	describe('bad input', () => {
		it('stops an item with a non-GUID task list before sending it and runs the others', async () => {
			const list = await newList('Good one');
			sandbox().resetLog();
			const { items, error } = await run(
				{ operation: 'get', project: project(), taskList: rl('={{$json.list}}') },
				[{ list: list.id }, { list: 'sprint-1' }],
				true,
			);
			expect(error).toBeUndefined();
			expect(items[0].json.id).toBe(list.id);
			expect(items[1].error?.message).toBe(
				"Invalid 'Task List' on item 1: expected a task list picked from the list, an awork task list link (https://yourworkspace.awork.com/projects/3f0c…/tasklists/7c2d…) or a task list ID (GUID), got 'sprint-1'",
			);
			expect(sandbox().requests).toHaveLength(1);
		});

		it('stops an item with an empty name', async () => {
			sandbox().resetLog();
			const { items } = await run({ operation: 'create', project: project(), name: '={{$json.name}}' }, [{ name: 'Ok' }, { name: '  ' }], true);
			expect(items[0].json.name).toBe('Ok');
			expect(items[1].error?.message).toBe("Invalid 'Name' on item 1: expected a non-empty text, got an empty value");
			expect(sent().map((r) => r.body)).toEqual([{ name: 'Ok' }]);
		});

		it('stops an item whose task IDs are not all GUIDs, and one that names no task', async () => {
			const list = await newList('Picky');
			const task = await newTask('Valid');
			sandbox().resetLog();
			const { items } = await run(
				{ operation: 'addTasks', project: project(), taskList: rl(list.id), taskIds: '={{$json.tasks}}' },
				[{ tasks: task }, { tasks: `${task}, 42` }, { tasks: '' }],
				true,
			);
			expect(items[0].json).toMatchObject({ success: true, taskIds: [task] });
			expect(items[1].error?.message).toBe("Invalid 'Task IDs' on item 1: expected task IDs (GUIDs) separated by commas, got '42'");
			expect(items[2].error?.message).toBe("Invalid 'Task IDs' on item 2: expected at least one task ID, got an empty value");
			expect(sent()).toHaveLength(1);
		});

		it('stops an archive that should move tasks but names no list to move them to', async () => {
			const list = await newList('Nowhere to go');
			sandbox().resetLog();
			const { items } = await run(
				{ operation: 'archive', project: project(), taskList: rl(list.id), taskOperation: 'task-move', targetTaskList: rl('={{$json.target}}') },
				[{ target: '' }],
				true,
			);
			expect(items[0].error?.message).toMatch(/^Invalid 'Move Tasks To' on item 0: expected a task list, got /);
			expect(sandbox().requests).toHaveLength(0);
			expect(taskLists().require(list.id).isArchived).toBe(false);
		});
	});
});
