/**
 * Drives a polling trigger node the way n8n does, without an n8n server: each `poll()` runs the
 * node's `poll()` in n8n-core's real `PollContext` on one Workflow, and the node's static data is
 * kept between polls as JSON, the way n8n saves it after a successful poll.
 */
import { PollContext } from 'n8n-core';
import {
	Workflow,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { additionalDataFor, TestCredentialsHelper, TestNodeTypes } from './engine';
import { packageCredentialTypes, packageNodeTypes } from './package';
import type { TestCredentials } from './runNode';

export interface PollHarness {
	/** One poll in the active workflow (`mode: 'trigger'`), or a manual test run (`'manual'`). */
	poll(mode?: 'trigger' | 'manual'): Promise<INodeExecutionData[][] | null>;
	/** The node's static data as last saved (a copy). */
	readonly staticData: IDataObject;
	/** The node's parameters; changing them is editing the node between polls. */
	readonly parameters: INodeParameters;
}

export function startPoller(options: { parameters: INodeParameters; credentials: TestCredentials; type?: string }): PollHarness {
	const nodeTypes = new TestNodeTypes();
	for (const [name, type] of Object.entries(packageNodeTypes())) nodeTypes.register(name, type);
	const typeName = options.type ?? 'aworkPollTrigger';
	const nodeType = nodeTypes.getByName(typeName);
	if (!nodeType.poll) throw new Error(`${typeName} has no poll()`);
	const node: INode = {
		id: 'poller-under-test',
		name: 'Poller under test',
		type: typeName,
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { [options.credentials.type]: { id: options.credentials.id ?? 'credential-1', name: 'test credential' } },
	};
	const workflow = new Workflow({
		id: 'workflow-with-poller',
		name: 'Poll test workflow',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		staticData: {},
	});
	const additionalData = additionalDataFor(
		new TestCredentialsHelper(packageCredentialTypes(), { [options.credentials.type]: options.credentials.data }),
	);
	let saved = '{}';

	return {
		parameters: node.parameters,
		async poll(mode = 'trigger') {
			// What the node sees is a fresh copy of what was saved, so nothing survives that is not plain JSON.
			const staticData = JSON.parse(saved) as IDataObject;
			const context = new PollContext(
				workflow,
				node,
				additionalData,
				mode as WorkflowExecuteMode,
				mode === 'manual' ? 'manual' : 'activate',
				undefined,
				undefined,
				undefined,
				undefined,
				() => staticData,
			);
			const result = await nodeType.poll!.call(context);
			// n8n keeps static data from a poll that failed only as far as it was saved before: here, not at all.
			saved = JSON.stringify(staticData);
			return result;
		},
		get staticData() {
			return JSON.parse(saved) as IDataObject;
		},
	};
}
