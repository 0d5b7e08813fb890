/**
 * awork's PSA integration guide (docs/psa-agentursoftware-integration.md) as one workflow built only
 * from this node's operations — `examples/psa-integration.json`, the file a real n8n imports — run
 * through WorkflowExecute against the sandbox, and the workspace it leaves behind.
 */
import { join } from 'path';

import { readWorkflowFile, runWorkflow } from '../harness/runWorkflow';
import { apiKeyCredentials, useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ rateLimit: false });
const file = readWorkflowFile(join(__dirname, '..', '..', 'examples', 'psa-integration.json'));

type Row = { id: string; [key: string]: any };
const collection = (name: string) => sandbox().store.collection<Row>(name);

describe('PSA integration workflow', () => {
	it('creates the project from a template with the PSA link, a task list and task, and marks only invoiceable time as billed', async () => {
		sandbox().resetLog();
		const result = await runWorkflow(file, apiKeyCredentials(sandbox()));
		expect(result.error).toBeUndefined();

		const field = collection('customFieldDefinitions').require(result.output('External link field')[0].json.id as string);
		expect(field).toMatchObject({ name: 'External Project Link', type: 'link', entity: 'project' });

		const project = collection('projects').require(result.output('Project')[0].json.id as string);
		const client = result.output('Client')[0].json;
		const template = result.output('Website template')[0].json;
		expect(project).toMatchObject({ name: 'Website Relaunch - ACME GmbH', companyId: client.id, isBillableByDefault: true });
		expect(template.name).toMatch(/Website/);
		expect(project.customFields).toEqual([
			expect.objectContaining({ customFieldDefinitionId: field.id, textValue: 'https://psa.example.com/projects/PSA-PROJ-2026-0042' }),
		]);

		const list = collection('taskLists').require(result.output('Task list')[0].json.id as string);
		expect(list).toMatchObject({ name: 'Concept & Design', projectId: project.id });
		const task = collection('tasks').require(result.output('Task')[0].json.id as string);
		expect(task).toMatchObject({ name: 'Create first homepage design draft', projectId: project.id, plannedDuration: 6 * 3600 });
		expect(task._lists.map((l: { id: string }) => l.id)).toContain(list.id);

		const entries = collection('timeEntries').where((e) => e.projectId === project.id);
		expect(entries).toHaveLength(2);
		const billable = entries.find((e) => e.isBillable)!;
		const internal = entries.find((e) => !e.isBillable)!;
		expect(billable).toMatchObject({ taskId: task.id, duration: 2.5 * 3600, isBilled: true });
		expect(internal).toMatchObject({ isBilled: false });

		// Only the invoiceable entry was listed, and all listed entries were billed in ONE batch request.
		expect(result.output('Invoiceable time').map((item) => item.json.id)).toEqual([billable.id]);
		const batches = sandbox().requests.filter((r) => r.method === 'POST' && r.url === '/api/v1/timeentries/batch/setIsBilled');
		expect(batches).toHaveLength(1);
		expect(batches[0].body).toMatchObject({ timeEntryIds: [billable.id], isBilled: true });
		expect(result.output('Mark as billed')[0].json).toMatchObject({ success: true, changed: [billable.id] });
	});
});
