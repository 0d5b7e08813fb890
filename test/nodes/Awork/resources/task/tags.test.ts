/** Task → Add Tags and Remove Tags through n8n-core's engine against the sandbox. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('task');
type StoredTask = { id: string; tags: Array<{ name: string | null; color: string | null }> };
const tasks = () => collection<StoredTask>('tasks');

let projectId: string;
const newTask = async (name: string) => (await api<{ id: string }>('POST', '/tasks', { baseType: 'projecttask', entityId: projectId, name })).id;
const tagsOf = (taskId: string) => tasks().require(taskId).tags.map((t) => t.name);

beforeAll(async () => {
	projectId = (await api<{ id: string }>('POST', '/projects', { name: 'Tag tests' })).id;
});

describe('Task → Add Tags / Remove Tags', () => {
	it('adds tags by name with a color, then removes some, sending one form per tag', async () => {
		const taskId = await newTask('Tag me');
		sandbox().resetLog();
		const added = await run({ operation: 'addTags', task: rl(taskId), tags: 'SEO, q3, seo-audit', tagColor: 'teal' });
		expect(added.error).toBeUndefined();
		expect(added.items.map((item) => item.json)).toEqual([{ success: true, taskId, tags: ['SEO', 'q3', 'seo-audit'] }]);
		expect(tasks().require(taskId).tags).toEqual(
			expect.arrayContaining([expect.objectContaining({ name: 'SEO', color: 'teal' }), expect.objectContaining({ name: 'q3' })]),
		);
		expect(sandbox().requests.map((r) => [r.operation, r.status])).toEqual([['POST /tasks/{taskId}/addtags', 200]]);
		expect(sandbox().requests[0].body).toEqual([
			{ name: 'SEO', color: 'teal' },
			{ name: 'q3', color: 'teal' },
			{ name: 'seo-audit', color: 'teal' },
		]);

		sandbox().resetLog();
		const removed = await run({ operation: 'removeTags', task: rl(taskId), tags: '={{$json.names}}' }, [{ names: ['SEO', 'q3'] }]);
		expect(removed.error).toBeUndefined();
		expect(removed.items.map((item) => item.json)).toEqual([{ success: true, taskId, tags: ['SEO', 'q3'] }]);
		expect(tagsOf(taskId)).toEqual(['seo-audit']);
		expect(sandbox().requests.map((r) => [r.operation, r.status, r.body])).toEqual([
			['POST /tasks/{taskId}/deletetags', 204, [{ name: 'SEO' }, { name: 'q3' }]],
		]);
	});

	it('adds tags without a color when none is chosen', async () => {
		const taskId = await newTask('Plain tags');
		sandbox().resetLog();
		await run({ operation: 'addTags', task: rl(taskId), tags: 'draft' });
		expect(sandbox().requests[0].body).toEqual([{ name: 'draft' }]);
		expect(tagsOf(taskId)).toEqual(['draft']);
	});

	it('stops items with a non-GUID task or no tag names before sending them, and runs the others', async () => {
		const taskId = await newTask('Bad tags');
		for (const operation of ['addTags', 'removeTags']) {
			if (operation === 'removeTags') await api('POST', `/tasks/${taskId}/addtags`, [{ name: 'keep' }, { name: 'drop' }]);
			sandbox().resetLog();
			const { items, error } = await run(
				{ operation, task: rl('={{$json.task}}'), tags: '={{$json.tags}}' },
				[
					{ task: taskId, tags: 'drop' },
					{ task: 'Tag me', tags: 'x' },
					{ task: taskId, tags: ' , ' },
				],
				true,
			);
			expect(error).toBeUndefined();
			expect(items[0].json).toEqual({ success: true, taskId, tags: ['drop'] });
			expect(items[1].error?.message).toMatch(/^Invalid 'Task' on item 1: .*, got 'Tag me'$/);
			expect(items[2].error?.message).toMatch(/^Invalid 'Tags' on item 2: expected at least one tag name/);
			expect(sandbox().requests).toHaveLength(1);
		}
		expect(tagsOf(taskId)).toEqual(['keep']);
	});
});
