/**
 * Every documented webhook event type (docs/webhooks.md) is produced by the API call that causes
 * it: each case below makes that call through the real server (real `domain/index.ts`) and checks
 * the event recorded in `sandbox.events`. A last test follows one event all the way to a
 * registered webhook receiver.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { startSandbox } from '../server';
import { WEBHOOK_EVENT_TYPES, type EntityEvent, type PropertyChange, type Sandbox, type WebhookEventType } from '../types';

const NOW = new Date('2025-06-02T09:00:00Z');

let sandbox: Sandbox;
let apiUserId: string;

beforeAll(async () => {
	sandbox = await startSandbox({
		port: 0,
		validateResponses: true,
		rateLimit: false,
		now: () => NOW,
		webhookDelivery: { retryDelayMs: 5, maxRetries: 1, timeoutMs: 2000 },
	});
	apiUserId = sandbox.store.apiKeys.get(sandbox.apiKey)!;
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.resetLog());
afterEach(() => {
	// Whatever the cases did must have been a request the real API accepts, answered spec-true.
	expect(sandbox.violations).toEqual([]);
	expect(sandbox.responseViolations).toEqual([]);
});

async function call(method: string, path: string, body?: unknown): Promise<any> {
	const url = path.startsWith('/v2/') ? sandbox.baseUrlV2 + path.slice(3) : sandbox.baseUrl + path;
	const response = await fetch(url, {
		method,
		headers: { authorization: `Bearer ${sandbox.apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await response.text();
	if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
	return text ? JSON.parse(text) : undefined;
}
const get = (path: string) => call('GET', path);
const post = (path: string, body: unknown = {}) => call('POST', path, body);
const put = (path: string, body: unknown) => call('PUT', path, body);
const del = (path: string) => call('DELETE', path);

/** What a case expects of its event; `since` marks where the causing call's events begin. */
interface Expected {
	since: number;
	entityType: string;
	entityId: string;
	/** Changes the event must list (others may be listed too). */
	changes?: PropertyChange[];
}

/** Marks the start of the causing call: events before it belong to the setup. */
const mark = () => sandbox.events.length;

// ---- shared setup -----------------------------------------------------------------------------

/** The n-th seeded user other than the API user (each destructive case takes its own). */
function seededUser(n: number): any {
	return sandbox.store.collection<any>('users').where((u) => u.id !== apiUserId && !u.isDeactivated && !u.isArchived)[n];
}

async function newProject(name: string): Promise<any> {
	return post('/projects', { name });
}

async function newTask(name: string): Promise<{ project: any; task: any }> {
	const project = await newProject(`${name} project`);
	const task = await post('/tasks', { baseType: 'projecttask', entityId: project.id, name });
	return { project, task };
}

async function typesOfWork(): Promise<[any, any]> {
	const [a, b] = await get('/typeofwork');
	return [a, b];
}

async function newTimeEntry(): Promise<{ entry: any; typeA: any; typeB: any }> {
	const [typeA, typeB] = await typesOfWork();
	const entry = await post('/timeentries', {
		timezone: 'UTC', userId: seededUser(0).id, typeOfWorkId: typeA.id, startDateUtc: '2025-06-02T07:00:00Z', duration: 1800,
	});
	return { entry, typeA, typeB };
}

const absenceForm = (userId: string, endOn: string) => ({ userId, startOn: '2025-06-10T00:00:00Z', endOn });

// ---- one case per event type ----------------------------------------------------------------------

