/** Search → Search through n8n-core's engine against the sandbox (which searches its stored tasks, projects, task lists, users and companies). */
import { resourceSuite } from '../../../../harness/resourceSuite';

const { sandbox, run, api } = resourceSuite('search', { operation: 'search' });

describe('Search', () => {
	let projectId: string;
	let taskId: string;
	beforeAll(async () => {
		projectId = (await api<{ id: string }>('POST', '/projects', { name: 'Quokka relaunch' })).id;
		taskId = (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name: 'Quokka' })).id;
	});

	it('gives one simplified item per hit, best first, searching the chosen types', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ searchTerm: ' quokka ', searchTypes: ['task', 'project'] });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{ type: 'task', score: 4, id: taskId, name: 'Quokka', highlights: { name: ['Quokka'] } },
			{ type: 'project', score: 3, id: projectId, name: 'Quokka relaunch', highlights: { name: ['Quokka relaunch'] } },
		]);
		const sent = new URL(sandbox().requests[0].url, 'http://x');
		expect(Object.fromEntries(sent.searchParams)).toEqual({ searchTerm: 'quokka', searchTypes: 'task,project', top: '20', includeClosedAndStuck: 'false' });
	});

	it('searches all types when none is chosen, caps the hits at Max Results, and returns raw hits without Simplify', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ searchTerm: 'e', top: 3, simplify: false, includeClosedAndStuck: true });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].json).toEqual(expect.objectContaining({ type: expect.any(String), score: expect.any(Number), entity: expect.objectContaining({ id: expect.any(String) }) }));
		const scores = items.map((i) => i.json.score as number);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
		expect(sandbox().requests[0].url).toMatch(/searchTypes=all&top=3&includeClosedAndStuck=true/);
	});

	it('names users by their full name', async () => {
		const user = sandbox().store.collection<{ id: string; firstName: string; lastName: string }>('users').all()[0];
		const { items } = await run({ searchTerm: user.lastName, searchTypes: 'user' });
		expect(items.map((i) => i.json)).toContainEqual(expect.objectContaining({ type: 'user', id: user.id, name: `${user.firstName} ${user.lastName}` }));
	});

	it('gives no items when nothing matches', async () => {
		const { items, error } = await run({ searchTerm: 'no-such-thing-anywhere' });
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
	});

	it('stops items with an empty or too long term or an unknown type before sending them, and runs the others', async () => {
		sandbox().resetLog();
		const { items, error } = await run(
			{ searchTerm: '={{$json.term}}', searchTypes: '={{$json.types}}' },
			[{ term: '', types: 'task' }, { term: 'x'.repeat(51), types: 'task' }, { term: 'quokka', types: 'task,invoice' }, { term: 'quokka', types: 'TASK' }],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].error?.message).toBe("Invalid 'Search Term' on item 0: expected a non-empty text, got an empty value");
		expect(items[1].error?.message).toBe(`Invalid 'Search Term' on item 1: expected a text of at most 50 characters, got '${'x'.repeat(51)}'`);
		expect(items[2].error?.message).toBe(
			"Invalid 'Types' on item 2: expected types among comment, company, dashboardnote, document, file, project, task, tasklist, timeentry, timereport, user, got 'invoice'",
		);
		expect(items.slice(3).map((i) => i.json.id)).toEqual([taskId]);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].url).toMatch(/searchTypes=task&/);
	});
});
