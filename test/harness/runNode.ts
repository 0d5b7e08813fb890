/**
 * Runs one node the way n8n runs it: a full WorkflowExecute run of n8n-core, with real routing,
 * credential authentication, expressions, pagination and `continueOnFail`, over real HTTP.
 */
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import {
	createRunExecutionData,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type IRun,
} from 'n8n-workflow';

import { additionalDataFor, TestCredentialsHelper, TestNodeTypes } from './engine';
import { packageCredentialTypes, packageNodeTypes } from './package';

export interface TestCredentials {
	type: string;
	data: ICredentialDataDecryptedObject;
	/** The stored credential's ID (the request path keys its pacing on it). */
	id?: string;
}

export interface RunNodeOptions {
	/** Registered type name; default the awork node. */
	type?: string;
	parameters: INodeParameters;
	/** Input items (plain objects are wrapped as `{ json }`); default one empty item. */
	items?: Array<INodeExecutionData | IDataObject | Record<string, unknown>>;
	credentials: TestCredentials;
	/** Node settings such as `continueOnFail`, `retryOnFail`, `onError`. */
	settings?: Partial<INode>;
	/** Extra node types (e.g. test-only ones) by name. */
	extraTypes?: Record<string, INodeType>;
	extraCredentialTypes?: Record<string, ICredentialType>;
}

export interface RunNodeResult {
	/** Items on the node's first output. */
	items: INodeExecutionData[];
	/** The execution error, when the node failed the run. */
	error?: Error & { message: string; description?: string; httpCode?: string | null; context?: IDataObject };
	run: IRun;
}

const NODE_NAME = 'Node under test';

function asItems(items: RunNodeOptions['items']): INodeExecutionData[] {
	return (items ?? [{}]).map((item) =>
		'json' in item && typeof item.json === 'object' ? (item as INodeExecutionData) : { json: item as IDataObject },
	);
}

export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const nodeTypes = new TestNodeTypes();
	for (const [name, type] of Object.entries({ ...packageNodeTypes(), ...options.extraTypes })) {
		nodeTypes.register(name, type);
	}
	const credentialTypes = { ...packageCredentialTypes(), ...options.extraCredentialTypes };
	const { credentials } = options;
	const node: INode = {
		id: 'node-under-test',
		name: NODE_NAME,
		type: options.type ?? 'awork',
		typeVersion: 1,
		position: [0, 0],
		parameters: options.parameters,
		credentials: { [credentials.type]: { id: credentials.id ?? 'credential-1', name: 'test credential' } },
		...options.settings,
	};
	const workflow = new Workflow({
		id: 'workflow-under-test',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
		settings: {},
	});
	const hooks = new ExecutionLifecycleHooks('manual', 'execution-1', {
		id: 'workflow-under-test',
		name: 'test',
		nodes: [node],
		connections: {},
		active: false,
		settings: {},
	} as never);
	const additionalData = additionalDataFor(
		new TestCredentialsHelper(credentialTypes, { [credentials.type]: credentials.data }),
		{ hooks },
	);
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node, data: { main: [asItems(options.items)] }, source: null }],
		},
	});
	const execution = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	const run = await execution.processRunExecutionData(workflow);
	const taskData = run.data.resultData.runData[NODE_NAME]?.[0];
	return {
		items: taskData?.data?.main?.[0] ?? [],
		error: (run.data.resultData.error ?? taskData?.error) as RunNodeResult['error'],
		run,
	};
}
