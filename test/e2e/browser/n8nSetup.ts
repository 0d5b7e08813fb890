/**
 * What the browser test needs in a fresh n8n before a browser opens it: an owner login, a
 * credential pointing at the awork sandbox and a shipped example workflow, unchanged except for
 * its credential reference (made through `scripts/n8n/rest.ts`).
 */
import { readFileSync } from 'fs';
import { join } from 'path';

import { PACKAGE_ROOT } from '../../../scripts/n8n/pack';
import { DEFAULT_OWNER, N8nRestError, pollUntil, signedInClient, type CredentialRef, type N8nClient, type N8nTarget, type WorkflowJson } from '../../../scripts/n8n/rest';
import type { Sandbox } from '../../sandbox';

export const OWNER = DEFAULT_OWNER;

export interface EditorFixture {
	client: N8nClient;
	credential: CredentialRef;
	workflowId: string;
	example: WorkflowJson;
}

/** A shipped example as the repo has it. */
export function readExample(file: string): WorkflowJson {
	return JSON.parse(readFileSync(join(PACKAGE_ROOT, 'examples', file), 'utf8')) as WorkflowJson;
}

/** Owner, sandbox credential and the example (its awork nodes pointed at that credential) in a fresh n8n. */
export async function prepareEditor(target: N8nTarget, sandbox: Sandbox, exampleFile: string): Promise<EditorFixture> {
	const client = await signedInClient(target, OWNER);
	const credential = await client.createCredential({ name: 'awork (sandbox)', type: 'aworkSuiteApi', data: { baseUrl: sandbox.baseUrl, apiKey: sandbox.apiKey } });
	const example = readExample(exampleFile);
	const nodes = example.nodes.map((node) =>
		node.credentials?.[credential.type] ? { ...node, credentials: { ...node.credentials, [credential.type]: { id: credential.id, name: credential.name } } } : node,
	);
	const created = await client.createWorkflow({ ...example, nodes });
	return { client, credential, workflowId: created.id, example };
}

/**
 * POSTs to a webhook's test URL (`/webhook-test/<path>`), which n8n opens only while the editor
 * waits for a test event; retries while it answers 404 (not listening yet).
 */
export async function callTestWebhook<T = unknown>(client: N8nClient, path: string, body: unknown, timeoutMs = 30_000): Promise<T> {
	return await pollUntil(
		client.target,
		`the editor to listen on /webhook-test/${path} (after "Execute step")`,
		async () => {
			try {
				return (await client.request<T>('POST', `/webhook-test/${path}`, { body, timeoutMs: 60_000 })).body;
			} catch (error) {
				if (error instanceof N8nRestError && error.status === 404) return undefined;
				throw error;
			}
		},
		{ timeoutMs },
	);
}
