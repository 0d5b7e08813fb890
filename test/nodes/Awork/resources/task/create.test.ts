/** Task → Create through n8n-core's engine against the sandbox: project, private and sub tasks, follow-up assignees, bad input. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api, apiUserId } = resourceSuite('task', { operation: 'create' });
type StoredTask = {
	id: string;
	name: string;
	baseType: string;
	projectId: string | null;
	userId: string | null;
	parentId: string | null;
	taskStatusId: string;
	typeOfWorkId: string;
	plannedDuration: number;
	startOn: string | null;
	dueOn: string | null;
	assignees: Array<{ id: string }>;
	_lists: Array<{ id: string }>;
};
const tasks = () => collection<StoredTask>('tasks');

const activeUsers = () =>
	collection<{ id: string; isDeactivated?: boolean }>('users')
		.all()
		.filter((user) => !user.isDeactivated);

let projectId: string;
beforeAll(async () => {
	projectId = (await api<{ id: string }>('POST', '/projects', { name: 'Task create tests' })).id;
});

describe('Task → Create', () => {
	it('creates a project task with status, type of work, list, dates and hours, then sets the assignees and returns the task as it ends up', async () => {
		const statuses = await api<Array<{ id: string; type: string }>>('GET', `/projects/${projectId}/taskstatuses`);
		const status = statuses.find((s) => s.type !== 'todo')!;
		const list = await api<{ id: string }>('POST', `/projects/${projectId}/tasklists`, { name: 'Sprint 1' });
		const typeOfWork = collection<{ id: string; isArchived?: boolean }>('typesOfWork').all().filter((t) => !t.isArchived)[1];
		const [first, second] = activeUsers();
		sandbox().resetLog();

		const { items, error } = await run({
			project: rl(`https://acme.awork.com/projects/${projectId}/tasks`, 'url'),
			name: '  Draft the logo  ',
			additionalFields: {
				description: 'Three options',
				startOn: '2026-03-02T09:00:00+01:00',
				dueOn: '2026-03-06T17:00:00Z',
				plannedDuration: '1:30',
				isPrio: true,
				taskStatusId: status.id,
				typeOfWorkId: typeOfWork.id,
				taskListIds: [list.id],
				assigneeIds: [first.id, second.id.toUpperCase()],
			},
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		const id = items[0].json.id as string;

		const [post, assign, reread] = sandbox().requests;
		expect(sandbox().requests).toHaveLength(3);
		expect(post).toMatchObject({ method: 'POST', operation: 'POST /tasks', status: 200 });
		expect(post.body).toEqual({
			baseType: 'projecttask',
			entityId: projectId,
			name: 'Draft the logo',
			description: 'Three options',
			startOn: '2026-03-02T08:00:00.000Z',
			dueOn: '2026-03-06T17:00:00.000Z',
			plannedDuration: 5400,
			isPrio: true,
			taskStatusId: status.id,
			typeOfWorkId: typeOfWork.id,
			lists: [{ id: list.id }],
		});
		expect(assign).toMatchObject({ method: 'POST', operation: 'POST /tasks/{taskId}/setassignees', status: 204 });
		expect(assign.body).toEqual([first.id, second.id]);
		expect(reread).toMatchObject({ method: 'GET', operation: 'GET /tasks/{taskId}', status: 200 });

		const stored = tasks().require(id);
		expect(stored).toMatchObject({ baseType: 'projecttask', projectId, taskStatusId: status.id, typeOfWorkId: typeOfWork.id, plannedDuration: 5400 });
		expect(stored.assignees.map((a) => a.id)).toEqual([first.id, second.id]);
		expect(stored._lists.map((l) => l.id)).toEqual([list.id]);
		// The output is the task after the assignees were set, not the answer of the create.
		expect((items[0].json.assignees as Array<{ id: string }>).map((a) => a.id)).toEqual([first.id, second.id]);
		expect(items[0].json).toMatchObject({ id, name: 'Draft the logo', taskStatusId: status.id });
	});

	it('creates a private task for the credentials user without sending project or unset fields, and without follow-up requests', async () => {
		sandbox().resetLog();
		const { items, error } = await run({
			taskType: 'private',
			// A project left over from switching the type must not be used.
			project: rl(projectId),
			name: 'Call the tax office',
			additionalFields: { description: '', assigneeIds: [] },
		});
		expect(error).toBeUndefined();
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].body).toEqual({ baseType: 'private', name: 'Call the tax office' });
		expect(tasks().require(items[0].json.id as string)).toMatchObject({ baseType: 'private', projectId: null, userId: apiUserId() });
	});

	it('creates a private task for another user when an owner is given', async () => {
		const colleague = activeUsers().find((user) => user.id !== apiUserId())!;
		const { items, error } = await run({ taskType: 'private', owner: rl(colleague.id), name: 'Their errand' });
		expect(error).toBeUndefined();
		expect(tasks().require(items[0].json.id as string)).toMatchObject({ baseType: 'private', userId: colleague.id });
	});

	it('creates a subtask under a parent task given by its link', async () => {
		const parent = await run({ project: rl(projectId), name: 'Parent' });
		const parentId = parent.items[0].json.id as string;
		const { items, error } = await run({
			project: rl(projectId),
			name: 'Child',
			additionalFields: { parentTask: rl(`https://acme.awork.com/projects/${projectId}/tasks/${parentId}`, 'url') },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ parentId, isSubtask: true });
		expect(tasks().require(items[0].json.id as string).parentId).toBe(parentId);
	});

	it('tags the new task and sets its custom field values after creating it, and returns the task with both', async () => {
		const budget = await api<{ id: string }>('POST', '/customfielddefinitions', { name: 'Budget', type: 'number', entity: 'task' });
		sandbox().resetLog();
		const { items, error } = await run({
			project: rl(projectId),
			name: 'Tagged and measured',
			additionalFields: { tags: 'urgent, design, urgent', customFields: { field: [{ definition: budget.id, value: '12,5' }] } },
		});
		expect(error).toBeUndefined();
		const id = items[0].json.id as string;
		expect(sandbox().requests.map((r) => r.operation)).toEqual([
			'GET /customfielddefinitions',
			'POST /tasks',
			'POST /tasks/{taskId}/addtags',
			'POST /tasks/{taskId}/setcustomfields',
			'GET /tasks/{taskId}',
		]);
		expect(sandbox().requests[1].body).toEqual({ baseType: 'projecttask', entityId: projectId, name: 'Tagged and measured' });
		expect(sandbox().requests[2].body).toEqual([{ name: 'urgent' }, { name: 'design' }]);
		expect(sandbox().requests[3].body).toEqual([{ customFieldDefinitionId: budget.id, numberValue: 12.5 }]);
		const stored = collection<StoredTask & { tags: Array<{ name: string }>; customFields: Array<Record<string, unknown>> }>('tasks').require(id);
		expect(stored.tags.map((tag) => tag.name)).toEqual(['urgent', 'design']);
		expect(stored.customFields).toEqual([expect.objectContaining({ customFieldDefinitionId: budget.id, numberValue: 12.5 })]);
		expect((items[0].json.tags as Array<{ name: string }>).map((tag) => tag.name)).toEqual(['urgent', 'design']);
		expect(items[0].json.customFields).toEqual([expect.objectContaining({ customFieldDefinitionId: budget.id, numberValue: 12.5 })]);
	});

	it('says the task exists when a step after creating it fails, so the item is not simply retried', async () => {
		const unknownUser = '00000000-0000-4000-8000-0000000000aa';
		const { error } = await run({ project: rl(projectId), name: 'Half done', additionalFields: { assigneeIds: [unknownUser] } });
		const created = tasks()
			.all()
			.find((task) => task.name === 'Half done')!;
		expect(created).toBeDefined();
		// toContain: the request path currently prefixes errors raised after the answer (reported to the lead).
		expect(error?.message).toContain(`The task was created (ID ${created.id}), but setting its assignees failed: `);
	});

	it('stops items with a non-GUID parent, a malformed due date or an empty name before sending them, and creates the others', async () => {
		const before = tasks().all().length;
		sandbox().resetLog();
		const { items, error } = await run(
			{
				project: rl(projectId),
				name: '={{$json.name}}',
				additionalFields: { parentTask: rl('={{$json.parent}}'), dueOn: '={{$json.due}}' },
			},
			[
				{ name: 'Fine', parent: '', due: '2026-04-01T12:00:00Z' },
				{ name: 'Bad parent', parent: 'not-a-guid', due: '2026-04-01T12:00:00Z' },
				{ name: 'Bad date', parent: '', due: '31.04.2026' },
				{ name: '   ', parent: '', due: '2026-04-01T12:00:00Z' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ name: 'Fine', dueOn: '2026-04-01T12:00:00Z' });
		expect(items[1].error?.message).toBe(
			"Invalid 'Parent Task' on item 1: expected a task picked from the list, an awork task link (https://yourworkspace.awork.com/projects/3f0c…/tasks/9a1b…) or a task ID (GUID), got 'not-a-guid'",
		);
		expect(items[2].error?.message).toBe(
			"Invalid 'Due Date' on item 2: expected an ISO 8601 date or date-time such as 2024-05-31 or 2024-05-31T17:00:00Z, got '31.04.2026'",
		);
		expect(items[3].error?.message).toBe("Invalid 'Name' on item 3: expected a non-empty text, got an empty value");
		expect(sandbox().requests).toHaveLength(1);
		expect(sandbox().requests[0].body).toMatchObject({ name: 'Fine' });
		expect(tasks().all().length).toBe(before + 1);
	});

	it('passes awork’s refusal through when the status is not one of the project’s', async () => {
		const other = await api<{ id: string }>('POST', '/projects', { name: 'Another project' });
		const foreign = (await api<Array<{ id: string }>>('GET', `/projects/${other.id}/taskstatuses`))[0];
		const { error } = await run({ project: rl(projectId), name: 'Wrong status', additionalFields: { taskStatusId: foreign.id } });
		expect(error?.httpCode).toBe('400');
	});

	it('finds a task whose answer was lost after awork stored it, instead of creating it twice, and still sets its assignees', async () => {
		const [first] = activeUsers();
		const name = `Lost answer ${Date.now()}`;
		sandbox().resetLog();
		sandbox().setFaults([{ operation: 'POST /tasks', drop: true, afterHandler: true, times: 1 }]);
		try {
			const { items, error } = await run({ project: rl(projectId), name, additionalFields: { assigneeIds: [first.id] } });
			expect(error).toBeUndefined();
			const stored = tasks().where((task) => task.name === name);
			expect(stored).toHaveLength(1);
			expect(items[0].json.id).toBe(stored[0].id);
			expect(stored[0].assignees.map((assignee) => assignee.id)).toEqual([first.id]);
			expect(sandbox().requests.filter((request) => request.operation === 'POST /tasks')).toHaveLength(1);
			expect(sandbox().violations).toEqual([]);
		} finally {
			sandbox().setFaults([]);
		}
	});
});
