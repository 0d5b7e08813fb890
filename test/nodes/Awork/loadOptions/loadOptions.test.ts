/**
 * The node's dropdowns (`methods.loadOptions`), called like n8n's editor backend calls them,
 * checked against what the sandbox holds; a failure is one readable entry, never a thrown error.
 */
import type { INodeParameters, INodePropertyOptions } from 'n8n-workflow';

import { loadOptions } from '../../../harness/editor';
import { apiKeyCredentials, useSandbox } from '../../../harness/sandbox';
import { loadOptions as nodeLoadOptions } from '../../../../nodes/Awork/loadOptions';

const sandbox = useSandbox({ rateLimit: false });

type Entity = Record<string, any> & { id: string };
const collection = (name: string) => sandbox().store.collection<Entity>(name);
const byName = (a: INodePropertyOptions, b: INodePropertyOptions) => a.name.localeCompare(b.name);
const named = (entities: Entity[], describe?: (e: Entity) => string) =>
	entities.map((e) => ({ name: e.name, value: e.id, ...(describe ? { description: describe(e) } : {}) })).sort(byName);

function locatorValue(id: string, mode: string) {
	if (mode === 'url') return { __rl: true, mode, value: `https://acme.awork.com/projects/${id}/tasks?view=list#top` };
	if (mode === 'id') return { __rl: true, mode, value: ` ${id.toUpperCase()} ` };
	return { __rl: true, mode, value: id };
}
const withProject = (id: string, mode = 'list'): INodeParameters => ({ resource: 'project', operation: 'get', project: locatorValue(id, mode) });

const ownStatusProject = () => collection('projects').all().find((p) => !p.workflowId)!;
const workflowProject = () => collection('projects').all().find((p) => p.workflowId)!;

function taskStatusesOf(project: Entity) {
	return collection('taskStatuses')
		.all()
		.filter((s) => (project.workflowId ? s.workflowId === project.workflowId : s.projectId === project.id))
		.sort((a, b) => a.order - b.order)
		.map((s) => ({ name: s.name, value: s.id, description: `Type: ${s.type}` }));
}

function projectStatuses(predicate: (s: Entity) => boolean) {
	return collection('projectStatuses')
		.all()
		.filter(predicate)
		.sort((a, b) => a.order - b.order)
		.map((s) => ({ name: s.name, value: s.id, description: `Type: ${s.type}` }));
}

describe('task statuses and task lists of the chosen project', () => {
	it.each(['list', 'url', 'id'])("lists the project's task statuses in board order (project in %s mode)", async (mode) => {
		const project = ownStatusProject();
		const options = await loadOptions(sandbox(), 'getTaskStatuses', { parameters: withProject(project.id, mode) });
		expect(options).toEqual(taskStatusesOf(project));
		expect(options.length).toBeGreaterThanOrEqual(2);
	});

	it("lists a workflow project's shared task statuses", async () => {
		const project = workflowProject();
		const options = await loadOptions(sandbox(), 'getTaskStatuses', { parameters: withProject(project.id) });
		expect(options).toEqual(taskStatusesOf(project));
		expect(options.map((o) => o.name)).toContain('Client feedback');
	});

	it.each(['list', 'url', 'id'])("lists the project's task lists by name (project in %s mode)", async (mode) => {
		const project = ownStatusProject();
		sandbox().resetLog();
		const options = await loadOptions(sandbox(), 'getTaskLists', { parameters: withProject(project.id, mode) });
		expect(options).toEqual(named(collection('taskLists').all().filter((l) => l.projectId === project.id)));
		expect(options.length).toBeGreaterThan(0);
		expect(sandbox().requests.map((r) => r.url.split('?')[0])).toEqual([`/api/v1/projects/${project.id}/tasklists`]);
	});

	it.each(['getTaskStatuses', 'getTaskLists'])('%s asks to choose a project first, without asking awork', async (method) => {
		sandbox().resetLog();
		expect(await loadOptions(sandbox(), method, { parameters: { resource: 'project', operation: 'get' } })).toEqual([
			{ name: 'Choose a project first', value: '' },
		]);
		expect(await loadOptions(sandbox(), method, { parameters: withProject('https://acme.awork.com/tasks/x', 'url') })).toEqual([
			{ name: 'Choose a project first', value: '' },
		]);
		expect(sandbox().requests).toEqual([]);
	});
});