const CASES: Record<WebhookEventType, () => Promise<Expected>> = {
	absence_added: async () => {
		const since = mark();
		const absence = await post('/absences', absenceForm(seededUser(0).id, '2025-06-11T00:00:00Z'));
		return { since, entityType: 'absence', entityId: absence.id };
	},
	absence_updated: async () => {
		const absence = await post('/absences', absenceForm(seededUser(0).id, '2025-06-11T00:00:00Z'));
		const since = mark();
		await put(`/absences/${absence.id}`, absenceForm(seededUser(0).id, '2025-06-12T00:00:00Z'));
		return { since, entityType: 'absence', entityId: absence.id, changes: [expect.objectContaining({ property: 'EndOn' })] };
	},
	absence_deleted: async () => {
		const absence = await post('/absences', absenceForm(seededUser(0).id, '2025-06-11T00:00:00Z'));
		const since = mark();
		await del(`/absences/${absence.id}`);
		return { since, entityType: 'absence', entityId: absence.id };
	},

	company_added: async () => {
		const since = mark();
		const company = await post('/companies', { name: 'Harbour Logistics' });
		return { since, entityType: 'company', entityId: company.id };
	},
	company_updated: async () => {
		const company = await post('/companies', { name: 'Harbour Logistics' });
		const since = mark();
		await put(`/companies/${company.id}`, { name: 'Harbour Logistics GmbH' });
		return { since, entityType: 'company', entityId: company.id, changes: [{ property: 'Name', old: 'Harbour Logistics', new: 'Harbour Logistics GmbH' }] };
	},
	company_type_changed: async () => {
		const company = await post('/companies', { name: 'Harbour Logistics', industry: 'Shipping' });
		const since = mark();
		await put(`/companies/${company.id}`, { name: 'Harbour Logistics', industry: 'Logistics' });
		return { since, entityType: 'company', entityId: company.id, changes: [{ property: 'Industry', old: 'Shipping', new: 'Logistics' }] };
	},
	company_deleted: async () => {
		const company = await post('/companies', { name: 'Short-lived Ltd' });
		const since = mark();
		await post(`/companies/${company.id}/delete`, { deleteOperation: 'delete-only-company' });
		return { since, entityType: 'company', entityId: company.id };
	},

	project_added: async () => {
		const since = mark();
		const project = await newProject('Spring campaign');
		return { since, entityType: 'project', entityId: project.id };
	},
	project_updated: async () => {
		const project = await newProject('Spring campaign');
		const since = mark();
		await put(`/projects/${project.id}`, { name: 'Summer campaign' });
		return { since, entityType: 'project', entityId: project.id, changes: [{ property: 'Name', old: 'Spring campaign', new: 'Summer campaign' }] };
	},
	project_type_changed: async () => {
		const project = await newProject('Retyped');
		const types: any[] = await get('/projecttypes');
		const other = types.find((t) => t.id !== project.projectTypeId && !t.isArchived);
		const since = mark();
		await post(`/projects/${project.id}/changeprojecttype`, { projectTypeId: other.id });
		return { since, entityType: 'project', entityId: project.id, changes: [{ property: 'ProjectTypeId', old: project.projectTypeId ?? null, new: other.id }] };
	},
	project_status_changed: async () => {
		const project = await newProject('Moving along');
		const statuses: any[] = await get(`/projects/${project.id}/projectstatuses`);
		const next = statuses.find((s) => s.id !== project.projectStatusId && s.type === 'progress');
		const since = mark();
		await post(`/projects/${project.id}/changestatus`, { projectStatusId: next.id });
		return { since, entityType: 'project', entityId: project.id, changes: [expect.objectContaining({ property: 'ProjectStatusId', new: next.id })] };
	},
	project_deleted: async () => {
		const project = await newProject('Cancelled');
		const since = mark();
		await post(`/projects/${project.id}/delete`, { deleteTimeTrackings: false });
		return { since, entityType: 'project', entityId: project.id };
	},
	projectmember_added: async () => {
		const project = await newProject('Staffed');
		const [role] = await get('/projectroles');
		const since = mark();
		await post(`/projects/${project.id}/addprojectmember`, { userId: seededUser(1).id, projectRoleId: role.id });
		return { since, entityType: 'project', entityId: project.id, changes: [expect.objectContaining({ property: 'Members', new: expect.any(String) })] };
	},
	projectmember_deleted: async () => {
		const project = await newProject('Destaffed');
		const [role] = await get('/projectroles');
		await post(`/projects/${project.id}/addprojectmember`, { userId: seededUser(1).id, projectRoleId: role.id });
		const since = mark();
		await post(`/projects/${project.id}/removeprojectmember`, { userId: seededUser(1).id });
		return { since, entityType: 'project', entityId: project.id, changes: [expect.objectContaining({ property: 'Members', old: expect.any(String) })] };
	},
	project_comment_added: async () => {
		const project = await newProject('Discussed');
		const since = mark();
		const comment = await post(`/projects/${project.id}/comments`, { message: 'Kick-off on Monday' });
		return { since, entityType: 'comment', entityId: comment.id };
	},

	task_added: async () => {
		const project = await newProject('Tasked');
		const since = mark();
		const task = await post('/tasks', { baseType: 'projecttask', entityId: project.id, name: 'Draft the brief' });
		return { since, entityType: 'task', entityId: task.id };
	},
	task_updated: async () => {
		const { task } = await newTask('Draft the brief');
		const since = mark();
		await put(`/tasks/${task.id}`, { name: 'Draft the final brief' });
		return { since, entityType: 'task', entityId: task.id, changes: [{ property: 'Name', old: 'Draft the brief', new: 'Draft the final brief' }] };
	},
	task_status_changed: async () => {
		const { project, task } = await newTask('Finish me');
		const statuses: any[] = await get(`/projects/${project.id}/taskstatuses`);
		const done = statuses.find((s) => s.type === 'done');
		const since = mark();
		await post('/tasks/changestatuses', [{ taskId: task.id, statusId: done.id }]);
		return { since, entityType: 'task', entityId: task.id, changes: [expect.objectContaining({ property: 'TaskStatusId', old: task.taskStatusId, new: done.id })] };
	},
	task_type_changed: async () => {
		const { task } = await newTask('Retype me');
		const [typeA, typeB] = await typesOfWork();
		const target = task.typeOfWorkId === typeA.id ? typeB : typeA;
		const since = mark();
		await post('/tasks/changetypeofwork', { taskIds: [task.id], typeOfWorkId: target.id });
		return { since, entityType: 'task', entityId: task.id, changes: [{ property: 'TypeOfWorkId', old: task.typeOfWorkId, new: target.id }] };
	},
	task_deleted: async () => {
		const { task } = await newTask('Delete me');
		const since = mark();
		await post('/tasks/delete', { taskIds: [task.id], deleteTimeTrackings: false });
		return { since, entityType: 'task', entityId: task.id };
	},
	taskassignment_added: async () => {
		const { task } = await newTask('Assign me');
		const since = mark();
		await post(`/tasks/${task.id}/setassignees`, [seededUser(2).id]);
		return { since, entityType: 'task', entityId: task.id, changes: [{ property: 'AssigneeId', new: seededUser(2).id }] };
	},
	taskassignment_deleted: async () => {
		const { task } = await newTask('Unassign me');
		await post(`/tasks/${task.id}/setassignees`, [seededUser(2).id]);
		const since = mark();
		await post(`/tasks/${task.id}/setassignees`, []);
		return { since, entityType: 'task', entityId: task.id, changes: [{ property: 'AssigneeId', old: seededUser(2).id }] };
	},
	task_comment_added: async () => {
		const { task } = await newTask('Comment on me');
		const since = mark();
		const comment = await post(`/tasks/${task.id}/comments`, { message: 'Looks good' });
		return { since, entityType: 'comment', entityId: comment.id };
	},

	tasklist_added: async () => {
		const project = await newProject('Listed');
		const since = mark();
		const list = await post(`/projects/${project.id}/tasklists`, { name: 'Backlog' });
		return { since, entityType: 'tasklist', entityId: list.id };
	},
	tasklist_updated: async () => {
		const project = await newProject('Listed');
		const list = await post(`/projects/${project.id}/tasklists`, { name: 'Backlog' });
		const since = mark();
		await put(`/projects/${project.id}/tasklists/${list.id}`, { name: 'Icebox' });
		return { since, entityType: 'tasklist', entityId: list.id, changes: [{ property: 'Name', old: 'Backlog', new: 'Icebox' }] };
	},
	tasklist_deleted: async () => {
		const project = await newProject('Listed');
		const list = await post(`/projects/${project.id}/tasklists`, { name: 'Backlog' });
		const since = mark();
		await post(`/projects/${project.id}/tasklists/${list.id}/delete`, { deleteTasks: false });
		return { since, entityType: 'tasklist', entityId: list.id };
	},

	timetracking_added: async () => {
		const since = mark();
		const { entry } = await newTimeEntry();
		return { since, entityType: 'timeentry', entityId: entry.id };
	},
	timetracking_updated: async () => {
		const { entry, typeA } = await newTimeEntry();
		const since = mark();
		await put(`/timeentries/${entry.id}`, {
			timezone: 'UTC', userId: seededUser(0).id, typeOfWorkId: typeA.id, startDateUtc: '2025-06-02T07:00:00Z', duration: 3600,
		});
		return { since, entityType: 'timeentry', entityId: entry.id, changes: [expect.objectContaining({ property: 'Duration', old: 1800, new: 3600 })] };
	},
	timetracking_type_changed: async () => {
		const { entry, typeA, typeB } = await newTimeEntry();
		const since = mark();
		await put(`/timeentries/${entry.id}`, {
			timezone: 'UTC', userId: seededUser(0).id, typeOfWorkId: typeB.id, startDateUtc: '2025-06-02T07:00:00Z', duration: 1800,
		});
		return { since, entityType: 'timeentry', entityId: entry.id, changes: [{ property: 'TypeOfWorkId', old: typeA.id, new: typeB.id }] };
	},
	timetracking_deleted: async () => {
		const { entry } = await newTimeEntry();
		const since = mark();
		await del(`/timeentries/${entry.id}`);
		return { since, entityType: 'timeentry', entityId: entry.id };
	},

	user_added: async () => {
		const since = mark();
		const apiUser = await post('/apiusers', { name: 'Reporting connector' });
		return { since, entityType: 'user', entityId: apiUser.id };
	},
	user_updated: async () => {
		const { id, firstName, lastName } = seededUser(3); // copied: the stored user changes
		const since = mark();
		await put(`/users/${id}`, { firstName, lastName: 'Renamed' });
		return { since, entityType: 'user', entityId: id, changes: [{ property: 'LastName', old: lastName, new: 'Renamed' }] };
	},
	user_activation_changed: async () => {
		const user = seededUser(4);
		const since = mark();
		await post(`/users/${user.id}/deactivate`);
		return { since, entityType: 'user', entityId: user.id, changes: [{ property: 'IsDeactivated', old: false, new: true }] };
	},
	user_status_changed: async () => {
		const user = seededUser(4);
		const since = mark();
		await post(`/users/${user.id}/setarchived`, { isArchived: true });
		return { since, entityType: 'user', entityId: user.id, changes: [{ property: 'IsArchived', old: false, new: true }] };
	},
	user_deleted: async () => {
		const user = seededUser(4);
		const since = mark();
		await del(`/users/${user.id}`);
		return { since, entityType: 'user', entityId: user.id };
	},
};

