/** The workflow runner: a Manual Trigger and awork nodes, data flowing between them by expressions. */
import { runWorkflow, MANUAL_TRIGGER } from './runWorkflow';
import { apiKeyCredentials, useSandbox } from './sandbox';

const sandbox = useSandbox({ rateLimit: false });

describe('runWorkflow', () => {
	it('runs node after node from the Manual Trigger, with expressions reading the previous node', async () => {
		const file = {
			nodes: [
				{ id: '1', name: 'Start', type: MANUAL_TRIGGER, typeVersion: 1, position: [0, 0] as [number, number], parameters: {} },
				{
					id: '2',
					name: 'Create project',
					type: 'n8n-nodes-awork-suite.awork',
					typeVersion: 1,
					position: [200, 0] as [number, number],
					parameters: { resource: 'project', operation: 'create', name: 'From a workflow file' },
				},
				{
					id: '3',
					name: 'Create list',
					type: 'n8n-nodes-awork-suite.awork',
					typeVersion: 1,
					position: [400, 0] as [number, number],
					parameters: {
						resource: 'taskList',
						operation: 'create',
						project: { __rl: true, mode: 'id', value: "={{ $('Create project').item.json.id }}" },
						name: 'Backlog',
					},
				},
			],
			connections: {
				Start: { main: [[{ node: 'Create project', type: 'main' as const, index: 0 }]] },
				'Create project': { main: [[{ node: 'Create list', type: 'main' as const, index: 0 }]] },
			},
		};
		const result = await runWorkflow(file, apiKeyCredentials(sandbox()));
		expect(result.error).toBeUndefined();
		const projectId = result.output('Create project')[0].json.id as string;
		const list = result.output('Create list')[0].json as { id: string; name: string };
		expect(list.name).toBe('Backlog');
		const stored = sandbox().store.collection<{ id: string; projectId?: string }>('taskLists').require(list.id);
		expect(stored.projectId).toBe(projectId);
		expect(sandbox().store.collection<{ id: string; name: string }>('projects').require(projectId).name).toBe('From a workflow file');
	});
});
