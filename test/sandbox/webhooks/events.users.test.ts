/** User events outside the one-case-per-type table: invitations by email and API users. */
import { NOW, apiUserId, del, get, mark, newTask, post, put, sandbox, useEventsSandbox } from './events-testkit';

useEventsSandbox();

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
