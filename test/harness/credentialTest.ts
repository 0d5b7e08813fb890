/**
 * Runs a credential type's declared `test` request the way n8n's CLI does when a person clicks
 * "Test" on a credential: through RoutingNode with the decrypted credential, then the declared
 * `responseCode` rules turn a failure into the message the person sees.
 */
import { ExecuteContext, RoutingNode } from 'n8n-core';
import {
	createRunExecutionData,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialTestRequest,
	type INode,
	type INodeType,
} from 'n8n-workflow';

import { additionalDataFor, TestCredentialsHelper, TestNodeTypes } from './engine';
import { packageCredentialTypes } from './package';

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

export async function testCredential(type: string, data: ICredentialDataDecryptedObject): Promise<CredentialTestResult> {
	const credentialTypes = packageCredentialTypes();
	const test = credentialTypes[type]?.test as ICredentialTestRequest | undefined;
	if (!test) throw new Error(`Credential type ${type} declares no test request`);

	// The CLI wraps the test request in a throw-away declarative node of one property.
	const probe: INodeType = {
		description: {
			displayName: 'Credential test',
			name: 'credentialTest',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: type, required: true }],
			properties: [
				{ displayName: 'Temp', name: 'temp', type: 'string', default: '', routing: { request: test.request } },
			],
		},
	};
	const node: INode = {
		id: 'credential-test',
		name: 'Temp-Node',
		type: 'credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: { temp: '' },
		credentials: { [type]: { id: 'credential-1', name: 'test credential' } },
	};
	const nodeTypes = new TestNodeTypes().register('credentialTest', probe);
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = additionalDataFor(new TestCredentialsHelper(credentialTypes, { [type]: data }));
	const items = [{ json: {} }];
	const inputData = { main: [items] };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createRunExecutionData(),
		0,
		items,
		inputData,
		{ node, data: inputData, source: null },
		[],
	);
	try {
		await new RoutingNode(context, probe, { id: 'credential-1', name: 'test credential', type, data }).runNode();
		return { status: 'OK', message: 'Connection successful!' };
	} catch (error) {
		const httpCode = Number((error as { httpCode?: string }).httpCode ?? (error as any).cause?.httpCode);
		for (const rule of test.rules ?? []) {
			if (rule.type === 'responseCode' && rule.properties.value === httpCode) {
				return { status: 'Error', message: rule.properties.message };
			}
		}
		return { status: 'Error', message: (error as Error).message };
	}
}
