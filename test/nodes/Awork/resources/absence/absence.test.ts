/** Absence → Create, Get, Get Many (user, period, paging), Update (merged with the current absence), Delete through n8n-core's engine against the sandbox. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('absence');
type Absence = { id: string; userId: string; startOn: string; endOn: string; description: string | null; isHalfDayOnStart: boolean; isHalfDayOnEnd: boolean; externalProvider: string | null };
const absences = () => collection<Absence>('absences');
const users = () => collection<{ id: string; firstName?: string }>('users').all();

describe('Absence', () => {
	it('creates an absence on the days as given (not shifted by time zones), sending no unset field', async () => {
		const user = users()[1];
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'create',
			user: rl(user.id.toUpperCase()),
			// 00:30 in UTC+2 is still the previous day in UTC: awork must get 2 March.
			startOn: '2026-03-02T00:30:00+02:00',
			endOn: '2026-03-06',
			additionalFields: { description: 'Vacation', isHalfDayOnEnd: true },
		});
		expect(error).toBeUndefined();
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([
			['POST /absences', { userId: user.id, startOn: '2026-03-02T00:00:00.000Z', endOn: '2026-03-06T00:00:00.000Z', description: 'Vacation', isHalfDayOnEnd: true }],
		]);
		expect(items[0].json).toMatchObject({ userId: user.id, startOn: '2026-03-02T00:00:00.000Z', isHalfDayOnEnd: true, isHalfDayOnStart: false });
		expect(absences().require(items[0].json.id as string)).toMatchObject({ userId: user.id, endOn: '2026-03-06T00:00:00.000Z', description: 'Vacation' });
	});

	it('gets an absence by ID', async () => {
		const absence = absences().all()[0];
		const { items } = await run({ operation: 'get', absenceId: absence.id.toUpperCase() });
		expect(items[0].json).toMatchObject({ id: absence.id, userId: absence.userId, startOn: absence.startOn, endOn: absence.endOn });
	});

	it('lists absences of one user overlapping a period, and all of them paged', async () => {
		const user = users()[2];
		await api('POST', '/absences', { userId: user.id, startOn: '2026-04-28T00:00:00Z', endOn: '2026-05-02T00:00:00Z' });
		await api('POST', '/absences', { userId: user.id, startOn: '2026-05-20T00:00:00Z', endOn: '2026-05-20T00:00:00Z' });
		await api('POST', '/absences', { userId: user.id, startOn: '2026-06-01T00:00:00Z', endOn: '2026-06-03T00:00:00Z' });
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'getMany', filters: { user: user.id }, from: '2026-05-01', to: '2026-05-31', returnAll: true });
		expect(error).toBeUndefined();
		const expected = absences()
			.all()
			.filter((a) => a.userId === user.id && a.endOn >= '2026-05-01T00:00:00.000Z' && a.startOn <= '2026-05-31T00:00:00.000Z')
			.map((a) => a.id)
			.sort();
		expect(expected.length).toBeGreaterThanOrEqual(2);
		expect(items.map((i) => i.json.id).sort()).toEqual(expected);
		const url = new URL(sandbox().requests[0].url, 'http://sandbox');
		expect(url.searchParams.get('filterby')).toBe(
			`(endOn ge datetime'2026-05-01T00:00:00.000Z' and startOn le datetime'2026-05-31T00:00:00.000Z') and (userId eq guid'${user.id}')`,
		);

		const limited = await run({ operation: 'getMany', returnAll: false, limit: 3 });
		expect(limited.items).toHaveLength(3);
		const all = await run({ operation: 'getMany', returnAll: true });
		expect(all.items).toHaveLength(absences().all().length);
	});

	it('updates only what is set and keeps the rest of the absence', async () => {
		const created = await api<Absence>('POST', '/absences', { userId: users()[1].id, startOn: '2026-07-06T00:00:00Z', endOn: '2026-07-10T00:00:00Z', description: 'Summer', isHalfDayOnStart: true });
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'update', absenceId: created.id, updateFields: { endOn: '2026-07-17', description: 'Longer summer' } });
		expect(error).toBeUndefined();
		const put = sandbox().requests.find((r) => r.method === 'PUT')!;
		expect(put.body).toEqual({
			userId: created.userId,
			startOn: '2026-07-06T00:00:00.000Z',
			endOn: '2026-07-17T00:00:00.000Z',
			description: 'Longer summer',
			isHalfDayOnStart: true,
			isHalfDayOnEnd: false,
		});
		expect(items[0].json).toMatchObject({ id: created.id, endOn: '2026-07-17T00:00:00.000Z', isHalfDayOnStart: true });
		expect(absences().require(created.id)).toMatchObject({ description: 'Longer summer', startOn: '2026-07-06T00:00:00.000Z', isHalfDayOnStart: true });
	});

	it('moves an absence to another user; an externally managed one is refused by awork', async () => {
		const [first, second] = [users()[1], users()[2]];
		const created = await api<Absence>('POST', '/absences', { userId: first.id, startOn: '2026-08-03T00:00:00Z', endOn: '2026-08-03T00:00:00Z' });
		const moved = await run({ operation: 'update', absenceId: created.id, updateFields: { user: rl(second.id) } });
		expect(moved.items[0].json).toMatchObject({ userId: second.id });
		expect(absences().require(created.id).userId).toBe(second.id);

		const external = await api<Absence>('POST', '/absences', { userId: first.id, startOn: '2026-08-10T00:00:00Z', endOn: '2026-08-11T00:00:00Z', externalProvider: 'Personio' });
		const refused = await run({ operation: 'update', absenceId: external.id, updateFields: { description: 'changed' } });
		expect(refused.error?.message).toMatch(/read-only/);
		expect(absences().require(external.id).description).toBeNull();
	});

	it('deletes an absence', async () => {
		const created = await api<Absence>('POST', '/absences', { userId: users()[1].id, startOn: '2026-09-01T00:00:00Z', endOn: '2026-09-01T00:00:00Z' });
		sandbox().resetLog();
		const { items } = await run({ operation: 'delete', absenceId: created.id });
		expect(items[0].json).toEqual({ success: true, absenceId: created.id });
		expect(sandbox().requests.map((r) => [r.operation, r.status])).toEqual([['DELETE /absences/{absenceId}', 204]]);
		expect(absences().get(created.id)).toBeUndefined();
	});

	it('stops items with a bad ID, a malformed or missing date or days out of order before sending, and the others go on', async () => {
		const user = users()[1];
		const count = absences().all().length;
		sandbox().resetLog();
		const { items } = await run(
			{ operation: 'create', user: rl('={{$json.user}}'), startOn: '={{$json.start}}', endOn: '={{$json.end}}' },
			[
				{ user: user.id, start: '2026-10-05', end: '2026-10-06' },
				{ user: user.id, start: '5th of October', end: '2026-10-06' },
				{ user: user.id, start: '', end: '2026-10-06' },
				{ user: user.id, start: '2026-10-07', end: '2026-10-06' },
				{ user: 'not-a-guid', start: '2026-10-05', end: '2026-10-06' },
			],
			true,
		);
		expect(items[0].json).toMatchObject({ userId: user.id, startOn: '2026-10-05T00:00:00.000Z' });
		expect(items[1].error?.message).toBe("Invalid 'Start Date' on item 1: expected a date such as 2024-05-31 (a time of day is ignored), got '5th of October'");
		expect(items[2].error?.message).toBe("Invalid 'Start Date' on item 2: expected a date such as 2024-05-31 (a time of day is ignored), got an empty value");
		expect(items[3].error?.message).toBe("Invalid 'End Date' on item 3: expected a day on or after the start date (2026-10-07), got '2026-10-06'");
		expect(items[4].error?.message).toMatch(/^Invalid 'User' on item 4: expected /);
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['POST /absences']);
		expect(absences().all()).toHaveLength(count + 1);

		sandbox().resetLog();
		const bad = await run({ operation: 'get', absenceId: '={{$json.id}}' }, [{ id: 'abc' }, { id: items[0].json.id }], true);
		expect(bad.items[0].error?.message).toBe("Invalid 'Absence ID' on item 0: expected an absence ID (GUID), e.g. from Get Many or Create, got 'abc'");
		expect(bad.items[1].json.id).toBe(items[0].json.id);
		expect(sandbox().requests).toHaveLength(1);
	});
});
