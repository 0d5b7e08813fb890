/** Scenario of `examples/psa-integration.json`: awork's PSA integration guide from a Manual Trigger. */
import { join } from 'path';

import type { Scenario } from './index';

type Row = { id: string; [key: string]: any };

export const psaIntegration: Scenario = {
	title: 'PSA integration',
	file: join(__dirname, '..', '..', '..', 'examples', 'psa-integration.json'),
	trigger: 'Quotation approved',
	input: {},
	check(store, run) {
		const one = (collection: string, where: (row: Row) => boolean) => {
			const rows = store.collection<Row>(collection).where(where);
			expect(rows).toHaveLength(1);
			return rows[0];
		};
		const field = one('customFieldDefinitions', (f) => f.name === 'External Project Link');
		expect(field).toMatchObject({ type: 'link', entity: 'project' });
		const client = one('companies', (c) => c.name === 'ACME GmbH');
		const project = one('projects', (p) => p.name === 'Website Relaunch - ACME GmbH');
		expect(project).toMatchObject({ companyId: client.id, isBillableByDefault: true });
		const template = store.collection<Row>('projectTemplates').require(project.projectTemplateId);
		expect(template.name).toMatch(/Website/);
		expect(project.customFields).toEqual([
			expect.objectContaining({ customFieldDefinitionId: field.id, textValue: 'https://psa.example.com/projects/PSA-PROJ-2026-0042' }),
		]);

		const list = one('taskLists', (l) => l.projectId === project.id && l.name === 'Concept & Design');
		const task = one('tasks', (t) => t.projectId === project.id && t.name === 'Create first homepage design draft');
		expect(task).toMatchObject({ plannedDuration: 6 * 3600 });
		expect(task._lists.map((l: { id: string }) => l.id)).toContain(list.id);

		const entries = store.collection<Row>('timeEntries').where((e) => e.projectId === project.id);
		expect(entries).toHaveLength(2);
		const billable = entries.find((e) => e.isBillable)!;
		const internal = entries.find((e) => !e.isBillable)!;
		expect(billable).toMatchObject({ taskId: task.id, duration: 2.5 * 3600, isBilled: true });
		expect(internal).toMatchObject({ isBilled: false });

		// Only the invoiceable entry was listed, and all listed entries were billed in ONE batch request.
		const batches = run.requests.filter((r) => r.method === 'POST' && r.url === '/api/v1/timeentries/batch/setIsBilled');
		expect(batches).toHaveLength(1);
		expect(batches[0].body).toMatchObject({ timeEntryIds: [billable.id], isBilled: true });
		expect(run.response).toEqual([expect.objectContaining({ success: true, changed: [billable.id] })]);
		if (run.output) {
			expect(run.output('Invoiceable time').map((item) => item.id)).toEqual([billable.id]);
			expect(run.output('Project')[0].id).toBe(project.id);
			expect(run.output('Task')[0].id).toBe(task.id);
			expect(run.output('External link field')[0].id).toBe(field.id);
		}
	},
};
