/** Project → Close, Change Status, Change Type, Set Project Key through n8n-core's engine against the sandbox. */
import { projectSuite, rl } from './helpers';

const { sandbox, projects, statuses, types, writes, run } = projectSuite();

const openProject = (withWorkflow: boolean) =>
	projects().all().find((p) => p.projectStatus?.type !== 'closed' && Boolean(p.workflowId) === withWorkflow)!;
const statusesOf = (project: { id: string; workflowId?: string | null }) =>
	statuses()
		.all()
		.filter((s) => (project.workflowId ? s.workflowId === project.workflowId : s.projectId === project.id))
		.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));

describe('Project → Close', () => {
	it("moves a project to its first status of type 'closed' and says which", async () => {
		const project = openProject(false);
		const closed = statusesOf(project).find((s) => s.type === 'closed')!;
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'close', project: rl(project.id) });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ success: true, projectId: project.id, projectStatusId: closed.id, projectStatusName: closed.name }]);
		expect(projects().require(project.id)).toMatchObject({ projectStatusId: closed.id, projectStatus: expect.objectContaining({ type: 'closed' }) });
		expect(writes().map((r) => [r.operation, r.body])).toEqual([['POST /projects/{projectId}/changestatus', { projectStatusId: closed.id }]]);
		expect(sandbox().requests[0].url).toContain(`/projects/${project.id}/projectstatuses`);
	});

	it("finds the closed status a project shares through its workflow (it has none of its own)", async () => {
		const project = openProject(true);
		expect(statuses().all().some((s) => s.projectId === project.id)).toBe(false);
		const closed = statusesOf(project).find((s) => s.type === 'closed')!;
		expect(closed.workflowId).toBe(project.workflowId);
		const { items } = await run({ operation: 'close', project: rl(project.id) });
		expect(items[0].json).toMatchObject({ success: true, projectStatusId: closed.id });
		expect(projects().require(project.id).projectStatusId).toBe(closed.id);
	});

	it('uses the chosen closed status, and refuses a status that is not closed before changing anything', async () => {
		const created = await run({ operation: 'create', name: 'Two ways to close' });
		const id = created.items[0].json.id as string;
		const own = statusesOf({ id });
		const second = statuses().insert({ ...own.find((s) => s.type === 'closed')!, id: '0d7e0000-0000-4000-8000-00000000c105', name: 'Cancelled', order: 99 });
		const open = own.find((s) => s.type !== 'closed')!;
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'close', project: rl(id), closedStatus: '={{$json.status}}' },
			[{ status: second.id }, { status: open.id }],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ success: true, projectStatusId: second.id, projectStatusName: 'Cancelled' });
		expect(items[1].error?.message).toMatch(
			new RegExp(`^Invalid 'Closed Status Name or ID' on item 1: expected one of the project's closed statuses: .*'Cancelled' \\(${second.id}\\).*, got '${open.id}'$`),
		);
		expect(writes()).toHaveLength(1);
		expect(projects().require(id).projectStatusId).toBe(second.id);
	});

	it("fails clearly for a project without a status of type 'closed', sending no change", async () => {
		const created = await run({ operation: 'create', name: 'Never closes' });
		const id = created.items[0].json.id as string;
		for (const status of statusesOf({ id }).filter((s) => s.type === 'closed')) statuses().delete(status.id);
		sandbox().resetLog();
		const { error } = await run({ operation: 'close', project: rl(id) });
		expect(error?.message).toBe(`The project ${id} has no status of type 'closed', so it cannot be closed`);
		expect(writes()).toEqual([]);
	});
});

describe('Project → Change Status', () => {
	it('moves a closed project back to an open status (reopens it)', async () => {
		const project = projects().all().find((p) => p.projectStatus?.type === 'closed' && !p.workflowId)!;
		const progress = statusesOf(project).find((s) => s.type === 'progress')!;
		sandbox().resetLog();
		const { items } = await run({ operation: 'changeStatus', project: rl(project.id), projectStatusId: progress.id.toUpperCase() });
		expect(items[0].json).toEqual({ success: true, projectId: project.id, projectStatusId: progress.id });
		expect(projects().require(project.id)).toMatchObject({ projectStatusId: progress.id, projectStatus: expect.objectContaining({ type: 'progress' }) });
		expect(writes()[0].body).toEqual({ projectStatusId: progress.id });
	});

	it('stops an item whose status is not an ID, and an empty one', async () => {
		const project = openProject(false);
		sandbox().resetLog();
		const { items } = await run({ operation: 'changeStatus', project: rl(project.id), projectStatusId: '={{$json.s}}' }, [{ s: 'Done' }, { s: '' }], true);
		expect(items.map((i) => i.error?.message)).toEqual([
			"Invalid 'Status Name or ID' on item 0: expected a project status ID (GUID) from the list, got 'Done'",
			"Invalid 'Status Name or ID' on item 1: expected a project status ID (GUID) from the list, got an empty value",
		]);
		expect(sandbox().requests).toEqual([]);
	});
});

describe('Project → Change Type', () => {
	it('gives the project another project type', async () => {
		const project = openProject(false);
		const other = types().all().find((t) => t.id !== project.projectTypeId)!;
		sandbox().resetLog();
		const { items } = await run({ operation: 'changeType', project: rl(project.id), projectTypeId: other.id });
		expect(items[0].json).toEqual({ success: true, projectId: project.id, projectTypeId: other.id });
		expect(projects().require(project.id).projectTypeId).toBe(other.id);
		expect(writes().map((r) => r.body)).toEqual([{ projectTypeId: other.id }]);
	});
});

describe('Project → Set Project Key', () => {
	it('sets the key, upper-cased, and returns the simplified project', async () => {
		const project = openProject(false);
		const { items, error } = await run({ operation: 'setProjectKey', project: rl(project.id), projectKey: ' web-relaunch-2 ' });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: project.id, projectKey: 'WEB-RELAUNCH-2' });
		expect(items[0].json).not.toHaveProperty('createdBy');
		expect(projects().require(project.id).projectKey).toBe('WEB-RELAUNCH-2');
	});

	it('checks the key format before sending: bad items fail, the good one is set', async () => {
		const project = openProject(false);
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'setProjectKey', project: rl(project.id), projectKey: '={{$json.key}}' },
			[{ key: 'WEB SITE' }, { key: 'OK-7' }, { key: 'A_B' }, { key: 'K'.repeat(33) }, { key: '' }],
			true,
		);
		expect(error).toBeUndefined();
		const expected = 'expected 1 to 32 upper-case letters (A-Z), digits and dashes, e.g. WEB-2';
		expect(items.map((i) => i.error?.message ?? i.json.projectKey)).toEqual([
			`Invalid 'Project Key' on item 0: ${expected}, got 'WEB SITE'`,
			'OK-7',
			`Invalid 'Project Key' on item 2: ${expected}, got 'A_B'`,
			`Invalid 'Project Key' on item 3: ${expected}, got '${'K'.repeat(33)}'`,
			`Invalid 'Project Key' on item 4: ${expected}, got an empty value`,
		]);
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([['POST /projects/{projectId}/setprojectkey', { projectKey: 'OK-7' }]]);
	});

	it("passes on awork's refusal of a key another project uses", async () => {
		const [first, second] = projects().all().filter((p) => p.projectStatus?.type !== 'closed');
		const { error } = await run({ operation: 'setProjectKey', project: rl(second.id), projectKey: first.projectKey! });
		expect(error?.description ?? error?.message).toMatch(/already used/);
		expect(projects().require(second.id).projectKey).not.toBe(first.projectKey);
	});
});
