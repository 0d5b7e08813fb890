/**
 * The project area through the real sandbox server: spec-validated responses, stored state and
 * the webhook events the handlers announce.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { startSandbox } from '../server';
import type { Sandbox } from '../types';
import { projectsAreaHandlers } from './projects-area';

const specPath = resolve(__dirname, '..', '..', '..', '..', 'shared', 'awork-api', 'openapi-v1.json');
const spec = JSON.parse(readFileSync(process.env.AWORK_OPENAPI_V1 ?? specPath, 'utf8')) as { paths: Record<string, object> };

let sandbox: Sandbox;
async function call(method: string, path: string, body?: unknown) {
	const response = await fetch(`${sandbox.baseUrl}${path}`, {
		method,
		headers: { Authorization: `Bearer ${sandbox.apiKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
const get = (path: string) => call('GET', path);
const post = (path: string, body: unknown = {}) => call('POST', path, body);
const put = (path: string, body: unknown) => call('PUT', path, body);

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, validateResponses: true, rateLimit: false, now: () => new Date('2025-06-02T09:00:00Z') });
});
afterAll(() => sandbox.stop());
beforeEach(() => {
	sandbox.resetLog();
});
afterEach(() => {
	expect(sandbox.responseViolations).toEqual([]);
});

const firstOf = async (path: string) => (await get(path)).body[0];

describe('handler table', () => {
	it('registers only operations of the spec', () => {
		const unknown = Object.keys(projectsAreaHandlers).filter((key) => {
			const [method, path] = key.split(' ');
			return !(spec.paths[path] as Record<string, unknown> | undefined)?.[method.toLowerCase()];
		});
		expect(unknown).toEqual([]);
	});
});

describe('projects', () => {
	it('lists the seeded demo projects with nested status, calculated figures and paging headers', async () => {
		const response = await fetch(`${sandbox.baseUrl}/projects?pageSize=3`, { headers: { Authorization: `Bearer ${sandbox.apiKey}` } });
		const projects = (await response.json()) as any[];
		expect(response.status).toBe(200);
		expect(projects).toHaveLength(3);
		expect(response.headers.get('aw-totalitems')).toBe('10');
		for (const p of projects) {
			expect(p.projectStatus.id).toBe(p.projectStatusId);
			expect(typeof p.tasksCount).toBe('number');
			expect(p.projectKey).toMatch(/^[A-Z0-9]+$/);
		}
	});

	it('creates a project from scratch with default statuses and emits project_added', async () => {
		const created = await post('/projects', { name: 'Scratch project', startDate: '2025-06-01T00:00:00Z', dueDate: '2025-07-01T00:00:00Z' });
		expect(created.status).toBe(200);
		expect(created.body.projectStatus.type).toBe('not-started');
		expect(created.body.projectKey).toBe('SP');
		const statuses = await get(`/projects/${created.body.id}/projectstatuses`);
		expect(statuses.body.map((s: any) => s.type)).toEqual(['not-started', 'progress', 'stuck', 'closed']);
		expect(statuses.body.every((s: any) => s.projectId === created.body.id && s.workflowId === null)).toBe(true);
		expect(sandbox.events.map((e) => e.eventType)).toEqual(['project_added']);
		expect((await get(`/projects/${created.body.id}`)).body.name).toBe('Scratch project');
	});

	it('rejects a start date after the due date, a taken key and unknown references', async () => {
		const dates = await post('/projects', { name: 'Bad dates', startDate: '2025-08-01T00:00:00Z', dueDate: '2025-07-01T00:00:00Z' });
		expect(dates.body.code).toBe('date-dependency');
		await post('/projects', { name: 'Keyed', projectKey: 'UNIQUE1' });
		const clash = await post('/projects', { name: 'Keyed again', projectKey: 'unique1' });
		expect([clash.status, clash.body.code]).toEqual([400, 'duplication-violation']);
		const company = await post('/projects', { name: 'Ghost client', companyId: '11111111-1111-4111-8111-111111111111' });
		expect(company.status).toBe(404);
		expect((await get('/projects/key/UNIQUE1')).body.name).toBe('Keyed');
	});

	it('creates a project with a workflow: shared statuses, no own copies', async () => {
		const workflow = await firstOf('/workflows');
		const wfStatuses = (await get(`/workflows/${workflow.id}/projectstatuses`)).body;
		const production = wfStatuses.find((s: any) => s.name === 'Production');
		const created = await post('/projects', { name: 'Workflow project', workflowId: workflow.id, projectStatusId: production.id });
		expect(created.status).toBe(200);
		expect(created.body.workflowId).toBe(workflow.id);
		expect(created.body.projectStatusId).toBe(production.id);
		const statuses = (await get(`/projects/${created.body.id}/projectstatuses`)).body;
		expect(statuses.every((s: any) => s.workflowId === workflow.id && s.projectId === null)).toBe(true);
		const foreign = await post('/projects', { name: 'x', workflowId: workflow.id, projectStatusId: created.body.id });
		expect(foreign.status).toBe(400);
	});

	it('creates a project from a template with its type, budget and task lists with tasks', async () => {
		const template = (await get('/projecttemplates')).body.find((t: any) => t.name === 'Website relaunch');
		const created = await post('/projects', { name: 'Relaunch Nordlicht', projectTemplateId: template.id });
		expect(created.status).toBe(200);
		expect(created.body.projectTypeId).toBe(template.projectTypeId);
		expect(created.body.timeBudget).toBe(template.timeBudget);
		expect(created.body.createdByProjectTemplateId).toBe(template.id);
		expect(created.body.tasksCount).toBe(8);
		const lists = sandbox.store.collection<any>('taskLists').where((l) => l.projectId === created.body.id);
		expect(lists.map((l) => l.name)).toEqual(['Concept', 'Design', 'Development', 'Launch']);
		const both = await post('/projects', { name: 'x', projectTemplateId: template.id, workflowId: template.id });
		expect(both.status).toBe(400);
	});

	it('updates a project and reports the changed properties; a type change also emits project_type_changed', async () => {
		const created = (await post('/projects', { name: 'To update' })).body;
		const type = await firstOf('/projecttypes');
		sandbox.events.splice(0); // only what follows counts
		const updated = await put(`/projects/${created.id}`, { name: 'Updated', projectTypeId: type.id, timeBudget: 3600 });
		expect(updated.status).toBe(200);
		expect(updated.body.projectType.id).toBe(type.id);
		expect(sandbox.events.map((e) => e.eventType)).toEqual(['project_updated', 'project_type_changed']);
		expect(sandbox.events[0].changes!.map((c) => c.property).sort()).toEqual(['Name', 'ProjectTypeId', 'TimeBudget']);
		expect(sandbox.events[0].changes!.find((c) => c.property === 'Name')).toEqual({ property: 'Name', old: 'To update', new: 'Updated' });
	});

	it('closing a project stamps closedOn, emits project_status_changed and freezes changes until reopened', async () => {
		const created = (await post('/projects', { name: 'Closing' })).body;
		const statuses = (await get(`/projects/${created.id}/projectstatuses`)).body;
		const closed = statuses.find((s: any) => s.type === 'closed');
		expect((await post(`/projects/${created.id}/changestatus`, { projectStatusId: closed.id })).status).toBe(204);
		const after = (await get(`/projects/${created.id}`)).body;
		expect(after.closedOn).toBe('2025-06-02T09:00:00.000Z');
		expect(sandbox.events.find((e) => e.eventType === 'project_status_changed')!.changes![0]).toMatchObject({ property: 'ProjectStatusId', new: closed.id });
		const frozen = await put(`/projects/${created.id}`, { name: 'Still closed' });
		expect([frozen.status, frozen.body.code]).toEqual([400, 'entity-archived']);
		const progress = statuses.find((s: any) => s.type === 'progress');
		await post(`/projects/${created.id}/changestatus`, { projectStatusId: progress.id });
		expect((await put(`/projects/${created.id}`, { name: 'Reopened' })).status).toBe(200);
		expect((await get(`/projects/${created.id}`)).body.closedOn).toBeNull();
	});

	it('deletes a project with its tasks; time entries stay without the project unless asked', async () => {
		const template = (await get('/projecttemplates')).body.find((t: any) => t.name === 'Website relaunch');
		const created = (await post('/projects', { name: 'Doomed', projectTemplateId: template.id })).body;
		expect((await post(`/projects/${created.id}/delete`, { deleteTimeTrackings: false })).status).toBe(204);
		expect((await get(`/projects/${created.id}`)).status).toBe(404);
		expect(sandbox.store.collection<any>('tasks').where((t) => t.projectId === created.id)).toEqual([]);
		expect(sandbox.events.at(-1)!.eventType).toBe('project_deleted');
	});
});

describe('members, tags and custom fields', () => {
	it('adds, updates and removes members with one responsible at most', async () => {
		const project = (await post('/projects', { name: 'Team project' })).body;
		const [, alice, bob] = sandbox.store.collection<any>('users').all();
		const roles = (await get('/projectroles')).body;
		const manager = roles.find((r: any) => r.name === 'Project Manager');
		const added = await post(`/projects/${project.id}/addprojectmember`, { userId: alice.id, projectRoleId: manager.id, isResponsible: true });
		expect(added.status).toBe(200);
		expect(added.body).toMatchObject({ userId: alice.id, projectRoleName: 'Project Manager', isResponsible: true, firstName: alice.firstName });
		const second = await post(`/projects/${project.id}/addprojectmember`, { userId: bob.id, projectRoleId: manager.id, isResponsible: true });
		expect(second.status).toBe(400);
		expect((await post(`/projects/${project.id}/addprojectmember`, { userId: alice.id, projectRoleId: manager.id })).status).toBe(400);
		expect((await post(`/projects/${project.id}/addprojectmember`, { userId: bob.id, projectRoleId: manager.id })).status).toBe(200);
		const memberRole = roles.find((r: any) => r.name === 'Project Member');
		const changed = await post(`/projects/${project.id}/updateprojectmember`, { userId: bob.id, projectRoleId: memberRole.id });
		expect(changed.body).toMatchObject({ projectRoleId: memberRole.id, isResponsible: false });
		expect((await post(`/projects/${project.id}/removeprojectmember`, { userId: alice.id })).status).toBe(204);
		const members = (await get(`/projects/${project.id}/members`)).body;
		expect(members.map((m: any) => m.userId)).toEqual([bob.id]);
		expect(sandbox.events.map((e) => e.eventType)).toEqual(['project_added', 'projectmember_added', 'projectmember_added', 'project_updated', 'projectmember_deleted']);
	});

	it('adds and removes tags without duplicates', async () => {
		const project = (await post('/projects', { name: 'Tagged' })).body;
		await post(`/projects/${project.id}/addtags`, [{ name: 'pitch', color: 'red' }, { name: 'Pitch' }, { name: 'q3' }]);
		expect((await get(`/projects/${project.id}/tags`)).body.map((t: any) => t.name)).toEqual(['pitch', 'q3']);
		await post(`/projects/${project.id}/deletetags`, [{ name: 'PITCH' }]);
		expect((await get(`/projects/${project.id}`)).body.tags.map((t: any) => t.name)).toEqual(['q3']);
	});

	it('sets custom field values of project definitions (linked or not, as the PSA guide does) only in the slot of their type', async () => {
		const project = (await post('/projects', { name: 'Fields' })).body;
		const definitions = (await get('/customfielddefinitions')).body;
		const priority = definitions.find((d: any) => d.name === 'Priority');
		const effort = definitions.find((d: any) => d.entity === 'task');
		const taskField = await post(`/projects/${project.id}/setcustomfields`, [{ customFieldDefinitionId: effort.id, textValue: 'S' }]);
		expect(taskField.status).toBe(400);
		const unlinked = await post(`/projects/${project.id}/setcustomfields`, [{ customFieldDefinitionId: priority.id, selectionOptionIdValue: priority.selectionOptions[1].id }]);
		expect(unlinked.status).toBe(204);
		await post(`/projects/${project.id}/linkcustomfielddefinition`, { customFieldDefinitionId: priority.id, order: 1 });
		const wrongSlot = await post(`/projects/${project.id}/setcustomfields`, [{ customFieldDefinitionId: priority.id, textValue: 'High' }]);
		expect(wrongSlot.status).toBe(400);
		const set = await post(`/projects/${project.id}/setcustomfields`, [{ customFieldDefinitionId: priority.id, selectionOptionIdValue: priority.selectionOptions[0].id }]);
		expect(set.status).toBe(204);
		const stored = (await get(`/projects/${project.id}`)).body.customFields;
		expect(stored).toEqual([expect.objectContaining({ customFieldDefinitionId: priority.id, selectionOption: expect.objectContaining({ value: 'High' }) })]);
		const withLinks = (await get('/customfielddefinitions?includeLinkedProjectIds=true')).body.find((d: any) => d.id === priority.id);
		expect(withLinks.linkedProjectIds).toContain(project.id);
	});
});

describe('catalog: types, roles, statuses, workflows, templates', () => {
	it('answers every catalog list with spec-valid seeded content', async () => {
		for (const path of ['/projecttypes', '/projectroles?includeMembers=true', '/projectstatuses', '/workflows', '/projecttemplates', '/customfielddefinitions', '/projects/tags']) {
			const answer = await get(path);
			expect([path, answer.status]).toEqual([path, 200]);
			expect(answer.body.length).toBeGreaterThan(0);
		}
		const workflow = await firstOf('/workflows');
		expect((await get(`/workflows/${workflow.id}/taskstatuses`)).body.map((s: any) => s.type)).toEqual(['todo', 'progress', 'review', 'done']);
	});

	it('archived project types are hidden by default and cannot be used', async () => {
		const type = (await post('/projecttypes', { name: 'Event', icon: 'calendar' })).body;
		await post(`/projecttypes/${type.id}/setarchived`, { isArchived: true });
		expect((await get('/projecttypes')).body.some((t: any) => t.id === type.id)).toBe(false);
		expect((await get('/projecttypes?showArchived=true')).body.some((t: any) => t.id === type.id)).toBe(true);
		const used = await post('/projects', { name: 'x', projectTypeId: type.id });
		expect([used.status, used.body.code]).toEqual([400, 'entity-archived']);
	});

	it('keeps exactly one default project role', async () => {
		const role = (await post('/projectroles', { name: 'Freelancer', isDefault: true })).body;
		const roles = (await get('/projectroles')).body;
		expect(roles.filter((r: any) => r.isDefault).map((r: any) => r.id)).toEqual([role.id]);
		expect((await post(`/projectroles/${role.id}/delete`, {})).status).toBe(400);
	});

	it('links and unlinks a workflow, cloning its statuses back into the project', async () => {
		const project = (await post('/projects', { name: 'Linkable' })).body;
		const workflow = (await post('/workflows', { name: 'Lean' })).body;
		const started = (await post(`/workflows/${workflow.id}/projectstatuses`, { name: 'Started', type: 'progress' })).body;
		const noMapping = await post(`/projects/${project.id}/linkworkflow`, { workflowId: workflow.id });
		expect(noMapping.status).toBe(400);
		const linked = await post(`/projects/${project.id}/linkworkflow`, {
			workflowId: workflow.id,
			projectStatusMapping: [{ oldProjectStatusId: project.projectStatusId, newProjectStatusId: started.id }],
		});
		expect(linked.body).toMatchObject({ workflowId: workflow.id, projectStatusId: started.id });
		const unlinked = (await post(`/projects/${project.id}/unlinkworkflow`)).body;
		expect(unlinked.workflowId).toBeNull();
		const own = (await get(`/projects/${project.id}/projectstatuses`)).body;
		expect(own).toEqual([expect.objectContaining({ name: 'Started', projectId: project.id, workflowId: null })]);
		expect(unlinked.projectStatusId).toBe(own[0].id);
	});

	it('creates templates with their own statuses and serves the task bundle id', async () => {
		const template = (await post('/projecttemplates', { name: 'Audit', isBillableByDefault: 'on' })).body;
		expect(template.projectStatuses.map((s: any) => s.type)).toEqual(['not-started', 'progress', 'stuck', 'closed']);
		expect((await get(`/projecttemplates/${template.id}/taskbundle`)).body.taskBundleId).toMatch(/^[0-9a-f-]{36}$/);
		const project = (await post('/projects', { name: 'From audit', projectTemplateId: template.id, projectStatusId: template.projectStatuses[1].id })).body;
		expect(project.projectStatus).toMatchObject({ type: 'progress' });
		expect(project.isBillableByDefault).toBe(true);
	});
});
