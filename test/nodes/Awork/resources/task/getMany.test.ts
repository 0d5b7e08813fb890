/** Task → Get Many through n8n-core's engine against the sandbox: the four scopes, paging, filters and sort, bad input. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api, apiUserId } = resourceSuite('task', { operation: 'getMany' });
type StoredTask = { id: string; name: string; baseType: string; projectId: string | null; userId: string | null; assignees: Array<{ id: string }> };
const tasks = () => collection<StoredTask>('tasks');

const requested = () =>
	sandbox().requests.map((request) => {
		const url = new URL(request.url, 'http://sandbox');
		return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
	});
const ids = (items: Array<{ json: Record<string, unknown> }>) => items.map((item) => item.json.id as string).sort();

/** The seeded project with the most tasks, so paging has something to page through. */
function busiestProject(): string {
	const counts = new Map<string, number>();
	for (const task of tasks().all()) if (task.projectId) counts.set(task.projectId, (counts.get(task.projectId) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

let projectId: string;
beforeAll(async () => {
	projectId = busiestProject();
	// Make sure the credentials user has assigned and private tasks to list.
	const mine = tasks()
		.all()
		.filter((task) => task.projectId === projectId)
		.slice(0, 2);
	for (const task of mine) await api('POST', `/tasks/${task.id}/setassignees`, [...task.assignees.map((a) => a.id), apiUserId()]);
	await api('POST', '/tasks', { baseType: 'private', name: 'Renew passport' });
});

describe('Task → Get Many', () => {
	it('lists the tasks assigned to the credentials user when no scope is set, simplified', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ returnAll: true });
		expect(error).toBeUndefined();
		const expected = tasks()
			.all()
			.filter((task) => task.assignees.some((a) => a.id === apiUserId()))
			.map((task) => task.id)
			.sort();
		expect(expected.length).toBeGreaterThanOrEqual(2);
		expect(ids(items)).toEqual(expected);
		expect(requested()[0].path).toBe('/api/v1/me/assignedtasks');
		expect(items[0].json).toHaveProperty('status');
		expect(items[0].json).not.toHaveProperty('createdBy');
	});

	it("lists a project's tasks up to the limit, and all of them with Return All", async () => {
		const inProject = tasks()
			.all()
			.filter((task) => task.projectId === projectId);
		expect(inProject.length).toBeGreaterThan(3);
		sandbox().resetLog();
		const limited = await run({ scope: 'project', project: rl(projectId), limit: 3 });
		expect(limited.items).toHaveLength(3);
		expect(requested()).toEqual([{ path: `/api/v1/projects/${projectId}/projecttasks`, query: { page: '1', pageSize: '3' } }]);

		const all = await run({ scope: 'project', project: rl(`https://acme.awork.com/projects/${projectId}/tasks`, 'url'), returnAll: true, simplify: false });
		expect(ids(all.items)).toEqual(inProject.map((task) => task.id).sort());
		expect(all.items[0].json).toHaveProperty('createdBy');
	});

	it('lists all tasks the user can see', async () => {
		const { items } = await run({ scope: 'allAvailable', returnAll: true });
		const me = apiUserId();
		const visible = tasks()
			.all()
			.filter((task) => task.baseType === 'projecttask' || task.userId === me || task.assignees.some((a) => a.id === me));
		expect(ids(items)).toEqual(visible.map((task) => task.id).sort());
	});

	it("lists the user's private tasks", async () => {
		sandbox().resetLog();
		const { items } = await run({ scope: 'private', returnAll: true });
		const mine = tasks()
			.all()
			.filter((task) => task.baseType === 'private' && task.userId === apiUserId());
		expect(mine.length).toBeGreaterThan(0);
		expect(ids(items)).toEqual(mine.map((task) => task.id).sort());
		expect(requested()[0].path).toBe('/api/v1/me/privatetasks');
	});

	it('sends the filters and the sort as awork filterby and orderby', async () => {
		const sample = tasks()
			.all()
			.find((task) => task.projectId === projectId)!;
		const word = sample.name.split(' ')[0];
		sandbox().resetLog();
		const { items, error } = await run({
			scope: 'project',
			project: rl(projectId),
			returnAll: true,
			filters: { nameContains: word },
			sort: { keys: [{ field: 'name', direction: 'desc' }] },
		});
		expect(error).toBeUndefined();
		const { query } = requested()[0];
		expect(query.filterby).toBe(`substringof('${word}',name)`);
		expect(query.orderby).toBe('name desc');
		const names = items.map((item) => item.json.name as string);
		expect(names).toContain(sample.name);
		expect(names.every((name) => name.toLowerCase().includes(word.toLowerCase()))).toBe(true);
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
	});

	it('stops an item with a bad project before sending it, and runs the others', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ scope: 'project', project: rl('={{$json.project}}'), returnAll: true }, [{ project: projectId }, { project: '12345' }], true);
		expect(error).toBeUndefined();
		const inProject = tasks()
			.all()
			.filter((task) => task.projectId === projectId).length;
		expect(items).toHaveLength(inProject + 1);
		expect(items.slice(0, inProject).every((item) => (item.json.project as { id: string }).id === projectId)).toBe(true);
		expect(items[inProject].error?.message).toBe(
			"Invalid 'Project' on item 1: expected a project picked from the list, an awork project link (https://yourworkspace.awork.com/projects/3f0c…/tasks) or a project ID (GUID), got '12345'",
		);
		expect(sandbox().requests).toHaveLength(1);
	});
});
