/** Status → Get Many Project Statuses / Task Statuses in every scope through n8n-core's engine against the sandbox. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const suite = resourceSuite('status');
const { sandbox, collection } = suite;

type Status = { id: string; name: string; type: string; order: number; projectId?: string | null; workflowId?: string | null; projectTemplateId?: string | null; _archived?: boolean; _privateOwnerId?: string };
type Project = { id: string; name: string; workflowId: string | null };
const projects = () => collection<Project>('projects').all();
const workflows = () => collection<{ id: string; name: string }>('workflows').all();
const templates = () => collection<{ id: string; name: string; workflowId: string | null }>('projectTemplates').all();
const projectStatuses = () => collection<Status>('projectStatuses').all();
const taskStatuses = () => collection<Status>('taskStatuses').all();

const onWorkflow = () => projects().find((p) => p.workflowId)!;
const standalone = () => projects().find((p) => !p.workflowId)!;
const linkedTemplate = () => templates().find((t) => t.workflowId)!;
const ownTemplate = () => templates().find((t) => !t.workflowId)!;
const inOrder = (statuses: Status[]) => [...statuses].sort((a, b) => a.order - b.order).map((s) => s.id);
const ids = (items: Array<{ json: Record<string, unknown> }>) => items.map((item) => item.json.id);

const pathOf = (url: string) => new URL(url, 'http://sandbox').pathname.replace(/^\/api\/v1/, '');
const queryOf = (url: string) => Object.fromEntries(new URL(url, 'http://sandbox').searchParams);
const sent = () => sandbox().requests.map((r) => ({ path: pathOf(r.url), query: queryOf(r.url) }));

/** Every run starts a fresh request log, lists everything unless told otherwise, and must succeed unless continuing on fail. */
async function run(parameters: Record<string, unknown>, items?: Array<Record<string, unknown>>, continueOnFail = false) {
	sandbox().resetLog();
	const result = await suite.run({ returnAll: true, ...parameters }, items, continueOnFail);
	if (!continueOnFail) expect(result.error).toBeUndefined();
	return result;
}

describe('Status → Get Many Project Statuses', () => {
	const op = { operation: 'getManyProjectStatuses' };

	it('lists the own statuses of a project without workflow, in order', async () => {
		const project = standalone();
		const { items } = await run({ ...op, project: rl(project.id) });
		const own = projectStatuses().filter((s) => s.projectId === project.id);
		expect(own.length).toBeGreaterThan(1);
		expect(ids(items)).toEqual(inOrder(own));
		expect(items[0].json).toMatchObject({ projectId: project.id, workflowId: null });
		expect(sent()).toEqual([{ path: `/projects/${project.id}/projectstatuses`, query: { orderby: 'order', page: '1', pageSize: '1000' } }]);
	});

	it('lists the shared statuses of a project on a workflow, the same the workflow scope gives', async () => {
		const project = onWorkflow();
		const byProject = await run({ ...op, scope: 'project', project: rl(project.id) });
		const shared = projectStatuses().filter((s) => s.workflowId === project.workflowId && !s.projectId);
		expect(ids(byProject.items)).toEqual(inOrder(shared));
		expect(byProject.items.every((item) => item.json.projectId === null && item.json.workflowId === project.workflowId)).toBe(true);

		const byWorkflow = await run({ ...op, scope: 'workflow', workflowId: project.workflowId!.toUpperCase() });
		expect(ids(byWorkflow.items)).toEqual(ids(byProject.items));
		expect(sent()[0].path).toBe(`/workflows/${project.workflowId!.toLowerCase()}/projectstatuses`);
	});

	it('lists a template’s statuses in one request, in order and up to the limit, without paging, filter or sort', async () => {
		const template = ownTemplate();
		const own = projectStatuses().filter((s) => s.projectTemplateId === template.id);
		expect(own.length).toBeGreaterThan(2);
		const all = await run({ ...op, scope: 'projectTemplate', projectTemplate: rl(template.id) });
		expect(ids(all.items)).toEqual(inOrder(own));

		const limited = await run({
			...op,
			scope: 'projectTemplate',
			projectTemplate: rl(template.id),
			returnAll: false,
			limit: 2,
			filters: { nameContains: 'x' },
			sort: { keys: [{ field: 'name', direction: 'desc' }] },
		});
		expect(ids(limited.items)).toEqual(inOrder(own).slice(0, 2));
		expect(sent()).toEqual([{ path: `/projecttemplates/${template.id}/projectstatuses`, query: {} }]);

		const linked = linkedTemplate();
		const inherited = await run({ ...op, scope: 'projectTemplate', projectTemplate: rl(linked.id) });
		expect(ids(inherited.items)).toEqual(inOrder(projectStatuses().filter((s) => s.workflowId === linked.workflowId && !s.projectId)));
	});

	it('lists the whole workspace, archived statuses only on request, with filters and the user’s sort', async () => {
		const archived = projectStatuses().find((s) => s.projectId)!;
		archived._archived = true;
		try {
			const active = await run({ ...op, scope: 'workspace' });
			expect(active.items).toHaveLength(projectStatuses().length - 1);
			expect(ids(active.items)).not.toContain(archived.id);
			expect(sent()[0]).toEqual({ path: '/projectstatuses', query: { showArchived: 'false', orderby: 'order', page: '1', pageSize: '1000' } });

			const withArchived = await run({ ...op, scope: 'workspace', showArchived: true });
			expect(ids(withArchived.items)).toContain(archived.id);
		} finally {
			archived._archived = false;
		}

		const closed = await run({ ...op, scope: 'workspace', filters: { type: ['closed'] }, sort: { keys: [{ field: 'name', direction: 'desc' }] } });
		const expected = projectStatuses().filter((s) => s.type === 'closed');
		expect(closed.items.map((item) => item.json.id).sort()).toEqual(expected.map((s) => s.id).sort());
		const names = closed.items.map((item) => String(item.json.name));
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
		expect(sent()[0].query).toMatchObject({ filterby: "type eq 'closed'", orderby: 'name desc' });
	});
});

