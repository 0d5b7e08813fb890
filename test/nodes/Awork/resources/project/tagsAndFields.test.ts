/** Project → Add Tags, Remove Tags, Set Custom Fields through n8n-core's engine against the sandbox. */
import { projectSuite, rl } from './helpers';

const { sandbox, projects, definitions, writes, run } = projectSuite();

const openProjects = () => projects().all().filter((p) => p.projectStatus?.type !== 'closed');
const definition = (name: string) => definitions().all().find((d) => d.name === name)!;
const row = (name: string, value: unknown) => ({ definition: definition(name).id, value });

describe('Project tags', () => {
	it('adds tags from a comma-separated list, with a color, and reports them', async () => {
		const project = openProjects().find((p) => !p.tags.some((t) => t.name === 'pitch'))!;
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'addTags', project: rl(project.id), tags: 'pitch, q3 launch ,, pitch', tagColor: 'teal' });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ success: true, projectId: project.id, tags: ['pitch', 'q3 launch'] }]);
		expect(writes().map((r) => r.body)).toEqual([[{ name: 'pitch', color: 'teal' }, { name: 'q3 launch', color: 'teal' }]]);
		expect(projects().require(project.id).tags).toEqual(
			expect.arrayContaining([expect.objectContaining({ name: 'pitch', color: 'teal' }), expect.objectContaining({ name: 'q3 launch' })]),
		);
	});

	it('removes tags given as an array, sending names only', async () => {
		const project = openProjects()[1];
		await run({ operation: 'addTags', project: rl(project.id), tags: 'alpha, beta, gamma' });
		sandbox().resetLog();
		const { items } = await run({ operation: 'removeTags', project: rl(project.id), tags: "={{ ['ALPHA', 'gamma'] }}" });
		expect(items.map((i) => i.json)).toEqual([{ success: true, projectId: project.id, tags: ['ALPHA', 'gamma'] }]);
		expect(writes().map((r) => [r.operation, r.body])).toEqual([['POST /projects/{projectId}/deletetags', [{ name: 'ALPHA' }, { name: 'gamma' }]]]);
		const names = projects().require(project.id).tags.map((t) => t.name.toLowerCase());
		expect(names).toContain('beta');
		expect(names).not.toContain('alpha');
		expect(names).not.toContain('gamma');
	});

	it('stops items without tag names or with a name over 255 characters', async () => {
		const project = openProjects()[0];
		sandbox().resetLog();
		const { items } = await run({ operation: 'addTags', project: rl(project.id), tags: '={{$json.tags}}' }, [{ tags: ' , ' }, { tags: 'x'.repeat(256) }, { tags: 'ok' }], true);
		expect(items[0].error?.message).toMatch(/^Invalid 'Tags' on item 0: expected at least one tag name/);
		expect(items[1].error?.message).toMatch(/^Invalid 'Tags' on item 1: expected tag names separated by commas .*each at most 255 characters, got 'xxx/);
		expect(items[2].json).toEqual({ success: true, projectId: project.id, tags: ['ok'] });
		expect(sandbox().requests).toHaveLength(1);
	});
});

