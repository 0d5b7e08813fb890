/**
 * `GET /projecttemplates/{id}/taskstatuses` (docs/changelog.md, "Workflows"): a template linked to a
 * workflow lists the workflow's shared task statuses, one without a workflow its own set.
 */
import { expectStatus, startTaskSandbox, type TaskSandbox } from './tasks-testkit';

let t: TaskSandbox;
const templates = () => t.sandbox.store.collection<{ id: string; name: string; workflowId: string | null }>('projectTemplates').all();
const listed = async (templateId: string) => expectStatus(await t.get(`/projecttemplates/${templateId}/taskstatuses`), 200).body as any[];

beforeAll(async () => {
	t = await startTaskSandbox();
});
afterAll(async () => {
	expect(t.sandbox.violations).toEqual([]);
	expect(t.sandbox.responseViolations).toEqual([]);
	await t.sandbox.stop();
});

describe('task statuses of a project template', () => {
	it('are the shared statuses of its workflow, with the same IDs as the workflow lists', async () => {
		const linked = templates().find((template) => template.workflowId)!;
		const statuses = await listed(linked.id);
		const ofWorkflow = expectStatus(await t.get(`/workflows/${linked.workflowId}/taskstatuses`), 200).body;
		expect(statuses).toEqual(ofWorkflow);
		expect(statuses.every((s) => s.workflowId === linked.workflowId && s.projectId === null)).toBe(true);
	});

	it('are its own for a template without workflow, the same on every call, and go with the template', async () => {
		const own = templates().find((template) => !template.workflowId)!;
		const first = await listed(own.id);
		expect(first.map((s) => s.type)).toEqual(['todo', 'progress', 'done']);
		expect(first.every((s) => s.workflowId === null && s.projectId === null && !('_projectTemplateId' in s))).toBe(true);
		expect(await listed(own.id)).toEqual(first);
		const paged = expectStatus(await t.get(`/projecttemplates/${own.id}/taskstatuses?page=1&pageSize=2&orderby=order desc`), 200);
		expect(paged.body.map((s: { id: string }) => s.id)).toEqual([first[2].id, first[1].id]);

		expectStatus(await t.del(`/projecttemplates/${own.id}`), 204);
		expect(first.some((s) => t.sandbox.store.collection('taskStatuses').has(s.id))).toBe(false);
		expect((await t.get(`/projecttemplates/${own.id}/taskstatuses`)).status).toBe(404);
	});
});
