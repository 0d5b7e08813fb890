/**
 * Follow-up requests (tags, custom fields after a create) run after the main request has left the
 * paced request path: many items at once cannot starve each other of limiter slots, and a failing
 * follow-up reports its own error instead of one about the main request.
 */
import { projectSuite } from './helpers';

const { sandbox, projects, run } = projectSuite();

describe('Project → Create with follow-up requests', () => {
	it('creates 25 tagged projects at once (more than the 10 requests allowed in flight)', async () => {
		const names = Array.from({ length: 25 }, (_, i) => ({ name: `Batch ${i}` }));
		const { items, error } = await run({ operation: 'create', name: '={{$json.name}}', additionalFields: { tags: 'batch' } }, names);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(25);
		for (const item of items) expect(projects().require(item.json.id as string).tags.map((t) => t.name)).toEqual(['batch']);
	}, 30_000);

	it('says the project exists when adding its tags fails, without blaming the create or repeating it', async () => {
		sandbox().resetLog();
		sandbox().setFaults([{ operation: 'POST /projects/{projectId}/addtags', status: 400 }]);
		try {
			const { error } = await run({ operation: 'create', name: 'Half done', additionalFields: { tags: 'x' } });
			expect(error?.message).not.toMatch(/^Could not reach awork for POST \/projects:/);
			expect(error?.message).toMatch(/Half done|created/);
			expect(sandbox().requests.filter((r) => r.method === 'POST' && new URL(r.url, 'http://x').pathname.endsWith('/projects'))).toHaveLength(1);
		} finally {
			sandbox().setFaults([]);
		}
	});
});
