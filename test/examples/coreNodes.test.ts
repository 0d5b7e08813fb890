/**
 * Holds the stand-ins of coreNodes.ts to n8n's own Split Out and Summarize, on the parameters the
 * examples use. n8n's nodes come from the n8n runtime the e2e suite installs (AWORK_N8N_CACHE, else
 * ~/.cache/n8n-nodes-awork-suite); without it these cases are skipped and say so.
 */
import { existsSync } from 'fs';
import { homedir } from 'os';
import { join } from 'path';
import type { INodeType } from 'n8n-workflow';

import { runWorkflow, type WorkflowFile } from '../harness/runWorkflow';
import { coreNodeTypes, SPLIT_OUT, SUMMARIZE, WEBHOOK } from './coreNodes';

const cache = process.env.AWORK_N8N_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'n8n-nodes-awork-suite');
const nodesDir = join(cache, 'n8n-2.41.1', 'node_modules', 'n8n-nodes-base', 'dist', 'nodes', 'Transform');
const available = existsSync(join(nodesDir, 'Summarize', 'Summarize.node.js'));
if (!available) console.warn(`coreNodes.test: n8n's nodes not found under ${nodesDir}; stand-in comparison skipped`);

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

(available ? describe : describe.skip)('core node stand-ins', () => {
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
