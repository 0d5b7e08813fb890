/** Custom Field → Create Definition, Get Many Definitions, Get Definition through n8n-core's engine against the sandbox. */
import { resourceSuite } from '../../../../harness/resourceSuite';

const { sandbox, collection, run } = resourceSuite('customField');
type Definition = { id: string; name: string; entity: string; type: string; order: number | null; selectionOptions: Array<{ value: string; color: string | null; order: number }> };
const definitions = () => collection<Definition>('customFieldDefinitions');
const byName = (name: string) => definitions().all().find((d) => d.name === name)!;

describe('Custom Field', () => {
	it('creates a task select field with its options in the order given', async () => {
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'createDefinition',
			name: 'Channel',
			entity: 'task',
			type: 'select',
			selectionOptions: { option: [{ value: 'Email' }, { value: ' Phone ', color: 'blue' }] },
		});
		expect(error).toBeUndefined();
		const stored = definitions().require(items[0].json.id as string);
		expect(stored).toMatchObject({ name: 'Channel', entity: 'task', type: 'select', order: null });
		expect(stored.selectionOptions.map((o) => [o.value, o.color, o.order])).toEqual([['Email', null, 0], ['Phone', 'blue', 1]]);
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([
			[
				'POST /customfielddefinitions',
				{ name: 'Channel', entity: 'task', type: 'select', selectionOptions: [{ value: 'Email', order: 0 }, { value: 'Phone', color: 'blue', order: 1 }] },
			],
		]);
	});

	it('creates a project field placed after the existing project fields, ignoring options of a non-select type', async () => {
		const lastOrder = Math.max(...definitions().where((d) => d.entity === 'project').map((d) => d.order ?? 0));
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'createDefinition',
			name: 'Account manager',
			entity: 'project',
			type: 'user',
			selectionOptions: { option: [{ value: 'hidden' }] },
		});
		expect(error).toBeUndefined();
		expect(definitions().require(items[0].json.id as string)).toMatchObject({ entity: 'project', type: 'user', order: lastOrder + 1, selectionOptions: [] });
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([
			['GET /customfielddefinitions', undefined],
			['POST /customfielddefinitions', { name: 'Account manager', entity: 'project', type: 'user', order: lastOrder + 1 }],
		]);
	});

	it('creates a project field at the position given, without looking up the others', async () => {
		sandbox().resetLog();
		const { items } = await run({ operation: 'createDefinition', name: 'Go-live', entity: 'project', type: 'date', order: 1.5 });
		expect(definitions().require(items[0].json.id as string)).toMatchObject({ type: 'date', order: 1.5 });
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['POST /customfielddefinitions']);
	});

	it('lists the definitions of one entity, filtered after awork answered, with linked projects when asked', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'getManyDefinitions', entity: 'project', includeLinkedProjectIds: true, returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id).sort()).toEqual(definitions().where((d) => d.entity === 'project').map((d) => d.id).sort());
		expect(items.every((i) => Array.isArray(i.json.linkedProjectIds))).toBe(true);
		expect(sandbox().requests.map((r) => r.url.split('/v1')[1])).toEqual(['/customfielddefinitions?includeLinkedProjectIds=true']);

		const limited = await run({ operation: 'getManyDefinitions', limit: 2 });
		expect(limited.items.map((i) => i.json.id)).toEqual(definitions().all().slice(0, 2).map((d) => d.id));
		const all = await run({ operation: 'getManyDefinitions', returnAll: true });
		expect(all.items).toHaveLength(definitions().all().length);
	});

	it('gets one definition with its selection options, from the project or the task fields', async () => {
		const priority = byName('Priority');
		const effort = byName('Effort');
		sandbox().resetLog();
		const project = await run({ operation: 'getDefinition', entity: 'project', projectCustomFieldId: priority.id.toUpperCase() });
		expect(project.error).toBeUndefined();
		expect(project.items.map((i) => i.json)).toEqual([expect.objectContaining({ id: priority.id, name: 'Priority', type: 'coloredSelect' })]);
		expect((project.items[0].json.selectionOptions as Array<{ value: string }>).map((o) => o.value)).toEqual(['High', 'Medium', 'Low']);
		const task = await run({ operation: 'getDefinition', entity: 'task', taskCustomFieldId: effort.id, projectCustomFieldId: priority.id });
		expect(task.items.map((i) => i.json.id)).toEqual([effort.id]);
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['GET /customfielddefinitions', 'GET /customfielddefinitions']);
	});

	it('says when awork has no definition with the ID', async () => {
		const { items } = await run({ operation: 'getDefinition', entity: 'task', taskCustomFieldId: '00000000-0000-4000-8000-000000000000' }, undefined, true);
		// The node's own verdict, not dressed up as a transport failure (it was "Could not reach awork for GET …: …").
		expect(items[0].error?.name).toBe('NodeOperationError');
		expect(items[0].error?.message).toMatch(/^awork has no custom field definition with the ID 00000000-0000-4000-8000-000000000000$/);
	});

	it('stops items with a blank name, a blank option or a bad ID before sending them, and runs the others', async () => {
		const count = definitions().all().length;
		sandbox().resetLog();
		const created = await run(
			{ operation: 'createDefinition', name: '={{$json.name}}', entity: 'task', type: 'coloredSelect', selectionOptions: { option: [{ value: '={{$json.option}}', color: 'red' }] } },
			[{ name: ' ', option: 'A' }, { name: 'Size', option: '' }, { name: 'Size', option: 'XL' }],
			true,
		);
		expect(created.items[0].error?.message).toBe("Invalid 'Name' on item 0: expected a non-empty text, got an empty value");
		expect(created.items[1].error?.message).toBe("Invalid 'Selection Options: Option 1' on item 1: expected a value of 1 to 255 characters, got an empty value");
		expect(created.items[2].json).toMatchObject({ name: 'Size', type: 'coloredSelect' });
		expect(definitions().all()).toHaveLength(count + 1);
		expect(sandbox().requests).toHaveLength(1);

		sandbox().resetLog();
		const got = await run({ operation: 'getDefinition', entity: 'task', taskCustomFieldId: '={{$json.id}}' }, [{ id: 'Effort' }, { id: byName('Effort').id }], true);
		expect(got.items[0].error?.message).toBe("Invalid 'Custom Field Name or ID' on item 0: expected a custom field definition ID (GUID) from the list, got 'Effort'");
		expect(got.items[1].json.name).toBe('Effort');
		expect(sandbox().requests).toHaveLength(1);
	});
});