describe('Project → Set Custom Fields', () => {
	it("converts each value by its field's type and stores it", async () => {
		const project = openProjects().find((p) => p._customFieldLinks.length > 0)!;
		const low = definition('Priority').selectionOptions.find((o) => o.value === 'Low')!;
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'setCustomFields',
			project: rl(project.id),
			customFields: { field: [row('Budget (EUR)', '42000,5'), row('Priority', 'low')] },
		});
		expect(error).toBeUndefined();
		const sent = [
			{ customFieldDefinitionId: definition('Budget (EUR)').id, numberValue: 42000.5 },
			{ customFieldDefinitionId: definition('Priority').id, selectionOptionIdValue: low.id },
		];
		expect(items.map((i) => i.json)).toEqual([{ success: true, projectId: project.id, customFields: sent }]);
		expect(writes().map((r) => r.body)).toEqual([sent]);
		expect(projects().require(project.id).customFields).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ customFieldDefinitionId: definition('Budget (EUR)').id, numberValue: 42000.5 }),
				expect.objectContaining({ customFieldDefinitionId: definition('Priority').id, selectionOptionIdValue: low.id }),
			]),
		);
	});

	it('sets a boolean field and clears one with an empty value', async () => {
		const project = openProjects().filter((p) => p._customFieldLinks.length > 0)[1];
		project._customFieldLinks.push({ customFieldDefinitionId: definition('Contract signed').id });
		await run({ operation: 'setCustomFields', project: rl(project.id), customFields: { field: [row('Contract signed', 'yes'), row('Budget (EUR)', '')] } });
		const stored = projects().require(project.id).customFields;
		expect(stored).toEqual(expect.arrayContaining([expect.objectContaining({ customFieldDefinitionId: definition('Contract signed').id, booleanValue: true })]));
		expect(stored.find((v) => v.customFieldDefinitionId === definition('Budget (EUR)').id)?.numberValue ?? null).toBeNull();
	});

	it('stops an item whose value does not fit the type, sending nothing for it, and sets the others', async () => {
		const project = openProjects().find((p) => p._customFieldLinks.length > 0)!;
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'setCustomFields', project: rl(project.id), customFields: { field: [{ definition: definition('Budget (EUR)').id, value: '={{$json.budget}}' }] } },
			[{ budget: 'a lot' }, { budget: 7 }, { budget: '2024-05-01' }],
			true,
		);
		expect(error).toBeUndefined();
		const message = (n: number, got: string) =>
			`Invalid 'Custom Fields: Budget (EUR)' on item ${n}: expected a number such as 1500 or 12.5 (a number field), got '${got}'`;
		expect(items[0].error?.message).toBe(message(0, 'a lot'));
		expect(items[1].json).toMatchObject({ success: true, customFields: [{ customFieldDefinitionId: definition('Budget (EUR)').id, numberValue: 7 }] });
		expect(items[2].error?.message).toBe(message(2, '2024-05-01'));
		expect(writes().map((r) => r.body)).toEqual([[{ customFieldDefinitionId: definition('Budget (EUR)').id, numberValue: 7 }]]);
		expect(projects().require(project.id).customFields).toEqual(expect.arrayContaining([expect.objectContaining({ numberValue: 7 })]));
	});

	it('refuses a task custom field, an unknown option and a repeated field before sending; skips empty rows', async () => {
		const project = openProjects().find((p) => p._customFieldLinks.length > 0)!;
		const rows = { field: [{ definition: '={{$json.a}}', value: '={{$json.av}}' }, { definition: '={{$json.b}}', value: '={{$json.bv}}' }] };
		const budget = definition('Budget (EUR)').id;
		sandbox().resetLog();
		const { items } = await run(
			{ operation: 'setCustomFields', project: rl(project.id), customFields: rows },
			[
				{ a: definition('Effort').id, av: 'S' },
				{ a: definition('Priority').id, av: 'Urgent' },
				{ a: budget, av: '1', b: budget, bv: '2' },
				{ a: 'Budget', av: '1' },
				{ b: budget, bv: '3' },
			],
			true,
		);
		expect(items.map((i) => i.error?.message ?? i.json.customFields)).toEqual([
			"Invalid 'Custom Fields: Effort' on item 0: expected a project custom field, got 'a task custom field'",
			"Invalid 'Custom Fields: Priority' on item 1: expected one of its options 'High', 'Medium', 'Low' (or an option ID) (a coloredSelect field), got 'Urgent'",
			"Invalid 'Custom Fields: Budget (EUR)' on item 2: expected each custom field at most once, got '2'",
			"Invalid 'Custom Fields' on item 3: expected a custom field picked from the list or its ID (GUID), got 'Budget'",
			[{ customFieldDefinitionId: budget, numberValue: 3 }],
		]);
		expect(writes().map((r) => r.body)).toEqual([[{ customFieldDefinitionId: budget, numberValue: 3 }]]);
	});
});

describe('Project → Set Custom Fields from JSON (for expressions and AI agents)', () => {
	it('takes field names or IDs with values, converted like the rows and added to them', async () => {
		const project = openProjects().find((p) => p._customFieldLinks.length > 0)!;
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'setCustomFields',
			project: rl(project.id),
			customFields: { field: [row('Priority', 'High')] },
			customFieldsJson: JSON.stringify({ 'budget (eur)': '1500' }),
		});
		expect(error).toBeUndefined();
		const high = definition('Priority').selectionOptions.find((o) => o.value === 'High')!;
		const sent = [
			{ customFieldDefinitionId: definition('Priority').id, selectionOptionIdValue: high.id },
			{ customFieldDefinitionId: definition('Budget (EUR)').id, numberValue: 1500 },
		];
		expect(writes().map((r) => r.body)).toEqual([sent]);
		expect(items[0].json).toEqual({ success: true, projectId: project.id, customFields: sent });
	});

	it('stops an item whose JSON does not parse or names no field, sending nothing for it, and runs the others', async () => {
		const project = openProjects().find((p) => p._customFieldLinks.length > 0)!;
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'setCustomFields', project: rl(project.id), customFieldsJson: '={{$json.values}}' },
			[{ values: '{"Budget (EUR)": 12' }, { values: `{"${definition('Budget (EUR)').id.toUpperCase()}": 12}` }, { values: '{"No such field": 1}' }, { values: '' }],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].error?.message).toMatch(
			/^Invalid 'Custom Fields \(JSON\)' on item 0: expected a JSON object of custom field names or IDs to values, e\.g\. \{"Budget code": "A-12"\} \(.+\), got '\{"Budget \(EUR\)": 12'$/,
		);
		expect(items[1].json).toMatchObject({ success: true });
		expect(items[2].error?.message).toBe(
			"Invalid 'Custom Fields (JSON)' on item 2: expected the name or ID of a project custom field, got 'No such field'",
		);
		expect(items[3].error?.message).toBe(
			"Invalid 'Custom Fields' on item 3: expected at least one custom field with a value (as rows or in Custom Fields (JSON)), got an empty value",
		);
		expect(writes().map((r) => r.body)).toEqual([[{ customFieldDefinitionId: definition('Budget (EUR)').id, numberValue: 12 }]]);
	});
});
