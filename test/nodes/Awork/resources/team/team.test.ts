/** Team → Get Many (filters, member IDs), Get, Add Users, Remove Users through n8n-core's engine against the sandbox. */
import { resourceSuite } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api, apiUserId } = resourceSuite('team');
type Team = { id: string; name: string; _userIds: string[] };
const teams = () => collection<Team>('teams');
const people = () => collection<{ id: string; firstName: string; teams: Array<{ id: string }> }>('users').all().filter((u) => u.id !== apiUserId());
const requestsTo = (operation: string) => sandbox().requests.filter((r) => r.operation === operation);

describe('Team', () => {
	it('lists teams, filtered by name in awork, with member IDs when asked for', async () => {
		const all = await run({ operation: 'getMany', returnAll: true });
		expect(all.items.map((i) => i.json.name).sort()).toEqual(teams().all().map((t) => t.name).sort());
		expect(all.items[0].json.userIds).toBeNull();
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'getMany', returnAll: true, includeUserIds: true, filters: { nameContains: 'sign' } });
		expect(error).toBeUndefined();
		const design = teams().all().find((t) => t.name === 'Design')!;
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: design.id, name: 'Design', userIds: design._userIds })]);
		const url = decodeURIComponent(requestsTo('GET /teams')[0].url);
		expect(url).toContain('includeUserIds=true');
		expect(url).toContain('filterby=');
		expect(url).toContain('includeProjectIds=false');
	});

	it('gets a team by ID (any case), with project IDs when asked for', async () => {
		const team = teams().all()[1];
		const { items, error } = await run({ operation: 'get', teamId: team.id.toUpperCase(), includeProjectIds: true });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: team.id, name: team.name, projectIds: [], userIds: null });
	});

	it('adds users to a team, keeping its members, and reports one item for the team', async () => {
		const created = await api<{ id: string }>('POST', '/teams', { name: 'Support' });
		const [a, b, c] = people();
		await api('POST', `/teams/${created.id}/addusers`, [a.id]);
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'addUsers', teamId: created.id, userIds: `${b.id}, ${c.id.toUpperCase()}, ${b.id}` });
		expect(error).toBeUndefined();
		expect(items).toEqual([{ json: { success: true, teamId: created.id, userIds: [b.id, c.id] }, pairedItem: expect.anything() }]);
		expect(requestsTo('POST /teams/{teamId}/addusers').map((r) => r.body)).toEqual([[b.id, c.id]]);
		expect(teams().require(created.id)._userIds).toEqual([a.id, b.id, c.id]);
		expect(collection<{ id: string; teams: Array<{ id: string }> }>('users').require(c.id).teams.map((t) => t.id)).toContain(created.id);
	});

	it('removes users from a team, taking a list from an expression', async () => {
		const created = await api<{ id: string }>('POST', '/teams', { name: 'Night shift' });
		const [a, b] = people();
		await api('POST', `/teams/${created.id}/addusers`, [a.id, b.id]);
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'removeUsers', teamId: created.id, userIds: '={{ $json.ids }}' }, [{ ids: [a.id] }]);
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, teamId: created.id, userIds: [a.id] });
		expect(requestsTo('POST /teams/{teamId}/removeusers').map((r) => [r.status, r.body])).toEqual([[204, [a.id]]]);
		expect(teams().require(created.id)._userIds).toEqual([b.id]);
	});

	it('fails with awork’s reason when a user does not exist, changing nothing', async () => {
		const team = teams().all()[0];
		const before = [...team._userIds];
		const { error } = await run({ operation: 'addUsers', teamId: team.id, userIds: '00000000-0000-4000-8000-000000000000' });
		expect(error?.name).toBe('NodeApiError');
		expect(teams().require(team.id)._userIds).toEqual(before);
	});

	it('stops items with a bad team or user ID, or no users, before sending them, and runs the others', async () => {
		const team = teams().all()[0];
		const user = people()[0];
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'addUsers', teamId: '={{$json.team}}', userIds: '={{$json.users}}' },
			[
				{ team: 'design', users: user.id },
				{ team: team.id, users: `${user.id}, nobody` },
				{ team: team.id, users: '' },
				{ team: team.id, users: user.id },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].error?.message).toBe("Invalid 'Team Name or ID' on item 0: expected a team ID (GUID) from the list, got 'design'");
		expect(items[1].error?.message).toBe("Invalid 'User IDs' on item 1: expected user IDs (GUIDs) separated by commas, got 'nobody'");
		expect(items[2].error?.message).toMatch(/^Invalid 'User IDs' on item 2: expected at least one user ID/);
		expect(items[3].json).toEqual({ success: true, teamId: team.id, userIds: [user.id] });
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['POST /teams/{teamId}/addusers']);
	});
});
