/**
 * Calls the awork node's pickers (`methods.listSearch`), dropdowns (`methods.loadOptions`) and mappers (`methods.resourceMapping`) the
 * way n8n's editor backend does: a one-node Workflow whose parameters are the node's current
 * values, and n8n-core's real LoadOptionsContext, so `getCurrentNodeParameter`, `getCredentials`
 * and `helpers.httpRequestWithAuthentication` are n8n's own code talking to the sandbox.
 */
import { LoadOptionsContext } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type ICredentialType,
	type INode,
	type INodeListSearchResult,
	type INodeParameters,
	type INodePropertyOptions,
	type INodeType,
	type ResourceMapperFields,
} from 'n8n-workflow';

import type { Sandbox } from '../sandbox';
import { additionalDataFor, TestCredentialsHelper, TestNodeTypes } from './engine';
import { packageCredentialTypes, packageNodeTypes } from './package';
import type { TestCredentials } from './runNode';
import { apiKeyCredentials } from './sandbox';

export interface EditorCallOptions {
	/** The node's current parameter values (as the editor holds them); defaults are filled in. */
	parameters?: INodeParameters;
	/** Default: the sandbox's API key. */
	credentials?: TestCredentials;
	/** The path of the parameter asking, e.g. `parameters.taskList` (only `&sibling` lookups use it). */
	path?: string;
}

export interface SearchListOptions extends EditorCallOptions {
	/** What the person typed into the picker's search box. */
	filter?: string;
	paginationToken?: string;
}

const NODE_TYPE = 'awork';

/**
 * The parameters the editor sends: the node's values with every displayed default filled in (so
 * e.g. `authentication` is there, which decides the credential). Values the description does not
 * display for the chosen resource/operation are kept as given, so a method can be exercised
 * before the operation that shows its parameter exists.
 */
function editorParameters(type: INodeType, node: INode, given: INodeParameters): INodeParameters {
	const withDefaults = NodeHelpers.getNodeParameters(type.description.properties, given, true, false, node, type.description) ?? {};
	return { ...given, ...withDefaults };
}

function contextFor(sandbox: Sandbox, options: EditorCallOptions): { context: LoadOptionsContext; type: INodeType } {
	const nodeTypes = new TestNodeTypes();
	for (const [name, type] of Object.entries(packageNodeTypes())) nodeTypes.register(name, type);
	const type = nodeTypes.getByName(NODE_TYPE);
	const credentials = options.credentials ?? apiKeyCredentials(sandbox);
	const credentialTypes: Record<string, ICredentialType> = packageCredentialTypes();
	const node: INode = {
		id: 'editor-node',
		name: 'awork',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [credentials.type]: { id: credentials.id ?? 'credential-1', name: 'test credential' } },
	};
	const currentNodeParameters = editorParameters(type, node, options.parameters ?? {});
	node.parameters = { ...currentNodeParameters };
	// Like the CLI: the Workflow normalises the node's own copy (getNodeParameter reads that) ...
	const workflow = new Workflow({ id: 'editor-workflow', nodes: [node], connections: {}, active: false, nodeTypes, settings: {} });
	// ... while getCurrentNodeParameter reads the values as the editor sent them.
	const additionalData = additionalDataFor(new TestCredentialsHelper(credentialTypes, { [credentials.type]: credentials.data }), {
		currentNodeParameters,
	});
	const workflowNode = workflow.getNode(node.name)!;
	return { context: new LoadOptionsContext(workflow, workflowNode, additionalData, options.path ?? 'parameters.value'), type };
}

/** Runs `methods.listSearch[method]` with the search text and page token, as a picker's "From List" mode does. */
export async function searchList(sandbox: Sandbox, method: string, options: SearchListOptions = {}): Promise<INodeListSearchResult> {
	const { context, type } = contextFor(sandbox, options);
	const search = type.methods?.listSearch?.[method];
	if (!search) throw new Error(`The awork node has no listSearch method '${method}'`);
	return await search.call(context, options.filter, options.paginationToken);
}

/** Runs `methods.loadOptions[method]`, as the editor does when a dropdown opens. */
export async function loadOptions(sandbox: Sandbox, method: string, options: EditorCallOptions = {}): Promise<INodePropertyOptions[]> {
	const { context, type } = contextFor(sandbox, options);
	const load = type.methods?.loadOptions?.[method];
	if (!load) throw new Error(`The awork node has no loadOptions method '${method}'`);
	return await load.call(context);
}

/** Runs `methods.resourceMapping[method]`, as the editor does when a resource mapper loads its fields. */
export async function resourceMapping(sandbox: Sandbox, method: string, options: EditorCallOptions = {}): Promise<ResourceMapperFields> {
	const { context, type } = contextFor(sandbox, options);
	const map = type.methods?.resourceMapping?.[method];
	if (!map) throw new Error(`The awork node has no resourceMapping method '${method}'`);
	return await map.call(context);
}
