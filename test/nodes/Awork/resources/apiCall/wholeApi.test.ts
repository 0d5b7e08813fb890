/**
 * Every one of the 725 operations of awork's specs, run once through API Call in n8n-core's engine
 * against a demo workspace: the inputs are the sandbox coverage plan's spec-valid requests (IDs of
 * existing, related entities), given to the node the way a person or an agent would (mapper values,
 * Body (JSON), input binaries for file parts). Each call must succeed without a contract violation;
 * files come back as binary data.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { ENDPOINTS } from '../../../../../nodes/Awork/endpoints/generated/catalog';
import type { Endpoint } from '../../../../../nodes/Awork/endpoints/types';
import { runNode } from '../../../../harness/runNode';
import { apiKeyCredentials } from '../../../../harness/sandbox';
import type { Workspace } from '../../../../sandbox/coverage-requests/path-ids';
import { callOrder, requestFor, SEED, uploadTemporaryFiles } from '../../../../sandbox/coverage-requests/plan';
import { startSandbox } from '../../../../sandbox/server';
import { loadSpecs } from '../../../../sandbox/spec/load';
import { Router } from '../../../../sandbox/spec/router';
import type { Sandbox, SpecOperation } from '../../../../sandbox/types';

const operations = [...new Router(loadSpecs()).operations()].sort(callOrder);
const endpointOf = (op: SpecOperation) => ENDPOINTS.find((endpoint) => endpoint.id === `${op.api}:${op.method.toUpperCase()} ${op.pathTemplate}`);

/** The API Call parameters and input item for the plan's request of `op`. */
function nodeInput(ws: Workspace, op: SpecOperation, endpoint: Endpoint): { parameters: IDataObject; item: INodeExecutionData } {
	const request = requestFor(ws, op);
	const mapped: IDataObject = {};
	for (const [name, value] of Object.entries(request.params)) mapped[`path:${name}`] = value;
	for (const [name, value] of Object.entries(request.query)) mapped[`query:${name}`] = value;
	for (const [name, value] of Object.entries(request.headers)) mapped[`header:${name}`] = value;
	const item: INodeExecutionData = { json: {} };
	if (request.multipart) {
		for (const [name, value] of Object.entries(request.multipart.fields ?? {})) mapped[`form:${name}`] = value;
		item.binary = {};
		for (const file of request.multipart.files ?? []) {
			const property = `file_${file.fieldName}`;
			item.binary[property] = { data: Buffer.from(file.data).toString('base64'), fileName: file.fileName, mimeType: file.contentType };
			mapped[`form:${file.fieldName}`] = property;
		}
	}
	const parameters: IDataObject = {
		resource: 'apiCall',
		operation: 'call',
		endpoint: { __rl: true, mode: 'id', value: endpoint.id },
		endpointParameters: { mappingMode: 'defineBelow', value: mapped },
		returnAll: false,
		limit: 50,
	};
	if (request.body !== undefined && !request.multipart) parameters.endpointOptions = { bodyJson: JSON.stringify(request.body) };
	return { parameters, item };
}

describe('API Call: the whole API', () => {
	let sandbox: Sandbox;
	let ws: Workspace;

	beforeAll(async () => {
		sandbox = await startSandbox({ port: 0, seed: SEED, workspace: 'demo', validateResponses: true, rateLimit: false });
		ws = { store: sandbox.store, apiUserId: sandbox.store.apiKeys.get(sandbox.apiKey)! };
		await uploadTemporaryFiles(sandbox);
		sandbox.resetLog();
	});
	afterAll(async () => await sandbox?.stop());

	it('has a catalog entry for every operation of both specs, and no other', () => {
		expect(operations).toHaveLength(725);
		expect(operations.map((op) => endpointOf(op)?.id).sort()).toEqual(ENDPOINTS.map((endpoint) => endpoint.id).sort());
	});

	it.each(operations.map((op) => [`${op.api}:${op.method.toUpperCase()} ${op.pathTemplate}`, op] as const))('%s', async (_, op) => {
		const endpoint = endpointOf(op)!;
		const { parameters, item } = nodeInput(ws, op, endpoint);
		const violationsBefore = sandbox.violations.length;
		const responseViolationsBefore = sandbox.responseViolations.length;
		const result = await runNode({ parameters: parameters as never, items: [item], credentials: apiKeyCredentials(sandbox) });

		expect(sandbox.violations.slice(violationsBefore)).toEqual([]);
		expect(sandbox.responseViolations.slice(responseViolationsBefore)).toEqual([]);
		const declared = Object.keys(op.operation.responses ?? {});
		if (!declared.some((status) => status.startsWith('2'))) {
			// A few operations declare no success at all (GET /invitations only answers 404): the node reports that answer.
			expect(declared).toContain(String(result.error?.httpCode));
			return;
		}
		expect(result.error?.message).toBeUndefined();
		const answers = sandbox.requests.filter((request) => request.operation === `${op.api === 'v2' ? 'v2 ' : ''}${op.method.toUpperCase()} ${op.pathTemplate}`);
		expect(answers.at(-1)?.status).toBeLessThan(300);
		// An empty list gives no items, as in every list operation of n8n; anything else gives at least one.
		if (!result.items.length) expect([endpoint.method, answers.at(-1)?.status]).toEqual(['GET', 200]);
		expect(result.items.filter((output) => output.json.error)).toEqual([]);
		if (endpoint.response === 'binary') expect(Object.keys(result.items[0].binary ?? {})).toEqual(['data']);
	});
});
