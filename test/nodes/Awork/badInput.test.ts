/**
 * Bad input, one kind per row: the item fails with an error that names the field and the item and
 * says what was expected, the sandbox receives no request for it, and the other items go on.
 */
import { resourceSuite, rl } from '../../harness/resourceSuite';

const { sandbox, collection, run } = resourceSuite('project');
const firstProject = () => collection<{ id: string }>('projects').all()[0];
/** A project with custom fields linked to it (the seed links "Budget (EUR)" to some). */
const projectWithFields = () => collection<{ id: string; _customFieldLinks: unknown[] }>('projects').all().find((p) => p._customFieldLinks.length > 0)!;

interface Row {
	kind: string;
	parameters: () => Record<string, unknown>;
	/** The good item, then the bad one. */
	items: () => Array<Record<string, unknown>>;
	message: string;
}

const rows: Row[] = [
	{
		kind: 'an ID that is not a GUID',
		parameters: () => ({ operation: 'get', project: rl('={{$json.id}}') }),
		items: () => [{ id: firstProject().id }, { id: '42' }],
		message: "Invalid 'Project' on item 1: expected a project picked from the list",
	},
	{
		kind: 'an empty required field',
		parameters: () => ({ operation: 'create', name: '={{$json.name}}' }),
		items: () => [{ name: 'Good project' }, { name: '  ' }],
		message: "Invalid 'Name' on item 1: expected a non-empty text, got an empty value",
	},
	{
		kind: 'a malformed date',
		parameters: () => ({ operation: 'create', name: 'Dated', additionalFields: { dueDate: '={{$json.due}}' } }),
		items: () => [{ due: '2026-03-31' }, { due: '31/03/2026' }],
		message: "Invalid 'Due Date' on item 1: expected an ISO 8601 date or date-time such as 2024-05-31 or 2024-05-31T17:00:00Z, got '31/03/2026'",
	},
	{
		kind: 'a malformed duration',
		parameters: () => ({ operation: 'create', name: 'Budgeted', additionalFields: { timeBudget: '={{$json.hours}}' } }),
		items: () => [{ hours: '12.5' }, { hours: 'a lot' }],
		message: "Invalid 'Time Budget' on item 1: expected a number of hours (e.g. 1.5) or hours and minutes (e.g. 1:30 or 1h 30m), got 'a lot'",
	},
	{
		kind: 'JSON that does not parse',
		parameters: () => ({ operation: 'setCustomFields', project: rl(projectWithFields().id), customFieldsJson: '={{$json.values}}' }),
		items: () => [{ values: '{"Budget (EUR)": 5}' }, { values: '{"Budget (EUR)": ' }],
		message: "Invalid 'Custom Fields (JSON)' on item 1: expected a JSON object of custom field names or IDs to values",
	},
];

describe('bad input stops only its own item, before anything is sent for it', () => {
	it.each(rows)('$kind', async (row) => {
		const [good, bad] = row.items();
		sandbox().resetLog();
		const alone = await run(row.parameters(), [good], true);
		expect(alone.items[0].error).toBeUndefined();
		const requestsForGoodItem = sandbox().requests.map((r) => `${r.method} ${r.operation}`);

		sandbox().resetLog();
		const { items, error } = await run(row.parameters(), [good, bad], true);
		expect(error).toBeUndefined();
		expect(items[0].error).toBeUndefined();
		expect(items[1].error?.name).toBe('NodeOperationError');
		expect(items[1].error?.message.startsWith(row.message)).toBe(true);
		expect(items[1].error?.message).toMatch(/ on item 1: expected .+, got /);
		// The bad item added no request to what the good item sends on its own.
		expect(sandbox().requests.map((r) => `${r.method} ${r.operation}`)).toEqual(requestsForGoodItem);
	});

	it('counts the requests: one item good, one bad → only the good one is sent', async () => {
		sandbox().resetLog();
		await run({ operation: 'create', name: '={{$json.name}}' }, [{ name: 'Only me' }, { name: '' }, { name: 'And me' }], true);
		const creates = sandbox().requests.filter((r) => r.method === 'POST');
		expect(creates.map((r) => (r.body as { name: string }).name).sort()).toEqual(['And me', 'Only me']);
	});
});
