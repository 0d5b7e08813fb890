/** Task → Set Custom Fields through n8n-core's engine against the sandbox: values typed by their definitions. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('task', { operation: 'setCustomFields' });
type StoredTask = { id: string; customFields: Array<Record<string, unknown>> };
type Definition = { id: string; name: string; type: string; entity: string; selectionOptions?: Array<{ id: string; value: string }> };
const tasks = () => collection<StoredTask>('tasks');

let projectId: string;
let effort: Definition;
let hours: Definition;
const newTask = async (name: string) => (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name })).id;
const fields = (rows: Array<{ definition: string; value: unknown }>) => ({ field: rows });

beforeAll(async () => {
	projectId = (await api<{ id: string }>('POST', '/projects', { name: 'Custom field tests' })).id;
	const definitions = await api<Definition[]>('GET', '/customfielddefinitions');
	effort = definitions.find((d) => d.entity === 'task' && d.type === 'select')!;
	hours = await api<Definition>('POST', '/customfielddefinitions', { name: 'Estimate (h)', type: 'number', entity: 'task' });
});

describe('Task → Set Custom Fields', () => {
	it('sends each value in the property of its type, a selection by option name, and keeps fields not listed', async () => {
		const taskId = await newTask('Estimate me');
		const medium = effort.selectionOptions!.find((o) => o.value === 'M')!;
		await run({ task: rl(taskId), customFields: fields([{ definition: hours.id, value: '3' }]) });
		sandbox().resetLog();
		const { items, error } = await run({ task: rl(taskId), customFields: fields([{ definition: effort.id, value: 'm' }]) });
		expect(error).toBeUndefined();
		const form = { customFieldDefinitionId: effort.id, selectionOptionIdValue: medium.id };
		expect(items.map((item) => item.json)).toEqual([{ success: true, taskId, customFields: [form] }]);
		expect(sandbox().requests.map((r) => [r.operation, r.status])).toEqual([
			['GET /customfielddefinitions', 200],
			['POST /tasks/{taskId}/setcustomfields', 204],
		]);
		expect(sandbox().requests[1].body).toEqual([form]);
		expect(tasks().require(taskId).customFields).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ customFieldDefinitionId: hours.id, numberValue: 3 }),
				expect.objectContaining({ customFieldDefinitionId: effort.id, selectionOptionIdValue: medium.id }),
			]),
		);

		// An empty value clears that field only.
		await run({ task: rl(taskId), customFields: fields([{ definition: hours.id, value: '' }]) });
		expect(tasks().require(taskId).customFields.map((f) => f.customFieldDefinitionId)).toEqual([effort.id]);
	});

	it('stops items with a non-GUID task or a value the field cannot take before sending them, and runs the others', async () => {
		const taskId = await newTask('Bad values');
		sandbox().resetLog();
		const { items, error } = await run(
			{ task: rl('={{$json.task}}'), customFields: fields([{ definition: '={{$json.field}}', value: '={{$json.value}}' }]) },
			[
				{ task: taskId, field: hours.id, value: '12,5' },
				{ task: 'none', field: hours.id, value: '1' },
				{ task: taskId, field: effort.id, value: 'XL' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, taskId, customFields: [{ customFieldDefinitionId: hours.id, numberValue: 12.5 }] });
		expect(items[1].error?.message).toMatch(/^Invalid 'Task' on item 1: .*, got 'none'$/);
		expect(items[2].error?.message).toMatch(/^Invalid 'Custom Fields: Effort' on item 2: expected one of its options 'S', 'M', 'L'.*, got 'XL'$/);
		// Item 2 read the definitions to check its value, but set nothing.
		expect(sandbox().requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([[{ customFieldDefinitionId: hours.id, numberValue: 12.5 }]]);
		expect(sandbox().requests).toHaveLength(3);
	});
});
