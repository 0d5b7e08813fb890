/** Tag → Get Many (projects, tasks, companies, users) through n8n-core's engine against the sandbox. */
import { resourceSuite } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('tag', { operation: 'getMany' });
type Tagged = { id: string; tags: Array<{ name: string }> | null };
const namesIn = (name: string) => [...new Set(collection<Tagged>(name).all().flatMap((e) => (e.tags ?? []).map((t) => t.name.toLowerCase())))].sort();

describe('Tag', () => {
	it('lists the project tags in use with their usage, all at once and without paging parameters', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ of: 'project', returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((i) => String(i.json.name).toLowerCase()).sort()).toEqual(namesIn('projects'));
		expect(items.every((i) => typeof i.json.usageCount === 'number')).toBe(true);
		expect(sandbox().requests.map((r) => r.url.split('/v1')[1])).toEqual(['/projects/tags']);
	});

	it('lists the task tags whose name contains a text, not case-sensitive', async () => {
		const task = collection<{ id: string }>('tasks').all()[0];
		await api('POST', `/tasks/${task.id}/addtags`, [{ name: 'Needs-Review' }]);
		sandbox().resetLog();
		const { items, error } = await run({ of: 'task', nameContains: 'review', returnAll: true });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.name)).toContain('Needs-Review');
		expect(items.every((i) => String(i.json.name).toLowerCase().includes('review'))).toBe(true);
		expect(sandbox().requests.map((r) => r.url.split('/v1')[1])).toEqual(['/tasks/tags']);
	});

	it('lists company and user tags up to the limit', async () => {
		const company = collection<{ id: string }>('companies').all()[0];
		await api('POST', `/companies/${company.id}/addtags`, [{ name: 'key account' }, { name: 'agency' }]);
		const user = collection<{ id: string }>('users').all()[0];
		await api('POST', `/users/${user.id}/addtags`, [{ name: 'frontend' }]);
		sandbox().resetLog();
		const companies = await run({ of: 'company', limit: 1 });
		expect(companies.items).toHaveLength(1);
		const all = await run({ of: 'company', returnAll: true });
		expect(all.items.map((i) => i.json.name)).toEqual(expect.arrayContaining(['key account', 'agency']));
		const users = await run({ of: 'user', returnAll: true });
		expect(users.items.map((i) => i.json.name)).toContain('frontend');
		expect(sandbox().requests.map((r) => r.url.split('/v1')[1])).toEqual(['/companies/tags', '/companies/tags', '/users/tags']);
	});

	it('stops items with an unknown Of or a bad limit before sending them, and runs the others', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ of: '={{$json.of}}', returnAll: true }, [{ of: 'teams' }, { of: 'project' }], true);
		expect(error).toBeUndefined();
		expect(items[0].error?.message).toBe("Invalid 'Of' on item 0: expected one of 'project', 'task', 'company', 'user', got 'teams'");
		expect(items.slice(1).every((i) => i.json.name !== undefined)).toBe(true);
		expect(sandbox().requests).toHaveLength(1);
	});
});
