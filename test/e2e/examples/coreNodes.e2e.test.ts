/**
 * Holds the stand-ins of test/examples/coreNodes.ts to n8n's own Split Out and Summarize, on the
 * parameters the examples use. n8n's nodes come from the n8n 2.x runtime the e2e suite installs
 * (`npm run n8n:install` runs before it), so this lives with the e2e tests.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import type { INodeType } from 'n8n-workflow';

import { cacheRoot, N8N_LINES } from '../../../scripts/n8n/runtime';
import { coreNodeTypes, SPLIT_OUT, SUMMARIZE, WEBHOOK } from '../../examples/coreNodes';
import { runWorkflow, type WorkflowFile } from '../../harness/runWorkflow';

const nodesDir = join(cacheRoot(), `n8n-${N8N_LINES['2.x'].version}`, 'node_modules', 'n8n-nodes-base', 'dist', 'nodes', 'Transform');

function realTypes(): Record<string, INodeType> {
	/* eslint-disable @typescript-eslint/no-require-imports */
	const { SplitOut } = require(join(nodesDir, 'SplitOut', 'SplitOut.node.js'));
	const { Summarize } = require(join(nodesDir, 'Summarize', 'Summarize.node.js'));
	return { ...coreNodeTypes(), [SPLIT_OUT]: new SplitOut(), [SUMMARIZE]: new Summarize() };
}

const node = (name: string, type: string, parameters: object, typeVersion = 1) => ({ id: name, name, type, typeVersion, position: [0, 0] as [number, number], parameters: parameters as never });
const chain = (...names: string[]) =>
	Object.fromEntries(names.slice(0, -1).map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main' as const, index: 0 }]] }]));

const file: WorkflowFile = {
	nodes: [
		node('In', WEBHOOK, {}, 2),
		node('Split', SPLIT_OUT, { fieldToSplitOut: 'body.entries', include: 'noOtherFields', options: {} }),
		node('Sum', SUMMARIZE, {
			fieldsToSummarize: { values: [{ aggregation: 'sum', field: 'durationHours' }, { aggregation: 'count', field: 'id' }, { aggregation: 'append', field: 'id' }] },
			fieldsToSplitBy: 'project.id, project.name',
			options: {},
		}),
	],
	connections: chain('In', 'Split', 'Sum'),
};
const entries = [
	{ id: 'a', durationHours: 1.5, project: { id: 'p1', name: 'One' } },
	{ id: 'b', durationHours: 0.25, project: { id: 'p2', name: 'Two' } },
	{ id: 'c', durationHours: 2, project: { id: 'p1', name: 'One' } },
	{ id: 'd', project: { id: 'p2', name: 'Two' } },
];

describe('core node stand-ins', () => {
	beforeAll(() => {
		if (!existsSync(join(nodesDir, 'Summarize', 'Summarize.node.js'))) throw new Error(`n8n's nodes are not under ${nodesDir}: run 'npm run n8n:install' first`);
	});

	it('split and summarize as n8n’s own nodes do', async () => {
		const run = async (nodeTypes: Record<string, INodeType>) => {
			const result = await runWorkflow(file, { type: 'aworkSuiteApi', data: {} }, { start: { node: 'In', items: [{ json: { body: { entries } } }] }, nodeTypes });
			expect(result.error).toBeUndefined();
			return { split: result.output('Split'), sum: result.output('Sum') };
		};
		const real = await run(realTypes());
		expect(real.sum).toHaveLength(2);
		expect(await run(coreNodeTypes())).toEqual(real);
	});
});