describe('project statuses', () => {
	it("of a project: the project's own statuses", async () => {
		const project = ownStatusProject();
		const options = await loadOptions(sandbox(), 'getProjectStatuses', { parameters: withProject(project.id, 'url') });
		expect(options).toEqual(projectStatuses((s) => s.projectId === project.id));
		expect(options.length).toBeGreaterThan(1);
	});

	it('of a project on a workflow: the statuses the workflow shares', async () => {
		const project = workflowProject();
		const options = await loadOptions(sandbox(), 'getProjectStatuses', { parameters: withProject(project.id) });
		expect(options).toEqual(projectStatuses((s) => s.workflowId === project.workflowId));
		expect(options.length).toBeGreaterThan(1);
	});

	it.each([
		['without', (t: Entity) => !t.workflowId],
		['with', (t: Entity) => Boolean(t.workflowId)],
	])("of the template chosen beside it in Project › Create's Additional Fields, %s a workflow", async (_, pick) => {
		const template = collection('projectTemplates').all().find(pick)!;
		const options = await loadOptions(sandbox(), 'getProjectStatuses', {
			parameters: {
				resource: 'project',
				operation: 'create',
				name: 'From a template',
				additionalFields: { projectTemplate: { __rl: true, mode: 'list', value: template.id } },
			},
			path: 'parameters.additionalFields.projectStatusId',
		});
		const expected = projectStatuses((s) => (template.workflowId ? s.workflowId === template.workflowId : s.projectTemplateId === template.id));
		expect(expected.length).toBeGreaterThan(0);
		expect(options).toEqual(expected);
	});

	it('of a template chosen at the top level, in URL mode', async () => {
		const template = collection('projectTemplates').all()[0];
		const options = await loadOptions(sandbox(), 'getProjectStatuses', {
			parameters: { projectTemplate: { __rl: true, mode: 'url', value: `https://acme.awork.com/projecttemplates/${template.id}/settings` } },
		});
		expect(options.map((o) => o.value)).toEqual(
			projectStatuses((s) => (template.workflowId ? s.workflowId === template.workflowId : s.projectTemplateId === template.id)).map((o) => o.value),
		);
	});

	it('of the workspace when neither is chosen: every status not archived', async () => {
		const statuses = collection('projectStatuses').all();
		statuses[0]._archived = true;
		const options = await loadOptions(sandbox(), 'getProjectStatuses', { parameters: {} });
		expect(new Set(options.map((o) => o.value))).toEqual(new Set(statuses.filter((s) => !s._archived).map((s) => s.id)));
		statuses[0]._archived = false;
	});
});

describe('workspace lists', () => {
	it('project types, with their description, archived ones left out', async () => {
		const types = collection('projectTypes').all();
		types[0].isArchived = true;
		const options = await loadOptions(sandbox(), 'getProjectTypes');
		expect(options).toEqual(named(types.filter((t) => !t.isArchived), (t) => t.description));
		types[0].isArchived = false;
	});

	it('types of work, archived ones left out', async () => {
		const types = collection('typesOfWork').all();
		types[1].isArchived = true;
		const options = await loadOptions(sandbox(), 'getTypesOfWork');
		expect(options).toEqual(named(types.filter((t) => !t.isArchived)));
		expect(options.length).toBe(types.length - 1);
		types[1].isArchived = false;
	});

	it('project roles', async () => {
		expect(await loadOptions(sandbox(), 'getProjectRoles')).toEqual(named(collection('projectRoles').all()));
	});

	it('workflows, archived ones left out', async () => {
		const workflows = collection('workflows').all();
		workflows[1].isArchived = true;
		expect(await loadOptions(sandbox(), 'getWorkflows')).toEqual(named([workflows[0]]));
		workflows[1].isArchived = false;
	});

	it('teams, as awork lists them', async () => {
		// The sandbox keeps no teams; it answers GET /teams with a spec sample, which is the oracle here.
		const response = await fetch(`${sandbox().baseUrl}/teams?page=1&pageSize=1000`, { headers: { Authorization: `Bearer ${sandbox().apiKey}` } });
		const teams = (await response.json()) as Entity[];
		expect(teams.length).toBeGreaterThan(0);
		expect(await loadOptions(sandbox(), 'getTeams')).toEqual(named(teams));
	});

	it('users by full name, archived ones left out', async () => {
		const users = collection('users').all();
		users[2].isArchived = true;
		const options = await loadOptions(sandbox(), 'getUsers');
		const expected = users
			.filter((u) => !u.isArchived)
			.map((u) => ({ name: `${u.firstName} ${u.lastName}`, value: u.id }))
			.sort(byName);
		expect(options).toEqual(expected);
		users[2].isArchived = false;
	});

	it.each([
		['getProjectCustomFields', 'project'],
		['getTaskCustomFields', 'task'],
	])('%s: the %s custom fields, each with its type', async (method, entity) => {
		const definitions = collection('customFieldDefinitions').all().filter((d) => d.entity === entity);
		expect(definitions.length).toBeGreaterThan(0);
		const options = await loadOptions(sandbox(), method);
		expect(options).toEqual(named(definitions, (d) => `Type: ${d.type}`));
	});
});

describe('failures become one readable entry', () => {
	const every = Object.keys(nodeLoadOptions);

	it.each(every)('%s with a wrong API key', async (method) => {
		const options = await loadOptions(sandbox(), method, {
			parameters: withProject(ownStatusProject().id),
			credentials: apiKeyCredentials(sandbox(), 'not-the-key', 'wrong-credential'),
		});
		expect(options).toHaveLength(1);
		expect(options[0].value).toBe('');
		expect(options[0].name).toMatch(
			/^Could not load the [a-z ]+: awork rejected the credentials: the API key or access token is invalid, expired or was revoked, or its user lacks the permission for GET \/\S+ \(credential 'test credential', type aworkSuiteApi\)$/,
		);
	});

	it.each(every)('%s when awork fails', async (method) => {
		sandbox().setFaults([{ status: 500 }]);
		try {
			const options = await loadOptions(sandbox(), method, { parameters: withProject(workflowProject().id) });
			expect(options).toHaveLength(1);
			expect(options[0].value).toBe('');
			expect(options[0].name).toMatch(/^Could not load the [a-z ]+: awork answered 500 for GET \/[\w/-]+/);
		} finally {
			sandbox().setFaults([]);
		}
	});

	it('rides out a passing overload, as every request does', async () => {
		sandbox().setFaults([{ operation: 'GET /projecttypes', status: 503, times: 2 }]);
		sandbox().resetLog();
		try {
			const options = await loadOptions(sandbox(), 'getProjectTypes');
			expect(options).toEqual(named(collection('projectTypes').all(), (t) => t.description));
			expect(sandbox().requests.map((r) => r.status)).toEqual([503, 503, 200]);
		} finally {
			sandbox().setFaults([]);
		}
	});
});