/** The one event of `type` the causing call emitted. */
function eventOf(type: WebhookEventType, expected: Expected): EntityEvent {
	const caused = sandbox.events.slice(expected.since).filter((e) => e.eventType === type);
	expect(caused).toHaveLength(1);
	return caused[0];
}

describe('every documented event type', () => {
	it('has a case, and only documented types have one', () => {
		expect(Object.keys(CASES).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
		expect(WEBHOOK_EVENT_TYPES).toHaveLength(35);
	});

	it.each([...WEBHOOK_EVENT_TYPES])('%s is emitted by the operation that causes it', async (type) => {
		const expected = await CASES[type]();
		const event = eventOf(type, expected);
		expect(event).toMatchObject({ entityType: expected.entityType, entityId: expected.entityId, userId: apiUserId });
		expect(event.traceId).toMatch(/^[0-9a-f]{32}$/);
		// The snapshot is the entity as the API returns it: its own id, no internal fields.
		const entity = event.entity as Record<string, unknown>;
		expect(entity.id).toBe(expected.entityId);
		expect(Object.keys(entity).filter((key) => key.startsWith('_'))).toEqual([]);
		if (expected.changes) expect(event.changes).toEqual(expect.arrayContaining(expected.changes));
	});
});

describe('user_added through an invitation', () => {
	it('invites an unknown email as a new user and assigns them to the task', async () => {
		const { task } = await newTask('Needs a freelancer');
		const [role] = await get('/roles');
		const since = mark();
		await post('/tasks/assignuserbyemail', { taskId: task.id, email: 'Nora.Freelance@example.com', roleId: role.id, firstName: 'Nora', lastName: 'Freelance' });
		const events = sandbox.events.slice(since);
		expect(events.map((e) => e.eventType)).toEqual(['user_added', 'taskassignment_added']);
		const [added, assigned] = events;
		expect(added).toMatchObject({ entityType: 'user', entity: { firstName: 'Nora', lastName: 'Freelance', status: { invitationAccepted: false } } });
		expect(assigned).toMatchObject({ entityType: 'task', entityId: task.id, changes: [{ property: 'AssigneeId', new: added.entityId }] });
		const user = await get(`/users/${added.entityId}`);
		expect(user.userContactInfos).toEqual([expect.objectContaining({ type: 'email', value: 'Nora.Freelance@example.com' })]);
		expect((await get(`/tasks/${task.id}`)).assignees.map((a: any) => a.id)).toContain(added.entityId);

		// Inviting the same email again reuses the user: no second user_added.
		const { task: second } = await newTask('Needs her again');
		const again = mark();
		await post('/tasks/assignuserbyemail', { taskId: second.id, email: 'nora.freelance@EXAMPLE.com', roleId: role.id });
		expect(sandbox.events.slice(again).map((e) => [e.eventType, e.eventType === 'taskassignment_added' ? e.changes![0].new : e.entityId]))
			.toEqual([['taskassignment_added', added.entityId]]);
	});

	it('adds no user when the task does not exist', async () => {
		const [role] = await get('/roles');
		const usersBefore = sandbox.store.collection<any>('users').size;
		const since = mark();
		const response = await fetch(`${sandbox.baseUrl}/tasks/assignuserbyemail`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sandbox.apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify({ taskId: '00000000-0000-4000-8000-00000000dead', email: 'ghost@example.com', roleId: role.id }),
		});
		expect(response.status).toBe(404);
		expect(sandbox.store.collection<any>('users').size).toBe(usersBefore);
		expect(sandbox.events.slice(since)).toEqual([]);
	});
});

