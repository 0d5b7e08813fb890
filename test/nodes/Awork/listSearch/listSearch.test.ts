/**
 * The pickers' "From List" mode (`methods.listSearch`), called like n8n's editor backend calls it,
 * against a sandbox workspace big enough to page: awork searches (escaped `substringof`) and pages.
 */
import type { INodeListSearchResult, INodeParameters } from 'n8n-workflow';

import { searchList } from '../../../harness/editor';
import { useSandbox } from '../../../harness/sandbox';
import { isVisibleTo } from '../../../sandbox/domain/tasks-core';
import { SEARCH_PAGE_SIZE } from '../../../../nodes/Awork/listSearch/searchList';

const sandbox = useSandbox({ rateLimit: false, workspace: { users: 60, companies: 60, projects: 60, tasks: 300, timeEntries: 0 } });

type Entity = Record<string, any> & { id: string };
const collection = (name: string) => sandbox().store.collection<Entity>(name);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Creates entities through the sandbox's API, as awork's web app would. */
async function post(path: string, body: unknown): Promise<Entity> {
	const response = await fetch(`${sandbox().baseUrl}${path}`, {
		method: 'POST',
		headers: { Authorization: `Bearer ${sandbox().apiKey}`, 'Content-Type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
	return (await response.json()) as Entity;
}

/** The query parameters of the sandbox's requests since the last `resetLog`. */
function sentQueries(): Array<{ path: string; query: URLSearchParams }> {
	return sandbox().requests.map((r) => {
		const url = new URL(r.url, 'http://sandbox');
		return { path: url.pathname.replace(/^\/api\/v1/, ''), query: url.searchParams };
	});
}

/** Follows the pagination token to the end, checking every page's shape on the way. */
async function allPages(method: string, options: { parameters?: INodeParameters; filter?: string } = {}) {
	const pages: INodeListSearchResult[] = [];
	let token: string | undefined;
	do {
		const page = await searchList(sandbox(), method, { ...options, paginationToken: token });
		expect(page.results.length).toBeLessThanOrEqual(SEARCH_PAGE_SIZE);
		for (const result of page.results) {
			expect(typeof result.name).toBe('string');
			expect((result.name as string).length).toBeGreaterThan(0);
			expect(result.value).toMatch(GUID);
		}
		pages.push(page);
		token = page.paginationToken;
		if (token !== undefined) expect(token).toBe(String(pages.length + 1));
	} while (token !== undefined && pages.length < 50);
	return { pages, results: pages.flatMap((page) => page.results) };
}

const projectParameter = (id: string, mode = 'list'): INodeParameters => ({
	resource: 'project',
	operation: 'get',
	project: { __rl: true, mode, value: mode === 'url' ? `https://acme.awork.com/projects/${id}/tasks?view=board` : id },
});

/** An open project without a workflow, to add lists and tasks to. */
function writableProject(offset = 0): Entity {
	return collection('projects').all().filter((p) => p.projectStatus?.type !== 'closed' && !p.workflowId)[offset];
}

describe('searchProjects', () => {
	it('walks every project page by page, with names and IDs as awork has them', async () => {
		sandbox().resetLog();
		const { pages, results } = await allPages('searchProjects');
		const projects = collection('projects').all();
		expect(projects.length).toBeGreaterThan(SEARCH_PAGE_SIZE);
		expect(pages).toHaveLength(Math.ceil(projects.length / SEARCH_PAGE_SIZE));
		expect(pages[0].results.map((r) => r.value)).not.toEqual(pages[1].results.map((r) => r.value));
		expect(pages.at(-1)!.paginationToken).toBeUndefined();
		expect(new Set(results.map((r) => r.value))).toEqual(new Set(projects.map((p) => p.id)));
		for (const result of results) expect(result.name).toBe(collection('projects').require(result.value as string).name);
		expect(sentQueries().map(({ path, query }) => [path, query.get('page'), query.get('orderby')])).toEqual(
			pages.map((_, i) => ['/projects', String(i + 1), 'name']),
		);
	});

	it("narrows by the search text in awork, with quotes escaped (O'Brien)", async () => {
		const [first, second] = collection('projects').all();
		first.name = "O'Brien – Website";
		second.name = "Relaunch for O'Brien & Sons";
		sandbox().resetLog();
		const { results, pages } = await allPages('searchProjects', { filter: "  O'Brien " });
		expect(pages).toHaveLength(1);
		expect(results.map((r) => r.value).sort()).toEqual([first.id, second.id].sort());
		expect(sentQueries()[0].query.get('filterby')).toBe("(substringof('o''brien',tolower(name)))");
	});

	it('finds names whatever the case of the search text, as a search box should', async () => {
		const [first] = collection('projects').all();
		first.name = 'Hafenkante Relaunch';
		const { results } = await allPages('searchProjects', { filter: 'hafenKANTE' });
		expect(results.map((r) => r.value)).toContain(first.id);
	});

	it('sends no filter for a blank search text', async () => {
		sandbox().resetLog();
		await searchList(sandbox(), 'searchProjects', { filter: '   ' });
		expect(sentQueries()[0].query.has('filterby')).toBe(false);
	});
});

describe('searchTasks', () => {
	it('without a chosen project, pages through all tasks available to the user', async () => {
		sandbox().resetLog();
		const { pages, results } = await allPages('searchTasks');
		const apiUser = sandbox().store.apiKeys.get(sandbox().apiKey)!;
		const visible = collection('tasks').all().filter((t) => isVisibleTo(t as never, apiUser));
		expect(pages.length).toBeGreaterThan(2);
		expect(pages.at(-1)!.paginationToken).toBeUndefined();
		expect(new Set(results.map((r) => r.value))).toEqual(new Set(visible.map((t) => t.id)));
		expect(new Set(sentQueries().map((q) => q.path))).toEqual(new Set(['/me/allavailabletasks']));
	});

	it("with a chosen project, searches only that project's tasks, escaped, and pages them", async () => {
		const project = writableProject();
		for (let i = 0; i < SEARCH_PAGE_SIZE + 5; i++) {
			await post('/tasks', { name: `Bulk task ${String(i).padStart(2, '0')}`, baseType: 'projecttask', entityId: project.id });
		}
		const theirs = collection('tasks').all().find((t) => t.projectId && t.projectId !== project.id)!;
		theirs.name = "Call O'Brien";
		const ours = await post('/tasks', { name: "Call O'Brien back", baseType: 'projecttask', entityId: project.id });

		sandbox().resetLog();
		const { pages, results } = await allPages('searchTasks', { parameters: projectParameter(project.id, 'url') });
		const inProject = collection('tasks').all().filter((t) => t.projectId === project.id);
		expect(pages).toHaveLength(Math.ceil(inProject.length / SEARCH_PAGE_SIZE));
		expect(pages[1].results.map((r) => r.value)).not.toEqual(pages[0].results.map((r) => r.value));
		expect(new Set(results.map((r) => r.value))).toEqual(new Set(inProject.map((t) => t.id)));
		expect(new Set(sentQueries().map((q) => q.path))).toEqual(new Set([`/projects/${project.id}/projecttasks`]));

		sandbox().resetLog();
		const found = await searchList(sandbox(), 'searchTasks', { parameters: projectParameter(project.id), filter: "O'Brien" });
		expect(found).toEqual({ results: [{ name: "Call O'Brien back", value: ours.id }] });
		expect(sentQueries()[0].query.get('filterby')).toBe("(substringof('o''brien',tolower(name)))");

		const everywhere = await searchList(sandbox(), 'searchTasks', { filter: "O'Brien" });
		expect(everywhere.results.map((r) => r.value).sort()).toEqual([ours.id, theirs.id].sort());
	});
});

describe('searchTaskLists', () => {
	it("pages through the chosen project's task lists in board order and searches them", async () => {
		const project = writableProject(1);
		for (let i = 0; i < SEARCH_PAGE_SIZE + 3; i++) await post(`/projects/${project.id}/tasklists`, { name: `Sprint ${i + 10}` });
		const special = await post(`/projects/${project.id}/tasklists`, { name: "O'Brien's feedback" });
		const lists = collection('taskLists')
			.all()
			.filter((l) => l.projectId === project.id)
			.sort((a, b) => a.order - b.order);

		sandbox().resetLog();
		const { pages, results } = await allPages('searchTaskLists', { parameters: projectParameter(project.id.toUpperCase(), 'id') });
		expect(pages).toHaveLength(2);
		expect(results.map((r) => r.value)).toEqual(lists.map((l) => l.id));
		expect(results.map((r) => r.name)).toEqual(lists.map((l) => l.name));
		expect(sentQueries().map((q) => [q.path, q.query.get('orderby')])).toEqual([
			[`/projects/${project.id}/tasklists`, 'order'],
			[`/projects/${project.id}/tasklists`, 'order'],
		]);

		sandbox().resetLog();
		const found = await searchList(sandbox(), 'searchTaskLists', { parameters: projectParameter(project.id), filter: "O'Brien" });
		expect(found).toEqual({ results: [{ name: "O'Brien's feedback", value: special.id }] });
		expect(sentQueries()[0].query.get('filterby')).toBe("(substringof('o''brien',tolower(name)))");
	});

	it('says to choose a project first when none is chosen, without asking awork', async () => {
		sandbox().resetLog();
		await expect(searchList(sandbox(), 'searchTaskLists', { parameters: { resource: 'project', operation: 'get' } })).rejects.toThrow(
			'Choose a project first: task lists belong to a project',
		);
		await expect(
			searchList(sandbox(), 'searchTaskLists', {
				parameters: { resource: 'project', operation: 'get', project: { __rl: true, mode: 'id', value: 'not-an-id' } },
			}),
		).rejects.toThrow('Choose a project first');
		expect(sandbox().requests).toEqual([]);
	});
});

describe('searchUsers', () => {
	it('shows first and last name, searches both, and pages', async () => {
		const users = collection('users').all().filter((u) => !u.isArchived);
		const irish = users[3];
		irish.lastName = "O'Brien";
		const first = users[4];
		first.firstName = "O'Brien";

		sandbox().resetLog();
		const { pages, results } = await allPages('searchUsers');
		expect(users.length).toBeGreaterThan(SEARCH_PAGE_SIZE);
		expect(pages).toHaveLength(Math.ceil(users.length / SEARCH_PAGE_SIZE));
		expect(pages.at(-1)!.paginationToken).toBeUndefined();
		expect(new Set(results.map((r) => r.value))).toEqual(new Set(users.map((u) => u.id)));
		expect(results.find((r) => r.value === irish.id)!.name).toBe(`${irish.firstName} O'Brien`);
		expect(sentQueries()[0].query.get('orderby')).toBe('firstName,lastName');

		sandbox().resetLog();
		const found = await searchList(sandbox(), 'searchUsers', { filter: "O'Brien" });
		expect(found.results.map((r) => r.value).sort()).toEqual([irish.id, first.id].sort());
		expect(sentQueries()[0].query.get('filterby')).toBe("((substringof('o''brien',tolower(firstName))) or (substringof('o''brien',tolower(lastName))))");
	});
});

describe('searchCompanies', () => {
	it('pages through companies and searches their names', async () => {
		const companies = collection('companies').all();
		companies[7].name = "O'Brien Consulting";

		sandbox().resetLog();
		const { pages, results } = await allPages('searchCompanies');
		expect(pages).toHaveLength(Math.ceil(companies.length / SEARCH_PAGE_SIZE));
		expect(pages[1].results.map((r) => r.value)).not.toEqual(pages[0].results.map((r) => r.value));
		expect(new Set(results.map((r) => r.value))).toEqual(new Set(companies.map((c) => c.id)));

		sandbox().resetLog();
		const found = await searchList(sandbox(), 'searchCompanies', { filter: "O'Brien" });
		expect(found).toEqual({ results: [{ name: "O'Brien Consulting", value: companies[7].id }] });
		expect(sentQueries().map((q) => [q.path, q.query.get('filterby')])).toEqual([['/companies', "(substringof('o''brien',tolower(name)))"]]);
	});
});

describe('searchProjectTemplates', () => {
	it('pages through project templates and searches their names', async () => {
		for (let i = 0; i < SEARCH_PAGE_SIZE; i++) await post('/projecttemplates', { name: `Template ${i}` });
		const special = await post('/projecttemplates', { name: "O'Brien onboarding" });
		const templates = collection('projectTemplates').all();
		expect(templates.length).toBeGreaterThan(SEARCH_PAGE_SIZE);

		sandbox().resetLog();
		const { pages, results } = await allPages('searchProjectTemplates');
		expect(pages).toHaveLength(2);
		expect(pages[1].paginationToken).toBeUndefined();
		expect(new Set(results.map((r) => r.value))).toEqual(new Set(templates.map((t) => t.id)));

		sandbox().resetLog();
		const found = await searchList(sandbox(), 'searchProjectTemplates', { filter: "O'Brien" });
		expect(found).toEqual({ results: [{ name: "O'Brien onboarding", value: special.id }] });
		expect(sentQueries().map((q) => [q.path, q.query.get('filterby')])).toEqual([['/projecttemplates', "(substringof('o''brien',tolower(name)))"]]);
	});
});

describe('failures', () => {
	it('shows awork\'s answer to a wrong API key as the picker\'s error', async () => {
		await expect(
			searchList(sandbox(), 'searchProjects', {
				credentials: { type: 'aworkSuiteApi', id: 'wrong-key', data: { apiKey: 'wrong', baseUrl: sandbox().baseUrl } },
			}),
		).rejects.toThrow('awork rejected the credentials');
	});
});
