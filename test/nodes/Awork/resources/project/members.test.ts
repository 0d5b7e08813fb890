/** Project → Add Member, Update Member Role, Remove Member, Get Members through n8n-core's engine against the sandbox. */
import { projectSuite, rl } from './helpers';

const { sandbox, projects, users, roles, writes, run } = projectSuite();

async function freshProject(name: string) {
	const created = await run({ operation: 'create', name });
	return created.items[0].json.id as string;
}
const activeUsers = () => users().all().filter((u) => !u.isDeactivated).slice(1, 4);
const role = (name: string) => roles().all().find((r) => r.name === name)!;

describe('Project members', () => {
	it('adds a member with a role and responsibility, picked by link, and returns the member', async () => {
		const projectId = await freshProject('Members');
		const [alice] = activeUsers();
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'addMember',
			project: rl(projectId, 'list'),
			user: rl(`https://acme.awork.com/users/${alice.id}/profile`, 'url'),
			projectRoleId: role('Project Manager').id,
			isResponsible: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ userId: alice.id, projectRoleId: role('Project Manager').id, projectRoleName: 'Project Manager', isResponsible: true });
		expect(writes().map((r) => r.body)).toEqual([{ userId: alice.id, projectRoleId: role('Project Manager').id, isResponsible: true }]);
		expect(projects().require(projectId).members).toEqual([expect.objectContaining({ userId: alice.id, isResponsible: true })]);
	});

	it('changes a role without touching responsibility unless asked, lists and removes members', async () => {
		const projectId = await freshProject('Roles');
		const [alice, bob] = activeUsers();
		for (const user of [alice, bob]) {
			await run({ operation: 'addMember', project: rl(projectId), user: rl(user.id), projectRoleId: role('Project Member').id, isResponsible: user === alice });
		}
		sandbox().resetLog();
		const kept = await run({ operation: 'updateMember', project: rl(projectId), user: rl(alice.id), projectRoleId: role('Client Viewer').id });
		expect(kept.items[0].json).toMatchObject({ userId: alice.id, projectRoleName: 'Client Viewer', isResponsible: true });
		const moved = await run({
			operation: 'updateMember',
			project: rl(projectId),
			user: rl(alice.id),
			projectRoleId: role('Project Manager').id,
			options: { isResponsible: false },
		});
		expect(moved.items[0].json).toMatchObject({ projectRoleName: 'Project Manager', isResponsible: false });
		expect(writes().map((r) => r.body)).toEqual([
			{ userId: alice.id, projectRoleId: role('Client Viewer').id },
			{ userId: alice.id, projectRoleId: role('Project Manager').id, isResponsible: false },
		]);

		const listed = await run({ operation: 'getMembers', project: rl(projectId) });
		expect(listed.items.map((i) => [i.json.userId, i.json.projectRoleName])).toEqual([
			[alice.id, 'Project Manager'],
			[bob.id, 'Project Member'],
		]);

		const removed = await run({ operation: 'removeMember', project: rl(projectId), user: rl(bob.id) });
		expect(removed.items.map((i) => i.json)).toEqual([{ success: true, projectId, userId: bob.id }]);
		expect(projects().require(projectId).members.map((m) => m.userId)).toEqual([alice.id]);
	});

	it("passes on awork's refusal of a second responsible member", async () => {
		const projectId = await freshProject('One responsible');
		const [alice, bob] = activeUsers();
		await run({ operation: 'addMember', project: rl(projectId), user: rl(alice.id), projectRoleId: role('Project Member').id, isResponsible: true });
		const { error } = await run({ operation: 'addMember', project: rl(projectId), user: rl(bob.id), projectRoleId: role('Project Member').id, isResponsible: true });
		expect(error?.description ?? error?.message).toMatch(/responsible/);
		expect(projects().require(projectId).members.map((m) => m.userId)).toEqual([alice.id]);
	});

	it('stops items with a user that is not a GUID or no role before sending, and adds the good one', async () => {
		const projectId = await freshProject('Bad members');
		const [alice] = activeUsers();
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'addMember', project: rl(projectId), user: '={{$json.user}}', projectRoleId: '={{$json.role}}' },
			[
				{ user: 'alice@example.com', role: role('Project Member').id },
				{ user: alice.id, role: role('Project Member').id },
				{ user: alice.id, role: '' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].error?.message).toBe(
			"Invalid 'User' on item 0: expected a user picked from the list, an awork user link (https://yourworkspace.awork.com/users/5e8f…/profile) or a user ID (GUID), got 'alice@example.com'",
		);
		expect(items[1].json).toMatchObject({ userId: alice.id });
		expect(items[2].error?.message).toBe("Invalid 'Project Role Name or ID' on item 2: expected a project role ID (GUID) from the list, got an empty value");
		expect(sandbox().requests.map((r) => r.body)).toEqual([{ userId: alice.id, projectRoleId: role('Project Member').id, isResponsible: false }]);
	});
});
