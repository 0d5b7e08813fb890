/** Project → Create (with tags and custom fields), Get, Get Many (filters, sort), Update, Delete through n8n-core's engine against the sandbox. */
import { resourceSuite } from '../../../../harness/resourceSuite';

const { sandbox, collection, run } = resourceSuite('project');
type Project = { id: string; name: string; projectKey?: string; description?: string; timeBudget?: number; companyId?: string };
const projects = () => collection<Project>('projects');
const definitions = () => collection<{ id: string; name: string }>('customFieldDefinitions').all();

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

	it('creates a project linked to a workflow, so it uses the workflow’s shared statuses', async () => {
		const workflow = collection<{ id: string }>('workflows').all()[0];
		const { items, error } = await run({ operation: 'create', name: 'On the agency workflow', additionalFields: { workflowId: workflow.id.toUpperCase() } });
		expect(error).toBeUndefined();
		const stored = projects().require(items[0].json.id as string) as Project & { workflowId?: string };
		expect(stored.workflowId).toBe(workflow.id);
		const statuses = collection<{ id: string; workflowId?: string | null }>('projectStatuses').all();
		const current = statuses.find((s) => s.id === (stored as { projectStatusId?: string }).projectStatusId);
		expect(current?.workflowId).toBe(workflow.id);
	});

	it('creates a project with tags and custom field values, applied right after it and returned with them', async () => {
		const template = collection<{ id: string; name: string }>('projectTemplates').all().find((t) => t.name === 'Website relaunch')!;
		const budget = definitions().find((d) => d.name === 'Budget (EUR)')!;
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'create',
			name: 'Tagged relaunch',
			additionalFields: {
				projectTemplate: { __rl: true, mode: 'id', value: template.id },
				tags: 'pitch, q3',
				customFields: { field: [{ definition: budget.id, value: '25000' }] },
			},
		});
		expect(error).toBeUndefined();
		const created = items[0].json as { id: string; tags: Array<{ name: string }>; customFields: Array<Record<string, unknown>> };
		expect(created.tags.map((t) => t.name)).toEqual(['pitch', 'q3']);
		expect(created.customFields).toEqual([expect.objectContaining({ customFieldDefinitionId: budget.id, numberValue: 25000 })]);
		expect(projects().require(created.id)).toMatchObject({ name: 'Tagged relaunch', tags: [expect.objectContaining({ name: 'pitch' }), expect.objectContaining({ name: 'q3' })] });
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([
			['GET /customfielddefinitions', undefined],
			['POST /projects', { name: 'Tagged relaunch', projectTemplateId: template.id }],
			['POST /projects/{projectId}/addtags', [{ name: 'pitch' }, { name: 'q3' }]],
			['POST /projects/{projectId}/setcustomfields', [{ customFieldDefinitionId: budget.id, numberValue: 25000 }]],
			['GET /projects/{projectId}', undefined],
		]);
	});

	it('creates nothing when a custom field value does not fit, and says when a created project could not take its fields', async () => {
		const budget = definitions().find((d) => d.name === 'Budget (EUR)')!;
		const count = projects().all().length;
		sandbox().resetLog();
		// awork refuses the follow-up request once; the project itself was created by then.
		sandbox().setFaults([{ operation: 'POST /projects/{projectId}/setcustomfields', status: 500, times: 1 }]);
		try {
			const { items } = await run(
				{ operation: 'create', name: '={{$json.name}}', additionalFields: { customFields: { field: [{ definition: budget.id, value: '={{$json.budget}}' }] } } },
				[{ name: 'Bad budget', budget: 'twelve' }, { name: 'Budget refused', budget: '12' }],
				true,
			);
			expect(items[0].error?.message).toBe(
				"Invalid 'Custom Fields: Budget (EUR)' on item 0: expected a number such as 1500 or 12.5 (a number field), got 'twelve'",
			);
			const created = projects().all().find((p) => p.name === 'Budget refused')!;
			expect(items[1].error?.message).toMatch(new RegExp(`^The project was created \\(ID ${created.id}\\), but setting its custom fields failed: `));
			expect(projects().all()).toHaveLength(count + 1);
			expect(sandbox().requests.filter((r) => r.method === 'POST').map((r) => r.operation)).toEqual([
				'POST /projects',
				'POST /projects/{projectId}/setcustomfields',
			]);
		} finally {
			sandbox().setFaults([]);
		}
	});

	it('sets a project custom field right after creating the project, without linking it first (as the PSA integration guide does)', async () => {
		const budget = definitions().find((d) => d.name === 'Budget (EUR)')!;
		const { items, error } = await run({ operation: 'create', name: 'Plain project', additionalFields: { customFields: { field: [{ definition: budget.id, value: '12' }] } } });
		expect(error).toBeUndefined();
		const created = projects().require(items[0].json.id as string) as Project & { customFields: Array<Record<string, unknown>> };
		expect(created.customFields).toEqual([expect.objectContaining({ customFieldDefinitionId: budget.id, numberValue: 12 })]);
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

	it('filters and sorts projects in awork', async () => {
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'getMany',
			returnAll: true,
			filters: { archived: true },
			sort: { keys: [{ field: 'name', direction: 'desc' }] },
			simplify: false,
		});
		expect(error).toBeUndefined();
		const closed = projects().all().filter((p) => (p as { projectStatus?: { type?: string } }).projectStatus?.type === 'closed');
		expect(closed.length).toBeGreaterThan(0);
		expect(items.map((i) => i.json.id).sort()).toEqual(closed.map((p) => p.id).sort());
		const names = items.map((i) => String(i.json.name));
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
		const url = decodeURIComponent(sandbox().requests[0].url);
		expect(url).toContain("filterby=projectStatus/type eq 'closed'");
		expect(url).toMatch(/orderby=name desc/i);
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
