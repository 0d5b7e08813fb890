/** Every output item names the input item it came from, also when a list gives several per input (n8n cannot guess those). */
import { resourceSuite } from '../../../../harness/resourceSuite';

const { run, collection } = resourceSuite('project');

it('links each listed entity to the input item whose request listed it', async () => {
	expect(collection('projects').all().length).toBeGreaterThanOrEqual(2);
	const result = await run({ operation: 'getMany', returnAll: false, limit: 2 }, [{ run: 'first' }, { run: 'second' }]);
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(4);
	expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
});

it('links single answers too, so a later node may refer back to each', async () => {
	const [first, second] = collection<{ id: string }>('projects').all();
	const result = await run({ operation: 'get', project: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, [{ id: second.id }, { id: first.id }]);
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => [item.json.id, item.pairedItem])).toEqual([
		[second.id, { item: 0 }],
		[first.id, { item: 1 }],
	]);
});
