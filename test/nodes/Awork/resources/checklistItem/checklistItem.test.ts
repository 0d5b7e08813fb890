/** Checklist Item → every operation through n8n-core's engine against the sandbox, checking output and what awork stored or received. */
import type { IDataObject } from 'n8n-workflow';

import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('checklistItem');

type ChecklistItem = { id: string; taskId: string; name: string; isDone: boolean; order: number };
const checklistItems = () => collection<ChecklistItem>('checklistItems');
const tasks = () => collection<{ id: string; parentId: string | null; name: string }>('tasks');

let projectId: string;
const newTask = async (name: string) => (await api('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name })).id as string;
const newItem = async (taskId: string, name: string, extra: IDataObject = {}) =>
	await api<ChecklistItem>('POST', `/tasks/${taskId}/checklistitems`, { name, ...extra });
const itemsOf = (taskId: string) => checklistItems().all().filter((item) => item.taskId === taskId);
const sent = () => sandbox().requests.filter((r) => r.method !== 'GET');

beforeAll(async () => {
	projectId = (await api('POST', '/projects', { name: 'Checklist tests' })).id as string;
});

describe('Checklist Item', () => {
	it('creates an item with the fields set, sending nothing unset', async () => {
		const taskId = await newTask('Launch');
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'create', task: rl(taskId), name: 'Book venue', additionalFields: { isDone: true, order: 3 } });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ taskId, name: 'Book venue', isDone: true, order: 3 });
		expect(checklistItems().require(items[0].json.id as string)).toMatchObject({ taskId, name: 'Book venue', isDone: true, order: 3 });
		expect(sent()).toEqual([expect.objectContaining({ operation: 'POST /tasks/{taskId}/checklistitems', body: { name: 'Book venue', isDone: true, order: 3 } })]);

		sandbox().resetLog();
		const plain = await run({ operation: 'create', task: { __rl: true, mode: 'url', value: `https://acme.awork.com/projects/${projectId}/tasks/${taskId}` }, name: 'Send invites' });
		expect(plain.items[0].json).toMatchObject({ name: 'Send invites', isDone: false });
		expect(sent()[0].body).toEqual({ name: 'Send invites' });
	});

	it('gets one item', async () => {
		const taskId = await newTask('Inspect');
		const item = await newItem(taskId, 'Look closely');
		const { items } = await run({ operation: 'get', task: rl(taskId), checklistItemId: item.id.toUpperCase() });
		expect(items.map((i) => i.json)).toEqual([checklistItems().require(item.id)]);
	});

	describe('Get Many', () => {
		let taskId: string;
		beforeAll(async () => {
			taskId = await newTask('Packing');
			for (const [name, order] of [['Tent', 2], ['Map', 1], ['Stove', 3]] as const) await newItem(taskId, name, { order });
		});

		it('lists the whole checklist in order', async () => {
			const { items } = await run({ operation: 'getMany', task: rl(taskId), returnAll: true });
			expect(items.map((i) => i.json.name)).toEqual(['Map', 'Tent', 'Stove']);
			expect(items[0].json).toEqual(checklistItems().require(items[0].json.id as string));
		});

		it('shortens the output to the limit, still in one request without paging', async () => {
			sandbox().resetLog();
			const { items } = await run({ operation: 'getMany', task: rl(taskId), returnAll: false, limit: 2 });
			expect(items.map((i) => i.json.name)).toEqual(['Map', 'Tent']);
			// The endpoint takes no paging: one request, no page or pageSize sent.
			expect(sandbox().requests).toHaveLength(1);
			expect(sandbox().requests[0].url).not.toMatch(/page/i);
		});
	});

	it('updates only the fields set and keeps the rest', async () => {
		const taskId = await newTask('Review');
		const item = await newItem(taskId, 'Proofread', { order: 5 });
		sandbox().resetLog();
		const done = await run({ operation: 'update', task: rl(taskId), checklistItemId: item.id, updateFields: { isDone: true } });
		expect(done.error).toBeUndefined();
		expect(done.items[0].json).toMatchObject({ id: item.id, name: 'Proofread', isDone: true, order: 5 });
		expect(checklistItems().require(item.id)).toMatchObject({ name: 'Proofread', isDone: true, order: 5 });
		expect(sent()).toEqual([expect.objectContaining({ method: 'PUT', body: { name: 'Proofread', isDone: true, order: 5 } })]);

		await run({ operation: 'update', task: rl(taskId), checklistItemId: item.id, updateFields: { name: 'Proofread twice' } });
		expect(checklistItems().require(item.id)).toMatchObject({ name: 'Proofread twice', isDone: true, order: 5 });
	});

	it('deletes an item and reports what it did', async () => {
		const taskId = await newTask('Cleanup');
		const item = await newItem(taskId, 'Remove me');
		const keep = await newItem(taskId, 'Keep me');
		sandbox().resetLog();
		const { items } = await run({ operation: 'delete', task: rl(taskId), checklistItemId: item.id });
		expect(items.map((i) => i.json)).toEqual([{ success: true, taskId, checklistItemId: item.id }]);
		expect(itemsOf(taskId).map((i) => i.id)).toEqual([keep.id]);
		expect(sent()).toEqual([expect.objectContaining({ operation: 'DELETE /tasks/{taskId}/checklistitems/{checklistItemId}', status: 204 })]);
	});

	it('converts the checklist to subtasks, one output item per subtask', async () => {
		const taskId = await newTask('Event');
		await newItem(taskId, 'Catering', { order: 1 });
		await newItem(taskId, 'Music', { order: 2 });
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'convertToSubtasks', task: rl(taskId) });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.name)).toEqual(['Catering', 'Music']);
		for (const item of items) expect(tasks().require(item.json.id as string).parentId).toBe(taskId);
		expect(itemsOf(taskId)).toEqual([]);
		expect(sent()).toEqual([expect.objectContaining({ operation: 'POST /tasks/{taskId}/checklistitems/tosubtasks', status: 200 })]);
		// The endpoint takes no body, and none is sent.
		expect(sent()[0].body).toBeUndefined();
	});

	describe('bad input', () => {
		it('stops an item with a non-GUID checklist item ID before sending it and runs the others', async () => {
			const taskId = await newTask('Mixed');
			const item = await newItem(taskId, 'Real');
			sandbox().resetLog();
			const { items, error } = await run(
				{ operation: 'get', task: rl(taskId), checklistItemId: '={{$json.item}}' },
				[{ item: item.id }, { item: 'first-one' }],
				true,
			);
			expect(error).toBeUndefined();
			expect(items[0].json.id).toBe(item.id);
			expect(items[1].error?.message).toBe("Invalid 'Checklist Item ID' on item 1: expected a checklist item ID (GUID), got 'first-one'");
			expect(sandbox().requests).toHaveLength(1);
		});

		it('stops an item with an empty name or a non-GUID task', async () => {
			const taskId = await newTask('Strict');
			sandbox().resetLog();
			const { items } = await run(
				{ operation: 'create', task: rl('={{$json.task}}'), name: '={{$json.name}}' },
				[{ task: taskId, name: 'Fine' }, { task: taskId, name: '' }, { task: 'task-7', name: 'Lost' }],
				true,
			);
			expect(items[0].json).toMatchObject({ taskId, name: 'Fine' });
			expect(items[1].error?.message).toBe("Invalid 'Name' on item 1: expected a non-empty text, got an empty value");
			expect(items[2].error?.message).toMatch(/^Invalid 'Task' on item 2: expected a task picked from the list, .* got 'task-7'$/);
			expect(sent().map((r) => r.body)).toEqual([{ name: 'Fine' }]);
			expect(itemsOf(taskId).map((i) => i.name)).toEqual(['Fine']);
		});
	});
});
