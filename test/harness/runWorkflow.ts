/**
 * Runs a whole workflow file (as n8n exports it: nodes and connections) through n8n-core's
 * WorkflowExecute, the way n8n runs a manual execution: from its Manual Trigger, node after node,
 * with expressions between nodes (`$json`, `$('Node').item`). The same JSON can be imported into
 * a real n8n. n8n's own Manual Trigger is not installed here; a stand-in of the same type name
 * emits the one empty item it emits in n8n. A run can instead start at another trigger with the
 * items it fired with (as n8n starts a webhook execution), and bring node types of its own.
 */
import { readFileSync } from 'fs';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	NodeConnectionTypes,
	Workflow,
	type IConnections,
	type INode,
	type INodeExecutionData,
	type INodeType,
	type IRun,
	type IWorkflowSettings,
} from 'n8n-workflow';

import { additionalDataFor, TestCredentialsHelper, TestNodeTypes } from './engine';
import { packageCredentialTypes, packageNodeTypes } from './package';
import type { TestCredentials } from './runNode';

export const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';

const manualTrigger: INodeType = {
	description: {
		displayName: 'Manual Trigger (stand-in)',
		name: MANUAL_TRIGGER,
		group: ['trigger'],
		version: 1,
		description: '',
		defaults: {},
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [],
	},
	async execute() {
		return [[{ json: {} }]];
	},
};

export interface WorkflowFile {
	name?: string;
	nodes: INode[];
	connections: IConnections;
	settings?: IWorkflowSettings;
}

export function readWorkflowFile(path: string): WorkflowFile {
	return JSON.parse(readFileSync(path, 'utf8')) as WorkflowFile;
}

export interface WorkflowRun {
	run: IRun;
	error?: Error;
	/** Items of a node's first output in its last run. */
	output(nodeName: string): INodeExecutionData[];
}

export interface RunWorkflowOptions {
	/** Start at this node with these items (what it fired with), instead of the Manual Trigger with one empty item. */
	start?: { node: string; items: INodeExecutionData[] };
	/** More node types by the type name the file uses (e.g. stand-ins for n8n's own nodes); their nodes keep their credentials. */
	nodeTypes?: Record<string, INodeType>;
}

/** Runs `file` with every awork node using `credentials` (the file's credential references are replaced). */
export async function runWorkflow(file: WorkflowFile, credentials: TestCredentials, options: RunWorkflowOptions = {}): Promise<WorkflowRun> {
	const nodeTypes = new TestNodeTypes().register(MANUAL_TRIGGER, manualTrigger);
	for (const [name, type] of Object.entries(packageNodeTypes())) nodeTypes.register(name, type);
	for (const [name, type] of Object.entries(options.nodeTypes ?? {})) nodeTypes.register(name, type);
	const ownTypes = new Set([MANUAL_TRIGGER, ...Object.keys(options.nodeTypes ?? {})]);
	// Files exported from n8n name the package's nodes `n8n-nodes-awork-suite.awork`.
	const localType = (type: string) => type.replace(/^n8n-nodes-awork-suite\./, '');
	const nodes: INode[] = file.nodes.map((node) =>
		ownTypes.has(node.type)
			? node
			: {
					...node,
					type: localType(node.type),
					credentials: { [credentials.type]: { id: credentials.id ?? 'credential-1', name: 'test credential' } },
				},
	);
	const trigger = options.start ? nodes.find((node) => node.name === options.start!.node) : nodes.find((node) => node.type === MANUAL_TRIGGER);
	if (!trigger) throw new Error(options.start ? `The workflow file has no node '${options.start.node}' to start from` : 'The workflow file has no Manual Trigger to start from');
	const startItems = options.start?.items ?? [{ json: {} }];
	// The file's settings (time zone, execution order) apply as they do in n8n.
	const workflowData = { id: 'workflow-file', name: file.name ?? 'workflow', nodes, connections: file.connections, active: false, settings: file.settings ?? {} };
	const workflow = new Workflow({ ...workflowData, nodeTypes });
	const hooks = new ExecutionLifecycleHooks('manual', 'execution-file', workflowData as never);
	const additionalData = additionalDataFor(new TestCredentialsHelper(packageCredentialTypes(), { [credentials.type]: credentials.data }), { hooks });
	const runExecutionData = createRunExecutionData({
		executionData: { nodeExecutionStack: [{ node: trigger, data: { main: [startItems] }, source: null }] },
	});
	const run = await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(workflow);
	return {
		run,
		error: run.data.resultData.error as Error | undefined,
		output(nodeName: string) {
			const runs = run.data.resultData.runData[nodeName];
			if (!runs?.length) throw new Error(`Node '${nodeName}' did not run`);
			const last = runs[runs.length - 1];
			if (last.error) throw new Error(`Node '${nodeName}' failed: ${last.error.message}`);
			return last.data?.main?.[0] ?? [];
		},
	};
}
