/** User → Get, Get Many (filters, sort, archived), Get/Set Capacity (hours), Activate/Deactivate, Archive/Unarchive, Delete through n8n-core's engine against the sandbox. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api, apiUserId } = resourceSuite('user');
type User = { id: string; firstName: string; lastName: string; isArchived: boolean; isDeactivated: boolean; teams: Array<{ id: string; name: string }> };
const users = () => collection<User>('users');
/** Seeded people other than the API user, in store order. */
const people = () => users().all().filter((u) => u.id !== apiUserId() && u.firstName !== 'awork');
const requestsTo = (operation: string) => sandbox().requests.filter((r) => r.operation === operation);

describe('User', () => {
	it('gets a user by ID (any case) and by profile link, simplified with the email lifted out', async () => {
		const user = people()[0];
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'get', user: rl(user.id.toUpperCase()) });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: user.id, firstName: user.firstName, name: `${user.firstName} ${user.lastName}`, isDeactivated: false });
		expect(items[0].json).not.toHaveProperty('userContactInfos');
		expect(requestsTo('GET /users/{userId}').map((r) => r.url)).toEqual([expect.stringContaining(`/users/${user.id}`)]);
		const byUrl = await run({ operation: 'get', simplify: false, user: rl(`https://sandbox-demo.awork.com/users/${user.id}/profile`, 'url') });
		expect(byUrl.items[0].json).toMatchObject({ id: user.id, userContactInfos: expect.any(Array) });
	});

	it('lists all users, up to a limit, and sorts them in awork', async () => {
		const all = await run({ operation: 'getMany', returnAll: true });
		expect(all.items.map((i) => i.json.id).sort()).toEqual(users().all().filter((u) => !u.isArchived).map((u) => u.id).sort());
		sandbox().resetLog();
		const limited = await run({ operation: 'getMany', returnAll: false, limit: 3, sort: { keys: [{ field: 'firstName', direction: 'desc' }] } });
		const names = limited.items.map((i) => String(i.json.firstName));
		expect(names).toHaveLength(3);
		expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a)));
		expect(decodeURIComponent(requestsTo('GET /users')[0].url)).toMatch(/orderby=firstName desc/i);
	});

	it('filters users by name and by team in awork', async () => {
		const target = people()[1];
		sandbox().resetLog();
		const byName = await run({ operation: 'getMany', returnAll: true, filters: { nameContains: target.lastName } });
		expect(byName.items.map((i) => i.json.id)).toContain(target.id);
		expect(byName.items.every((i) => `${i.json.firstName} ${i.json.lastName}`.includes(target.lastName))).toBe(true);
		expect(decodeURIComponent(requestsTo('GET /users')[0].url)).toContain('filterby=');

		const team = collection<{ id: string; name: string; _userIds: string[] }>('teams').all().find((t) => t.name === 'Design')!;
		const byTeam = await run({ operation: 'getMany', returnAll: true, filters: { team: [team.id] } });
		expect(byTeam.items.map((i) => i.json.id).sort()).toEqual([...team._userIds].sort());
		expect(byTeam.items.every((i) => (i.json.teams as string[]).includes('Design'))).toBe(true);
	});

	it('leaves archived users out unless included, and includes them by itself for the Archived filter', async () => {
		const target = people()[2];
		await api('POST', `/users/${target.id}/setarchived`, { isArchived: true });
		const plain = await run({ operation: 'getMany', returnAll: true });
		expect(plain.items.map((i) => i.json.id)).not.toContain(target.id);
		const included = await run({ operation: 'getMany', returnAll: true, showArchived: true });
		expect(included.items.map((i) => i.json.id)).toContain(target.id);
		sandbox().resetLog();
		const archived = await run({ operation: 'getMany', returnAll: true, filters: { archived: true } });
		expect(archived.items.map((i) => i.json.id)).toEqual([target.id]);
		expect(requestsTo('GET /users')[0].url).toContain('showArchived=true');
		await api('POST', `/users/${target.id}/setarchived`, { isArchived: false });
	});

	it('gets a capacity in hours per weekday and per week (awork’s seconds with Simplify off)', async () => {
		const user = people()[0];
		const { items, error } = await run({ operation: 'getCapacity', user: rl(user.id) });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			userId: user.id,
			hoursPerWeek: 40,
			hoursPerDay: { monday: 8, tuesday: 8, wednesday: 8, thursday: 8, friday: 8, saturday: 0, sunday: 0 },
		});
		const raw = await run({ operation: 'getCapacity', simplify: false, user: rl(user.id) });
		expect(raw.items[0].json).toMatchObject({ userId: user.id, weeklyCapacity: { mon: 28800, sun: 0 } });
	});

	it('sets the capacity of some weekdays from hours, keeping the others', async () => {
		const user = people()[3];
		await api('PUT', `/users/${user.id}/capacity`, { mon: 21600, tue: 21600, wed: 21600, thu: 21600, fri: 21600, sat: 0, sun: 0 });
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'setCapacity', user: rl(user.id), hoursPerDay: { fri: '4', sat: '1h 30m' } });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ hoursPerWeek: 29.5, hoursPerDay: { monday: 6, friday: 4, saturday: 1.5, sunday: 0 } });
		expect(requestsTo('PUT /users/{userId}/capacity').map((r) => r.body)).toEqual([
			{ mon: 21600, tue: 21600, wed: 21600, thu: 21600, fri: 14400, sat: 5400, sun: 0 },
		]);
		const stored = await api<{ weeklyCapacity: Record<string, number> }>('GET', `/users/${user.id}/capacity`);
		expect(stored.weeklyCapacity).toEqual({ mon: 21600, tue: 21600, wed: 21600, thu: 21600, fri: 14400, sat: 5400, sun: 0 });
	});

	it('deactivates and activates a user, reporting what it did', async () => {
		const user = people()[4];
		const off = await run({ operation: 'deactivate', user: rl(user.id) });
		expect(off.items[0].json).toEqual({ success: true, userId: user.id });
		expect(users().require(user.id)).toMatchObject({ isDeactivated: true, status: { isDeactivated: true } });
		const on = await run({ operation: 'activate', user: rl(user.id, 'list') });
		expect(on.items[0].json).toEqual({ success: true, userId: user.id });
		expect(users().require(user.id).isDeactivated).toBe(false);
		expect(requestsTo('POST /users/{userId}/deactivate').map((r) => r.status)).toEqual([204]);
	});

	it('fails with awork’s reason when deactivating the connected user', async () => {
		const { error } = await run({ operation: 'deactivate', user: rl(apiUserId()) });
		expect(error?.message).toMatch(/yourself/i);
		expect(users().require(apiUserId()).isDeactivated).toBe(false);
	});

	it('archives and unarchives a user', async () => {
		const user = people()[5];
		sandbox().resetLog();
		const archived = await run({ operation: 'archive', user: rl(user.id) });
		expect(archived.items[0].json).toMatchObject({ id: user.id, isArchived: true });
		expect(users().require(user.id).isArchived).toBe(true);
		const back = await run({ operation: 'unarchive', user: rl(user.id) });
		expect(back.items[0].json).toMatchObject({ id: user.id, isArchived: false });
		expect(users().require(user.id).isArchived).toBe(false);
		expect(requestsTo('POST /users/{userId}/setarchived').map((r) => r.body)).toEqual([{ isArchived: true }, { isArchived: false }]);
	});

	it('deletes a user', async () => {
		const user = people().at(-1)!;
		const { items, error } = await run({ operation: 'delete', user: rl(user.id) });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, userId: user.id });
		expect(users().get(user.id)).toBeUndefined();
	});

	it('stops items with a bad user ID or no weekday before sending them, names field and item, and runs the others', async () => {
		const good = people()[0];
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'getCapacity', user: rl('={{$json.id}}') },
			[{ id: good.id }, { id: 'not-a-guid' }],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json.userId).toBe(good.id);
		expect(items[1].error?.message).toMatch(/^Invalid 'User' on item 1: expected .*got 'not-a-guid'$/);
		expect(sandbox().requests).toHaveLength(1);

		sandbox().resetLog();
		const capacity = await run(
			{ operation: 'setCapacity', user: rl(good.id), hoursPerDay: { mon: '={{$json.hours}}' } },
			[{ hours: 'eight' }, { hours: '7.5' }],
			true,
		);
		expect(capacity.items[0].error?.message).toBe(
			"Invalid 'Monday' on item 0: expected a number of hours (e.g. 1.5) or hours and minutes (e.g. 1:30 or 1h 30m), got 'eight'",
		);
		expect(capacity.items[1].json).toMatchObject({ hoursPerDay: { monday: 7.5 } });
		expect(requestsTo('PUT /users/{userId}/capacity')).toHaveLength(1);

		sandbox().resetLog();
		const none = await run({ operation: 'setCapacity', user: rl(good.id), hoursPerDay: {} });
		expect(none.error?.message).toMatch(/^Invalid 'Hours per Weekday' on item 0: expected at least one weekday/);
		expect(sandbox().requests).toHaveLength(0);
	});
});