describe('API users', () => {
	it('lists, renames and deletes an API user with user events', async () => {
		const created = await post('/apiusers', { name: 'Sync bot', clientId: 'sync-bot' });
		expect(created).toMatchObject({ name: 'Sync bot', clientId: 'sync-bot', roleId: null, createdBy: apiUserId });
		expect((await get('/apiusers')).map((u: any) => u.id)).toEqual(expect.arrayContaining([apiUserId, created.id]));
		// The spec: API users appear in /users only together with archived users.
		expect((await get('/users')).some((u: any) => u.id === created.id)).toBe(false);
		expect((await get('/users?showArchived=true')).some((u: any) => u.id === created.id)).toBe(true);

		const since = mark();
		const renamed = await put(`/apiusers/${created.id}`, { name: 'Sync robot' });
		expect(renamed).toMatchObject({ name: 'Sync robot', clientId: 'sync-bot' });
		await del(`/apiusers/${created.id}`);
		const events = sandbox.events.slice(since);
		expect(events.map((e) => e.eventType)).toEqual(['user_updated', 'user_deleted']);
		expect(events[0].changes).toEqual([{ property: 'Name', old: 'Sync bot', new: 'Sync robot' }]);
		expect((events[1].entity as any).deletedOn).toBe(NOW.toISOString());
		expect((await get('/apiusers')).some((u: any) => u.id === created.id)).toBe(false);
	});

	it('refuses to delete the API user the request acts as', async () => {
		const response = await fetch(`${sandbox.baseUrl}/apiusers/${apiUserId}`, { method: 'DELETE', headers: { authorization: `Bearer ${sandbox.apiKey}` } });
		expect(response.status).toBe(400);
		expect(((await response.json()) as { code: string }).code).toBe('invalid-operation');
	});
});

