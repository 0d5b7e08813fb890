/** Time entries v1/v2 and the timers, through the real server on a movable clock. */
import { kitForSuite, T0 } from './people-testkit';

const kit = kitForSuite();
let userId: string;
let typeId: string;
let archivedTypeId: string;
let task: any;
let otherProjectId: string;

beforeAll(async () => {
	const store = kit.sandbox.store;
	userId = (await kit.call('/users')).body.find((u: any) => u.firstName === 'Carla').id;
	const types = (await kit.call('/typeofwork')).body;
	typeId = types[0].id;
	archivedTypeId = (await kit.call('/typeofwork', { method: 'POST', body: { name: 'Old stuff' } })).body.id;
	await kit.call(`/typeofwork/${archivedTypeId}/setarchived`, { method: 'POST', body: { isArchived: true } });
	task = store.collection<any>('tasks').where((t) => Boolean(t.projectId))[0];
	otherProjectId = store.collection<any>('projects').where((p) => p.id !== task.projectId)[0].id;
});

const base = () => ({ timezone: 'Europe/Berlin', userId, typeOfWorkId: typeId });

describe('v1 time entries', () => {
	it('creates from start + duration and splits UTC and local date/time', async () => {
		const created = await kit.call('/timeentries', { method: 'POST', body: { ...base(), startDateUtc: '2025-03-10T09:30:00Z', duration: 5400, taskId: task.id, note: 'Kick-off' } });
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({
			startDateUtc: '2025-03-10T00:00:00Z', startTimeUtc: '09:30:00',
			endDateUtc: '2025-03-10T00:00:00Z', endTimeUtc: '11:00:00',
			startDateLocal: '2025-03-10T00:00:00+01:00', startTimeLocal: '10:30:00', endTimeLocal: '12:00:00',
			duration: 5400, breakDuration: 0, projectId: task.projectId, taskId: task.id, isBilled: false,
			user: { id: userId, firstName: 'Carla' }, typeOfWork: { id: typeId }, task: { id: task.id }, project: { id: task.projectId },
		});
		const got = await kit.call(`/timeentries/${created.body.id}`);
		expect(got.body).toEqual(created.body);
	});

	it('creates from start and end with separate time fields, and date-only entries from a date and duration', async () => {
		const ranged = await kit.call('/timeentries', { method: 'POST', body: { ...base(), startDateUtc: '2025-03-11T00:00:00Z', startTimeUtc: '08:00:00', endDateUtc: '2025-03-11T00:00:00Z', endTimeUtc: '08:45:00' } });
		expect(ranged.body).toMatchObject({ duration: 2700, startTimeUtc: '08:00:00', endTimeUtc: '08:45:00' });
		const local = await kit.call('/timeentries', { method: 'POST', body: { ...base(), startDateLocal: '2025-07-01T00:00:00+02:00', startTimeLocal: '09:00:00', endTimeLocal: '10:00:00' } });
		expect(local.body).toMatchObject({ startTimeUtc: '07:00:00', endTimeUtc: '08:00:00', duration: 3600 }); // CEST = UTC+2
		const dayOnly = await kit.call('/timeentries', { method: 'POST', body: { ...base(), startDateUtc: '2025-03-07T00:00:00Z', duration: 7200 } });
		expect(dayOnly.body).toMatchObject({ startDateUtc: '2025-03-07T00:00:00Z', startTimeUtc: null, endDateUtc: null, duration: 7200 });
		const v2 = await kit.call(`/v2/timeentries/${dayOnly.body.id}`);
		expect(v2.body).toMatchObject({ isDateOnly: true, startDate: '2025-03-07T00:00:00.000Z', endDate: null, duration: 7200 });
	});

	it.each([
		['end before start', { startDateUtc: '2025-03-10T10:00:00Z', endDateUtc: '2025-03-10T09:00:00Z' }, 'endDateUtc'],
		['duration contradicting start and end', { startDateUtc: '2025-03-10T10:00:00Z', endDateUtc: '2025-03-10T11:00:00Z', duration: 60 }, 'duration'],
		['no end and no duration', { startDateUtc: '2025-03-10T10:00:00Z' }, 'duration'],
		['no start', { duration: 60 }, 'startDateUtc'],
		['more than 24 hours', { startDateUtc: '2025-03-10T10:00:00Z', duration: 90000 }, 'duration'],
		['an unknown time zone', { timezone: 'Mars/Olympus', startDateUtc: '2025-03-10T10:00:00Z', duration: 60 }, 'timezone'],
		['an unknown user', { userId: '00000000-0000-4000-8000-000000000001', startDateUtc: '2025-03-10T10:00:00Z', duration: 60 }, 'userId'],
		['an archived type of work', { typeOfWorkId: 'ARCHIVED', startDateUtc: '2025-03-10T10:00:00Z', duration: 60 }, 'typeOfWorkId'],
		['an unknown project', { projectId: '00000000-0000-4000-8000-000000000002', startDateUtc: '2025-03-10T10:00:00Z', duration: 60 }, 'projectId'],
		['a task of another project', { taskId: 'TASK', projectId: 'OTHER', startDateUtc: '2025-03-10T10:00:00Z', duration: 60 }, 'taskId'],
	])('rejects %s with validation-failed', async (_name, patch: Record<string, unknown>, property) => {
		const body: Record<string, unknown> = { ...base(), ...patch };
		if (body.typeOfWorkId === 'ARCHIVED') body.typeOfWorkId = archivedTypeId;
		if (body.taskId === 'TASK') body.taskId = task.id;
		if (body.projectId === 'OTHER') body.projectId = otherProjectId;
		const answer = await kit.call('/timeentries', { method: 'POST', body });
		expect(answer.status).toBe(400);
		expect(answer.body.code).toBe('validation-failed');
		expect(answer.body.validationErrors.map((e: any) => e.property)).toContain(property);
	});

	it('filters with filterby and pages', async () => {
		const mine = await kit.call(`/timeentries?filterby=userId eq guid'${userId}' and duration gt 3000&pageSize=2&page=1`);
		expect(mine.status).toBe(200);
		expect(mine.body.length).toBeLessThanOrEqual(2);
		for (const e of mine.body) expect(e).toMatchObject({ userId });
		for (const e of mine.body) expect(e.duration).toBeGreaterThan(3000);
		const forTask = await kit.call(`/tasks/${task.id}/timeentries`);
		expect(forTask.body.length).toBeGreaterThan(0);
		for (const e of forTask.body) expect(e.taskId).toBe(task.id);
	});

	it('updates (PUT replaces) and deletes', async () => {
		const created = (await kit.call('/timeentries', { method: 'POST', body: { ...base(), startDateUtc: '2025-03-10T13:00:00Z', duration: 600 } })).body;
		const put = await kit.call(`/timeentries/${created.id}`, { method: 'PUT', body: { ...base(), startDateUtc: '2025-03-10T13:00:00Z', duration: 1200, note: 'longer' } });
		expect(put.body).toMatchObject({ duration: 1200, endTimeUtc: '13:20:00', note: 'longer', resourceVersion: 2 });
		expect((await kit.call(`/timeentries/${created.id}`, { method: 'DELETE' })).status).toBe(204);
		expect((await kit.call(`/timeentries/${created.id}`)).status).toBe(404);
	});

	it('bills entries in a batch, reporting unknown and unbillable ones', async () => {
		const billable = (await kit.call('/timeentries', { method: 'POST', body: { ...base(), startDateUtc: '2025-03-03T09:00:00Z', duration: 900, isBillable: true } })).body;
		const unbillable = (await kit.call('/timeentries', { method: 'POST', body: { ...base(), startDateUtc: '2025-03-03T10:00:00Z', duration: 900, isBillable: false } })).body;
		const missing = '00000000-0000-4000-8000-0000000000ff';
		const batch = await kit.call('/timeentries/batch/setIsBilled', { method: 'POST', body: { timeEntryIds: [billable.id, unbillable.id, missing], isBilled: true } });
		expect(batch.status).toBe(207);
		expect(batch.body).toEqual({ ok: { ids: [billable.id] }, notFound: { ids: [missing] }, unauthorized: { ids: [] }, badRequest: { ids: [unbillable.id] } });
		expect((await kit.call(`/timeentries/${billable.id}`)).body.isBilled).toBe(true);
		expect((await kit.call(`/timeentries?filterby=isBilled eq true and id eq guid'${billable.id}'`)).body).toHaveLength(1);

		const strict = await kit.call('/timeentries/batch/setIsBilled', { method: 'POST', body: { timeEntryIds: [billable.id, missing], isBilled: false, requireAllTimeEntries: true } });
		expect(strict.body.ok.ids).toEqual([]);
		expect((await kit.call(`/timeentries/${billable.id}`)).body.isBilled).toBe(true); // rolled back

		await kit.call('/timeentries/setunbillable', { method: 'POST', body: { ids: [billable.id] } });
		expect((await kit.call(`/timeentries/${billable.id}`)).body).toMatchObject({ isBillable: false, isBilled: false });
		expect((await kit.call('/timeentries/batch/explode', { method: 'POST', body: { timeEntryIds: [billable.id] } })).status).toBe(404);
	});

	it('changes the type of work in a batch', async () => {
		const entry = (await kit.call('/timeentries', { method: 'POST', body: { ...base(), startDateUtc: '2025-03-04T09:00:00Z', duration: 900 } })).body;
		const other = (await kit.call('/typeofwork')).body[1];
		await kit.call('/timeentries/batch/setTypeOfWork', { method: 'POST', body: { timeEntryIds: [entry.id], newTypeOfWorkId: other.id } });
		expect((await kit.call(`/timeentries/${entry.id}`)).body.typeOfWork).toMatchObject({ id: other.id, name: other.name });
	});
});

