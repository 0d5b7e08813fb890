/** Teams and user capacities through the real server: seeded teams, membership on both sides, and the weekly capacity in seconds. */
import { kitForSuite } from './people-testkit';

const kit = kitForSuite();
const userOf = async (id: string) => (await kit.call(`/users/${id}`)).body;

describe('teams', () => {
	it('lists the seeded teams, with member IDs only when asked for', async () => {
		const plain = await kit.call('/teams?orderby=name');
		expect(plain.body.map((t: any) => t.name)).toEqual(['Design', 'Development']);
		expect(plain.body[0].userIds).toBeNull();
		const withIds = await kit.call(`/teams/${plain.body[0].id}?includeUserIds=true&includeProjectIds=true`);
		expect(withIds.body.userIds.length).toBeGreaterThan(0);
		expect(withIds.body.projectIds).toEqual([]);
		const member = await userOf(withIds.body.userIds[0]);
		expect(member.teams).toEqual([expect.objectContaining({ id: plain.body[0].id, name: 'Design' })]);
	});

	it('creates a team, adds and removes users and projects, and keeps users’ and projects’ team references in line', async () => {
		const created = await kit.call('/teams', { method: 'POST', body: { name: 'Support', color: 'teal' } });
		expect(created.status).toBe(200);
		const teamId = created.body.id;
		const [a, b] = (await kit.call('/users')).body.slice(1, 3);
		const added = await kit.call(`/teams/${teamId}/addusers`, { method: 'POST', body: [a.id, b.id.toUpperCase()] });
		expect(added.body).toEqual([{ userId: a.id, teamId }, { userId: b.id, teamId }]);
		expect((await userOf(a.id)).teams.map((t: any) => t.name)).toContain('Support');
		expect((await kit.call(`/teams/${teamId}/removeusers`, { method: 'POST', body: [a.id] })).status).toBe(204);
		expect((await userOf(a.id)).teams.map((t: any) => t.name)).not.toContain('Support');
		expect((await kit.call(`/teams/${teamId}?includeUserIds=true`)).body.userIds).toEqual([b.id]);

		const project = (await kit.call('/projects')).body[0];
		expect((await kit.call(`/teams/${teamId}/addprojects`, { method: 'POST', body: [project.id] })).body).toEqual([{ projectId: project.id, teamId }]);
		expect((await kit.call(`/projects/${project.id}`)).body.teams).toEqual([expect.objectContaining({ id: teamId, name: 'Support' })]);

		expect((await kit.call(`/teams/${teamId}`, { method: 'DELETE' })).status).toBe(204);
		expect((await kit.call(`/teams/${teamId}`)).status).toBe(404);
		expect((await userOf(b.id)).teams.map((t: any) => t.name)).not.toContain('Support');
	});

	it('refuses unknown users and a team without a name', async () => {
		const team = (await kit.call('/teams')).body[0];
		const unknown = await kit.call(`/teams/${team.id}/addusers`, { method: 'POST', body: ['00000000-0000-4000-8000-000000000000'] });
		expect(unknown.status).toBe(400);
		expect(unknown.body.validationErrors[0].property).toBe('userIds');
		expect((await kit.call('/teams', { method: 'POST', body: { name: ' ' } })).status).toBe(400);
	});
});

describe('user capacity', () => {
	it('starts at 8 hours Monday to Friday and changes only the days sent', async () => {
		const user = (await kit.call('/users')).body[2];
		const initial = await kit.call(`/users/${user.id}/capacity`);
		expect(initial.body).toMatchObject({ userId: user.id, weeklyCapacity: { mon: 28800, fri: 28800, sat: 0 }, capacityPerWeek: 144000 });
		const put = await kit.call(`/users/${user.id}/capacity`, { method: 'PUT', body: { fri: 14400, sat: null } });
		expect(put.body.weeklyCapacity).toEqual({ mon: 28800, tue: 28800, wed: 28800, thu: 28800, fri: 14400, sat: 0, sun: 0 });
		expect((await kit.call(`/users/${user.id}/capacity`)).body.capacityPerWeek).toBe(129600);
	});
});