describe('delivery end to end', () => {
	it('POSTs a subscribed event to the registered webhook with the configured header', async () => {
		const received: Array<{ headers: http.IncomingHttpHeaders; body: any }> = [];
		let arrived: () => void = () => undefined;
		const delivered = new Promise<void>((resolve) => (arrived = resolve));
		const receiver = http.createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk) => chunks.push(chunk));
			req.on('end', () => {
				received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
				res.writeHead(200).end();
				arrived();
			});
		});
		await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
		try {
			const uri = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
			await post('/webhooks', {
				name: 'events e2e', uri, events: 'company_type_changed', isActive: true, authenticationType: 'header', authentication: 'X-Hook-Secret=s3cret',
			});
			const company = await post('/companies', { name: 'Webhook GmbH', industry: 'Retail' });
			await put(`/companies/${company.id}`, { name: 'Webhook GmbH', industry: 'E-Commerce' });
			await delivered;
			expect(received).toHaveLength(1); // company_added/updated were not subscribed
			const [{ headers, body }] = received;
			expect(headers['x-hook-secret']).toBe('s3cret');
			expect(body).toMatchObject({
				eventType: 'company_type_changed',
				entityType: 'company',
				entityId: company.id,
				entity: { id: company.id, industry: 'E-Commerce' },
				triggeredBy: { id: apiUserId },
				changes: [{ property: 'Industry', old: 'Retail', new: 'E-Commerce' }],
			});
		} finally {
			await new Promise<void>((resolve) => receiver.close(() => resolve()));
		}
	});
});