describe('timers', () => {
	it('v1: start, pause, resume, stop; stop without a timer is an invalid operation', async () => {
		const start = await kit.call(`/users/${userId}/timetracking/start`, { method: 'POST', body: { timezone: 'Europe/Berlin', typeOfWorkId: typeId, taskId: task.id } });
		expect(start.body).toMatchObject({ endDateUtc: null, duration: null, taskId: task.id, projectId: task.projectId });
		kit.advance(10 * 60_000);
		await kit.call(`/users/${userId}/timetracking/pause`, { method: 'POST' });
		kit.advance(5 * 60_000);
		const resumed = await kit.call(`/users/${userId}/timetracking/resume`, { method: 'POST' });
		expect(resumed.body.breaks).toEqual([expect.objectContaining({ duration: 300 })]);
		kit.advance(20 * 60_000);
		const stopped = await kit.call(`/users/${userId}/timetracking/stop`, { method: 'POST', body: {} });
		expect(stopped.body).toMatchObject({ id: start.body.id, duration: 30 * 60, breakDuration: 300 });
		expect(stopped.body.endTimeUtc).not.toBeNull();
		const again = await kit.call(`/users/${userId}/timetracking/stop`, { method: 'POST', body: {} });
		expect(again.status).toBe(400);
		expect(again.body.code).toBe('invalid-operation');
		const removed = await kit.call(`/timeentries/${start.body.id}/removebreaks`, { method: 'POST' });
		expect(removed.body).toMatchObject({ duration: 35 * 60, breakDuration: 0, breaks: [] });
		expect((await kit.call(`/users/${userId}/timeentries/last`)).body.id).toBe(start.body.id);
	});

	it('keeps one timer per user: starting again completes the running one', async () => {
		const first = (await kit.call('/me/timetracking/start', { method: 'POST', body: { timezone: 'UTC', typeOfWorkId: typeId } })).body;
		kit.advance(60_000);
		const second = (await kit.call('/me/timetracking/start', { method: 'POST', body: { timezone: 'UTC', typeOfWorkId: typeId } })).body;
		expect(second.id).not.toBe(first.id);
		expect((await kit.call(`/timeentries/${first.id}`)).body).toMatchObject({ duration: 60 });
		kit.advance(120_000);
		expect((await kit.call('/me/timetracking/stop', { method: 'POST', body: {} })).body).toMatchObject({ id: second.id, duration: 120 });
		expect((await kit.call('/me/timetracking/pause', { method: 'POST' })).status).toBe(204);
	});

	it('v2: start/stop return v2 entries of the same stored entry', async () => {
		const started = await kit.call(`/v2/users/${userId}/timetracking/start`, { method: 'POST', body: { timezone: 'Europe/Berlin', typeOfWorkId: typeId } });
		expect(started.body).toMatchObject({ endDate: null, isDateOnly: false, startDate: new Date(kit.sandbox.store.now()).toISOString() });
		kit.advance(45 * 60_000);
		const stopped = await kit.call(`/v2/users/${userId}/timetracking/stop`, { method: 'POST', body: {} });
		expect(stopped.body).toMatchObject({ id: started.body.id, duration: 2700 });
		expect(Date.parse(stopped.body.endDate) - Date.parse(stopped.body.startDate)).toBe(2700_000);
		expect((await kit.call(`/timeentries/${started.body.id}`)).body.duration).toBe(2700);
		const none = await kit.call('/v2/me/timetracking/stop', { method: 'POST', body: {} });
		expect(none.status).toBe(400);
		expect(none.body.code).toBe('invalid-operation');
	});
});

