/** Type of Work → Get, Get Many, Archive, Unarchive, Delete through n8n-core's engine against the sandbox. */
import { resourceSuite } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('typeOfWork');
type TypeOfWork = { id: string; name: string; isArchived: boolean };
const types = () => collection<TypeOfWork>('typesOfWork');

describe('Type of Work', () => {
	it('gets a type of work by the ID a dropdown or expression gives', async () => {
		const first = types().all()[0];
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'get', typeOfWorkId: ` ${first.id.toUpperCase()} ` });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: first.id, name: first.name })]);
		expect(sandbox().requests.map((r) => r.url.split('/v1')[1])).toEqual([`/typeofwork/${first.id}`]);
	});

	it('archives a type of work, lists it only with Include Archived, and unarchives it', async () => {
		const target = types().all()[1];
		sandbox().resetLog();
		const archived = await run({ operation: 'archive', typeOfWorkId: target.id });
		expect(archived.error).toBeUndefined();
		expect(archived.items[0].json).toMatchObject({ id: target.id, isArchived: true });
		expect(types().require(target.id).isArchived).toBe(true);
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([['POST /typeofwork/{typeOfWorkId}/setarchived', { isArchived: true }]]);

		const active = await run({ operation: 'getMany', returnAll: true });
		expect(active.items.map((i) => i.json.id)).not.toContain(target.id);
		const all = await run({ operation: 'getMany', returnAll: true, showArchived: true });
		expect(all.items.map((i) => i.json.id)).toContain(target.id);
		expect(all.items).toHaveLength(types().all().length);

		const restored = await run({ operation: 'unarchive', typeOfWorkId: target.id });
		expect(restored.items[0].json).toMatchObject({ id: target.id, isArchived: false });
		expect(types().require(target.id).isArchived).toBe(false);
	});

	it('lists types of work up to the limit', async () => {
		sandbox().resetLog();
		const { items } = await run({ operation: 'getMany', limit: 2 });
		expect(items).toHaveLength(2);
		expect(sandbox().requests[0].url).toMatch(/pageSize=2/);
	});

	it('lists types of work sorted by awork', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'getMany', returnAll: true, sort: { keys: [{ field: 'name', direction: 'desc' }] } });
		expect(error).toBeUndefined();
		const names = types().where((t) => !t.isArchived).map((t) => t.name);
		expect(items.map((i) => i.json.name)).toEqual([...names].sort((a, b) => b.localeCompare(a)));
		expect(decodeURIComponent(sandbox().requests[0].url)).toMatch(/orderby=name desc/);
	});

	it('deletes a type of work in use, moving its tasks to the replacement', async () => {
		const doomed = await api<TypeOfWork>('POST', '/typeofwork', { name: 'Short-lived work' });
		const replacement = types().all()[0];
		const task = collection<{ id: string; typeOfWorkId?: string }>('tasks').all()[0];
		task.typeOfWorkId = doomed.id;
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'delete', typeOfWorkId: doomed.id, replacementTypeOfWorkId: replacement.id });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, typeOfWorkId: doomed.id, replacementTypeOfWorkId: replacement.id });
		expect(types().get(doomed.id)).toBeUndefined();
		expect(collection<{ id: string; typeOfWorkId?: string }>('tasks').require(task.id).typeOfWorkId).toBe(replacement.id);
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([['POST /typeofwork/{typeOfWorkId}/delete', { typeOfWorkId: replacement.id }]]);
	});

	it('passes on awork’s refusal to delete a type in use without a replacement', async () => {
		const used = await api<TypeOfWork>('POST', '/typeofwork', { name: 'Used work' });
		collection<{ id: string; typeOfWorkId?: string }>('tasks').all()[1].typeOfWorkId = used.id;
		const { items } = await run({ operation: 'delete', typeOfWorkId: used.id }, undefined, true);
		expect(items[0].error?.message).toMatch(/in use/);
		expect(types().get(used.id)).toBeDefined();
	});

	it('stops an item with a bad ID before sending it, names field and item, and runs the others', async () => {
		const good = types().all()[0];
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'get', typeOfWorkId: '={{$json.id}}' }, [{ id: 'Design' }, { id: good.id }], true);
		expect(error).toBeUndefined();
		expect(items[0].error?.message).toBe("Invalid 'Type of Work Name or ID' on item 0: expected a type of work ID (GUID) from the list, got 'Design'");
		expect(items[1].json.id).toBe(good.id);
		expect(sandbox().requests).toHaveLength(1);
	});
});
