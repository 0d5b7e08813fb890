/** Team → Create, Update, Delete through n8n-core's engine against the sandbox. */
import { resourceSuite } from '../../../../harness/resourceSuite';

const { sandbox, collection, run } = resourceSuite('team');
type Team = { id: string; name: string; icon?: string | null; color?: string | null; _userIds: string[] };
const teams = () => collection<Team>('teams');

describe('Team lifecycle', () => {
	it('creates a team with an icon and color, sending no unset field', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'create', name: 'Copywriters', additionalFields: { color: 'teal' } });
		expect(error).toBeUndefined();
		expect(teams().require(items[0].json.id as string)).toMatchObject({ name: 'Copywriters', color: 'teal' });
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([['POST /teams', { name: 'Copywriters', color: 'teal' }]]);
	});

	it('renames a team and keeps its icon and color (awork’s PUT replaces the team)', async () => {
		const created = await run({ operation: 'create', name: 'Motion', additionalFields: { icon: 'movie_creation', color: 'violet' } });
		const id = created.items[0].json.id as string;
		sandbox().resetLog();
		const { error } = await run({ operation: 'update', teamId: id, updateFields: { name: 'Motion design' } });
		expect(error).toBeUndefined();
		expect(teams().require(id)).toMatchObject({ name: 'Motion design', icon: 'movie_creation', color: 'violet' });
		expect(sandbox().requests.find((r) => r.method === 'PUT')!.body).toEqual({ name: 'Motion design', icon: 'movie_creation', color: 'violet' });
	});

	it('deletes a team and says which', async () => {
		const created = await run({ operation: 'create', name: 'Short-lived team' });
		const id = created.items[0].json.id as string;
		const { items } = await run({ operation: 'delete', teamId: id.toUpperCase() });
		expect(items[0].json).toEqual({ success: true, teamId: id });
		expect(teams().get(id)).toBeUndefined();
	});

	it('stops an item with a blank name or a non-GUID team before sending it, and runs the others', async () => {
		sandbox().resetLog();
		const { items } = await run({ operation: 'create', name: '={{$json.name}}' }, [{ name: 'Research' }, { name: '' }], true);
		expect(items[1].error?.message).toBe("Invalid 'Name' on item 1: expected a non-empty text, got an empty value");
		expect(sandbox().requests.filter((r) => r.method === 'POST').map((r) => r.body)).toEqual([{ name: 'Research' }]);
		const removed = await run({ operation: 'delete', teamId: '={{$json.id}}' }, [{ id: 'design' }], true);
		expect(removed.items[0].error?.message).toBe("Invalid 'Team Name or ID' on item 0: expected a team ID (GUID) from the list, got 'design'");
	});
});