describe('v2 time entries', () => {
	it('creates, updates and lists v2 entries', async () => {
		const created = await kit.call('/v2/timeentries', { method: 'POST', body: { timezone: 'Europe/Berlin', typeOfWorkId: typeId, startDate: '2025-03-05T08:00:00Z', endDate: '2025-03-05T09:30:00Z', taskId: task.id } });
		expect(created.body).toMatchObject({ duration: 5400, isDateOnly: false, userId: kit.sandbox.store.apiKeys.get(kit.sandbox.apiKey), projectId: task.projectId });
		const bad = await kit.call('/v2/timeentries', { method: 'POST', body: { timezone: 'Europe/Berlin', typeOfWorkId: typeId, startDate: '2025-03-05T08:00:00Z', endDate: '2025-03-05T07:00:00Z' } });
		expect(bad.status).toBe(400);
		const put = await kit.call(`/v2/timeentries/${created.body.id}`, { method: 'PUT', body: { timezone: 'Europe/Berlin', typeOfWorkId: typeId, startDate: '2025-03-05T08:00:00Z', duration: 600, isDateOnly: false, taskId: task.id } });
		expect(put.body).toMatchObject({ duration: 600, endDate: '2025-03-05T08:10:00.000Z' });
		const byProject = await kit.call(`/v2/projects/${task.projectId}/timeentries?filterby=id eq guid'${created.body.id}'`);
		expect(byProject.body.map((e: any) => e.id)).toEqual([created.body.id]);
		const simplified = await kit.call(`/v2/timeentries/simplified?filterby=id eq guid'${created.body.id}'`);
		expect(simplified.body[0]).toMatchObject({ id: created.body.id, duration: 600, project: { id: task.projectId } });
	});
});

it('seeds 50,000 time entries quickly and deterministically', async () => {
	const { Store } = await import('../store');
	const { seedWorkspace } = await import('../seed');
	const makeStore = () => new Store({ seed: 7, now: () => new Date(T0) });
	const started = Date.now();
	const store = makeStore();
	seedWorkspace(store, { timeEntries: 50_000 });
	const elapsed = Date.now() - started;
	const entries = store.collection<any>('timeEntries').all();
	expect(entries).toHaveLength(50_000);
	expect(elapsed).toBeLessThan(15_000); // the whole large workspace, on a shared CI core
	for (const e of entries.slice(0, 500)) {
		expect(e._start).toBeGreaterThanOrEqual(T0 - 62 * 86_400_000);
		expect(e._end).toBeLessThanOrEqual(T0);
		expect(e.taskId === null || store.collection<any>('tasks').get(e.taskId).projectId === e.projectId).toBe(true);
	}
	expect(entries.some((e) => e.isBilled)).toBe(true);
	const again = makeStore();
	seedWorkspace(again, { timeEntries: 50_000 });
	expect(again.collection<any>('timeEntries').all()[49_999].id).toBe(entries[49_999].id);
});