describe('Status → Get Many Task Statuses', () => {
	const op = { operation: 'getManyTaskStatuses' };

	it('lists the task statuses of a project without workflow (its own) and of one on a workflow (shared)', async () => {
		const own = standalone();
		const ofOwn = await run({ ...op, project: { __rl: true, mode: 'url', value: `https://acme.awork.com/projects/${own.id}/tasks` } });
		expect(ids(ofOwn.items)).toEqual(inOrder(taskStatuses().filter((s) => s.projectId === own.id)));
		expect(sent()).toEqual([{ path: `/projects/${own.id}/taskstatuses`, query: { orderby: 'order', page: '1', pageSize: '1000' } }]);

		const shared = onWorkflow();
		const other = projects().find((p) => p.workflowId === shared.workflowId && p.id !== shared.id)!;
		const ofShared = await run({ ...op, project: rl(shared.id) });
		const ofOther = await run({ ...op, project: rl(other.id) });
		expect(ofShared.items.length).toBeGreaterThan(1);
		expect(ids(ofShared.items)).toEqual(ids(ofOther.items));
		expect(ofShared.items.every((item) => item.json.projectId === null && item.json.workflowId === shared.workflowId)).toBe(true);
	});

	it('lists the shared task statuses of a workflow, filtered by type', async () => {
		const workflow = workflows()[0];
		const { items } = await run({ ...op, scope: 'workflow', workflowId: workflow.id, filters: { type: ['todo', 'done'] } });
		const expected = taskStatuses().filter((s) => s.workflowId === workflow.id && !s.projectId && ['todo', 'done'].includes(s.type));
		expect(ids(items)).toEqual(inOrder(expected));
		expect(sent()[0]).toEqual({
			path: `/workflows/${workflow.id}/taskstatuses`,
			query: { filterby: "type in ('todo','done')", orderby: 'order', page: '1', pageSize: '1000' },
		});
	});

	it('lists the task statuses of project templates, own or inherited from the workflow, paged', async () => {
		const linked = linkedTemplate();
		const inherited = await run({ ...op, scope: 'projectTemplate', projectTemplate: rl(linked.id), returnAll: false, limit: 2 });
		const ofWorkflow = inOrder(taskStatuses().filter((s) => s.workflowId === linked.workflowId && !s.projectId));
		expect(ids(inherited.items)).toEqual(ofWorkflow.slice(0, 2));
		expect(sent()).toEqual([{ path: `/projecttemplates/${linked.id}/taskstatuses`, query: { orderby: 'order', page: '1', pageSize: '2' } }]);

		const own = await run({ ...op, scope: 'projectTemplate', projectTemplate: rl(ownTemplate().id) });
		expect(own.items.map((item) => item.json.type)).toEqual(['todo', 'progress', 'done']);
		expect(own.items.every((item) => item.json.workflowId === null && item.json.projectId === null)).toBe(true);
	});

	it('lists the statuses of the private tasks of the credentials’ user', async () => {
		const { items } = await run({ ...op, scope: 'privateTasks' });
		const apiUserId = collection<{ id: string }>('users').all()[0].id;
		expect(ids(items)).toEqual(inOrder(taskStatuses().filter((s) => s._privateOwnerId === apiUserId)));
		expect(items.length).toBeGreaterThan(0);
		expect(sent()).toEqual([{ path: '/me/privatetasks/taskstatuses', query: { orderby: 'order', page: '1', pageSize: '1000' } }]);
	});

	it('stops items with a bad owner before sending them, names field and item, and runs the others', async () => {
		const project = standalone();
		const byProject = await run(
			{ ...op, scope: 'project', project: rl('={{$json.project}}') },
			[{ project: project.id }, { project: 'not-a-guid' }, { project: '' }],
			true,
		);
		expect(byProject.items[0].json).toMatchObject({ projectId: project.id });
		const failed = byProject.items.filter((item) => item.error);
		expect(byProject.items.length - failed.length).toBe(taskStatuses().filter((s) => s.projectId === project.id).length);
		expect(failed.map((item) => item.error?.message)).toEqual([
			"Invalid 'Project' on item 1: expected a project picked from the list, an awork project link (https://yourworkspace.awork.com/projects/3f0c…/tasks) or a project ID (GUID), got 'not-a-guid'",
			"Invalid 'Project' on item 2: expected a project, got an empty value",
		]);
		expect(sent().map((request) => request.path)).toEqual([`/projects/${project.id}/taskstatuses`]);

		const workflow = workflows()[0];
		const byWorkflow = await run({ ...op, scope: 'workflow', workflowId: '={{$json.workflow}}' }, [{ workflow: 'Client delivery' }, { workflow: workflow.id }], true);
		expect(byWorkflow.items[0].error?.message).toBe("Invalid 'Workflow Name or ID' on item 0: expected a workflow ID (GUID) from the list, got 'Client delivery'");
		expect(byWorkflow.items.slice(1).every((item) => item.json.workflowId === workflow.id)).toBe(true);
		expect(sent().map((request) => request.path)).toEqual([`/workflows/${workflow.id}/taskstatuses`]);
	});
});
