/** Project Template → Get, Get Many through n8n-core's engine against the sandbox. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run } = resourceSuite('projectTemplate');
type Template = { id: string; name: string; timeBudget: number; projectTypeId: string | null };
const templates = () => collection<Template>('projectTemplates').all();

describe('Project Template', () => {
	it('gets a template by ID, simplified with its budget in hours', async () => {
		const template = templates().find((t) => t.name === 'Website relaunch')!;
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'get', projectTemplate: rl(template.id.toUpperCase()) });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ id: template.id, name: 'Website relaunch', projectTypeId: template.projectTypeId, timeBudgetHours: 180 });
		expect(items[0].json).not.toHaveProperty('projectStatuses');
		expect(sandbox().requests.map((r) => [r.operation, r.url.split('?')[0].split('/v1')[1]])).toEqual([
			['GET /projecttemplates/{projectTemplateId}', `/projecttemplates/${template.id}`],
		]);
	});

	it('gets a template from its awork link, unsimplified', async () => {
		const template = templates()[1];
		const { items, error } = await run({
			operation: 'get',
			projectTemplate: rl(`https://demo.awork.com/projecttemplates/${template.id}/settings`, 'url'),
			simplify: false,
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: template.id, name: template.name, timeBudget: template.timeBudget });
		expect(Array.isArray(items[0].json.projectStatuses)).toBe(true);
	});

	it('lists templates page by page up to the limit', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'getMany', limit: 1 });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual([templates()[0].id]);
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].url).toMatch(/pageSize=1(&|$)/);

		const all = await run({ operation: 'getMany', returnAll: true });
		expect(all.items.map((i) => i.json.name).sort()).toEqual(templates().map((t) => t.name).sort());
	});

	it('lists templates filtered by name and sorted by awork', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'getMany', returnAll: true, filters: { nameContains: 'a' }, sort: { keys: [{ field: 'name', direction: 'desc' }] } });
		expect(error).toBeUndefined();
		const expected = templates().filter((t) => t.name.toLowerCase().includes('a')).map((t) => t.name).sort().reverse();
		expect(expected.length).toBeGreaterThan(1);
		expect(items.map((i) => i.json.name)).toEqual(expected);
		const url = decodeURIComponent(sandbox().requests[0].url);
		expect(url).toMatch(/filterby=substringof\('a',\s*name\)/i);
		expect(url).toMatch(/orderby=name desc/i);
	});

	it('stops an item with a bad ID before sending it, names field and item, and runs the others', async () => {
		const good = templates()[0];
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'get', projectTemplate: rl('={{$json.id}}') }, [{ id: good.id }, { id: 'not-a-guid' }], true);
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(good.id);
		expect(items[1].error?.message).toMatch(/^Invalid 'Project Template' on item 1: expected a project template.*got 'not-a-guid'$/);
		expect(sandbox().requests).toHaveLength(1);
	});
});
