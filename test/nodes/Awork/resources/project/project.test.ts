/** Project → Create, Get, Get Many, Update, Delete through n8n-core's engine against the sandbox. */
import { runNode } from '../../../../harness/runNode';
import { apiKeyCredentials, useSandbox } from '../../../../harness/sandbox';

const sandbox = useSandbox({ rateLimit: false });
type Project = { id: string; name: string; projectKey?: string; description?: string; timeBudget?: number; companyId?: string };
const projects = () => sandbox().store.collection<Project>('projects');

async function run(parameters: Record<string, unknown>, items?: Array<Record<string, unknown>>, continueOnFail = false) {
	return await runNode({
		parameters: { resource: 'project', ...parameters } as never,
		items,
		credentials: apiKeyCredentials(sandbox()),
		settings: continueOnFail ? { continueOnFail: true } : undefined,
	});
}

describe('Project', () => {
	it('creates a project with hours turned into awork seconds and dates in UTC, sending no unset field', async () => {
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'create',
			name: 'Website relaunch',
			additionalFields: { timeBudget: '1h 30m', startDate: '2026-01-05T09:00:00+01:00', description: '' },
		});
		expect(error).toBeUndefined();
		const stored = projects().require(items[0].json.id as string);
		expect(stored).toMatchObject({ name: 'Website relaunch', timeBudget: 5400 });
		const sent = sandbox().requests.find((r) => r.method === 'POST')!;
		expect(sent.body).toEqual({ name: 'Website relaunch', timeBudget: 5400, startDate: '2026-01-05T08:00:00.000Z' });
	});

	it('gets a project by ID, by awork link and by key, simplified by default', async () => {
		const project = projects().all().find((p) => p.projectKey)!;
		const byId = await run({ operation: 'get', project: { __rl: true, mode: 'id', value: project.id.toUpperCase() } });
		expect(byId.items[0].json).toMatchObject({ id: project.id, name: project.name });
		expect(byId.items[0].json).not.toHaveProperty('members');
		const byUrl = await run({
			operation: 'get',
			project: { __rl: true, mode: 'url', value: `https://acme.awork.com/projects/${project.id}/tasks?view=list` },
		});
		expect(byUrl.items[0].json.id).toBe(project.id);
		const byKey = await run({ operation: 'get', simplify: false, project: { __rl: true, mode: 'key', value: project.projectKey } });
		expect(byKey.items[0].json).toMatchObject({ id: project.id, projectKey: project.projectKey });
		expect(byKey.items[0].json).toHaveProperty('createdBy');
	});

	it('lists projects up to the limit', async () => {
		const { items } = await run({ operation: 'getMany', returnAll: false, limit: 2 });
		expect(items).toHaveLength(2);
		const all = await run({ operation: 'getMany', returnAll: true });
		expect(all.items).toHaveLength(projects().all().length);
	});

	it('updates only the fields set and keeps the rest', async () => {
		const project = projects().all()[0];
		const before = { ...project };
		const { error } = await run({
			operation: 'update',
			project: { __rl: true, mode: 'id', value: project.id },
			updateFields: { description: 'New brief' },
		});
		expect(error).toBeUndefined();
		expect(projects().require(project.id)).toMatchObject({ name: before.name, description: 'New brief' });
	});

	it('deletes a project and reports what it did', async () => {
		const created = await run({ operation: 'create', name: 'Short-lived' });
		const id = created.items[0].json.id as string;
		const { items } = await run({ operation: 'delete', project: { __rl: true, mode: 'list', value: id } });
		expect(items[0].json).toEqual({ success: true, projectId: id, deleteTimeTrackings: false });
		expect(projects().get(id)).toBeUndefined();
	});

	it('stops an item with a bad ID before sending it, names field and item, and runs the others', async () => {
		const good = projects().all()[0];
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'get', project: { __rl: true, mode: 'id', value: '={{$json.id}}' } },
			[{ id: good.id }, { id: 'not-a-guid' }],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(good.id);
		expect(items[1].error?.name).toBe('NodeOperationError');
		expect(items[1].error?.message).toBe(
			"Invalid 'Project' on item 1: expected a project picked from the list, an awork project link (https://yourworkspace.awork.com/projects/3f0c…/tasks) or a project ID (GUID), or its key, got 'not-a-guid'",
		);
		expect(sandbox().requests).toHaveLength(1);
	});
});
