/**
 * One n8n line set up for an e2e file: the pinned runtime from the cache, this package packed and
 * installed as a community package, the awork sandbox (demo workspace) and n8n started, an owner,
 * an API key and an awork credential pointing at the sandbox. Torn down after the file.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { signedInClient, type CredentialRef, type N8nClient } from '../../../scripts/n8n/rest';
import { ensureRuntime, type N8nLine, type Runtime } from '../../../scripts/n8n/runtime';
import { startN8n, type N8nServer } from '../../../scripts/n8n/server';
import { installPackage, packPackage } from '../../../scripts/n8n/pack';
import { startSandbox, type Sandbox } from '../../sandbox';

export const AWORK_NODE = 'n8n-nodes-awork-suite.awork';
export const AWORK_TRIGGER = 'n8n-nodes-awork-suite.aworkTrigger';
export const API_KEY_CREDENTIAL = 'aworkSuiteApi';

export interface LineContext {
	line: N8nLine['line'];
	runtime: Runtime;
	server: N8nServer;
	client: N8nClient;
	/** The sandbox the shared credential points at. */
	sandbox: Sandbox;
	credential: CredentialRef;
	/** A credential pointing at another sandbox (a scenario's own). */
	credentialFor(sandbox: Sandbox, name?: string): Promise<CredentialRef>;
}

/** Progress on stderr: jest holds console output back until a file ends, and installs take minutes. */
export const progressFor = (line: string) => (message: string) => process.stderr.write(`[n8n ${line}] ${message}\n`);

/**
 * The credential's data for the public API. 1.x's schema for it requires n8n's own
 * `allowedHttpRequestDomains` field (else: 'requires property "allowedDomains"'); 2.x needs none.
 */
export function sandboxCredentialData(sandbox: Sandbox, line: N8nLine['line']): Record<string, unknown> {
	return { baseUrl: sandbox.baseUrl, apiKey: sandbox.apiKey, ...(line === '1.x' ? { allowedHttpRequestDomains: 'all' } : {}) };
}

/** Sets the line up before the file's tests and stops everything after; the getter fails clearly before setup. */
export function useN8nLine(line: N8nLine['line']): () => LineContext {
	let context: LineContext | undefined;
	let server: N8nServer | undefined;
	let sandbox: Sandbox | undefined;
	const progress = progressFor(line);

	beforeAll(async () => {
		const started = Date.now();
		const runtime = await ensureRuntime(line, progress);
		const userFolder = mkdtempSync(join(tmpdir(), `awork-e2e-n8n${line.replace('.x', '')}-`));
		const tarball = packPackage();
		installPackage(tarball, userFolder);
		sandbox = await startSandbox({ port: 0, workspace: 'demo', rateLimit: false, webhookDelivery: { retryDelayMs: 200, maxRetries: 3 } });
		progress(`starting n8n ${runtime.line.version} in ${userFolder}`);
		server = await startN8n({ runtime, userFolder });
		progress(`n8n ready at ${server.baseUrl} after ${Math.round((Date.now() - started) / 1000)} s`);
		const client = await signedInClient(server);
		const credentialFor = async (target: Sandbox, name = 'awork (sandbox)') =>
			await client.createCredential({ name, type: API_KEY_CREDENTIAL, data: sandboxCredentialData(target, line) });
		const credential = await credentialFor(sandbox);
		context = { line, runtime, server, client, sandbox, credential, credentialFor };
	}, 30 * 60_000);

	afterAll(async () => {
		await server?.stop();
		await sandbox?.stop();
		// ~60–90 MB per run (database, package, n8n.log); AWORK_E2E_KEEP=1 keeps it to look into.
		if (server && !process.env.AWORK_E2E_KEEP) rmSync(server.userFolder, { recursive: true, force: true });
	}, 60_000);

	return () => {
		if (!context) throw new Error(`n8n ${line} was not set up (see the beforeAll error above)`);
		return context;
	};
}

/** Runs `body`; a failure (a jest expectation included) gets the n8n log tail appended, once. */
export async function withN8nLog<T>(server: Pick<N8nServer, 'logTail'>, body: () => Promise<T>): Promise<T> {
	try {
		return await body();
	} catch (error) {
		if (error instanceof Error && !error.message.includes('n8n log tail')) {
			const tail = server.logTail().trim().split('\n').slice(-40).join('\n');
			error.message += `\n--- n8n log tail ---\n${tail}`;
		}
		throw error;
	}
}
