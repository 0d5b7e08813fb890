/**
 * `npm start`: the try-it command. Installs n8n 2.x into the cache if it is missing (minutes, the
 * first time), starts the awork sandbox with its demo workspace and n8n with this package, creates
 * an owner login, a credential for the sandbox and the example workflows, and prints where to log
 * in. Ctrl-C stops everything. No awork account needed.
 *
 *   N8N_PORT (default 5678), AWORK_SANDBOX_PORT (default 3737), AWORK_N8N_CACHE (runtime cache)
 */
import { readdirSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';

import { startSandbox } from '../test/sandbox';
import type { Sandbox } from '../test/sandbox/types';
import { installPackage, packPackage, PACKAGE_ROOT } from './n8n/pack';
import { DEFAULT_OWNER, N8nClient, type CredentialRef, type WorkflowJson } from './n8n/rest';
import { ensureRuntime } from './n8n/runtime';
import { startN8n, type N8nServer } from './n8n/server';

const EXAMPLES = join(PACKAGE_ROOT, 'examples');
/** n8n's state for this command: made fresh at every start, like the sandbox's workspace. */
const USER_FOLDER = join(PACKAGE_ROOT, '.n8n-home');
const CREDENTIAL_NAME = 'awork (local sandbox)';

function portFrom(name: string, fallback: number): number {
	const raw = process.env[name];
	const port = raw === undefined || raw === '' ? fallback : Number(raw);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} must be a port number from 1 to 65535, got '${raw}'`);
	return port;
}

/** Fails clearly when something else listens on `port` already. */
async function requireFree(port: number, what: string, variable: string): Promise<void> {
	const { createServer } = await import('net');
	await new Promise<void>((resolve, reject) => {
		const probe = createServer();
		probe.once('error', () => reject(new Error(`Port ${port} (${what}) is in use: stop what listens there, or choose another with ${variable}=<port>`)));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
	});
}

/** An example as exported, its awork credentials pointed at the one made here. */
function withCredential(workflow: WorkflowJson, credential: CredentialRef): WorkflowJson {
	const nodes = workflow.nodes.map((node) => {
		if (!node.credentials) return node;
		const credentials = Object.fromEntries(
			Object.entries(node.credentials as Record<string, unknown>).map(([type, ref]) => [type, type === credential.type ? { id: credential.id, name: credential.name } : ref]),
		);
		return { ...node, credentials };
	});
	return { ...workflow, nodes };
}

/** Example workflows that start from an event (webhook, awork Trigger) are activated; the rest are run from the editor. */
function startsFromEvent(workflow: WorkflowJson): boolean {
	return workflow.nodes.some((node) => /\.(webhook|aworkTrigger)$/.test(String(node.type)));
}

async function main(): Promise<void> {
	const n8nPort = portFrom('N8N_PORT', 5678);
	const sandboxPort = portFrom('AWORK_SANDBOX_PORT', 3737);
	await requireFree(n8nPort, 'n8n', 'N8N_PORT');
	await requireFree(sandboxPort, 'awork sandbox', 'AWORK_SANDBOX_PORT');

	const runtime = await ensureRuntime('2.x', (message) => console.log(message));
	let sandbox: Sandbox | undefined;
	let server: N8nServer | undefined;
	let stopping = false;
	const stop = async (why: string, code: number) => {
		if (stopping) return;
		stopping = true;
		console.log(`\n${why}: stopping n8n and the sandbox`);
		await server?.stop();
		await sandbox?.stop();
		process.exit(code);
	};
	process.once('SIGINT', () => void stop('Ctrl-C', 0));
	process.once('SIGTERM', () => void stop('SIGTERM', 0));

	sandbox = await startSandbox({ host: '127.0.0.1', port: sandboxPort, workspace: 'demo' });
	console.log(`awork sandbox (demo workspace) on ${sandbox.baseUrl}`);

	rmSync(USER_FOLDER, { recursive: true, force: true });
	installPackage(packPackage(), USER_FOLDER);
	console.log(`Starting n8n ${runtime.line.version} with this package (about 15 s)…`);
	server = await startN8n({ runtime, userFolder: USER_FOLDER, port: n8nPort });
	const running = server;

	const client = new N8nClient(server);
	await client.setupOwner(DEFAULT_OWNER);
	await client.createApiKey('npm start');
	const credential = await client.createCredential({
		name: CREDENTIAL_NAME,
		type: 'aworkSuiteApi',
		data: { baseUrl: sandbox.baseUrl, apiKey: sandbox.apiKey },
	});
	const imported: string[] = [];
	for (const file of readdirSync(EXAMPLES).filter((name) => name.endsWith('.json')).sort()) {
		const workflow = withCredential(JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as WorkflowJson, credential);
		const created = await client.createWorkflow(workflow);
		const active = startsFromEvent(workflow);
		if (active) await client.activateWorkflow(created.id);
		imported.push(`  ${active ? 'active  ' : 'manual  '} ${workflow.name}  ${server.baseUrl}/workflow/${created.id}`);
		for (const hook of workflow.nodes.filter((node) => String(node.type).endsWith('.webhook'))) {
			imported.push(`           POST ${server.baseUrl}/webhook/${String(hook.parameters?.path ?? '')}`);
		}
	}

	console.log(
		[
			'',
			'Ready. Open the editor and log in:',
			`  ${server.baseUrl}`,
			`  email:    ${DEFAULT_OWNER.email}`,
			`  password: ${DEFAULT_OWNER.password}`,
			'',
			`Example workflows (credential "${CREDENTIAL_NAME}" points at the sandbox):`,
			...imported,
			'',
			`The sandbox API (for curl or a second credential): ${sandbox.baseUrl}  key ${sandbox.apiKey}`,
			'Ctrl-C stops everything.',
		].join('\n'),
	);

	// n8n dying on its own ends this command too, with its last words.
	for (;;) {
		await new Promise((resolve) => setTimeout(resolve, 1000));
		if (!running.alive() && !stopping) {
			console.error(`n8n stopped unexpectedly; its last output:\n${running.logTail()}`);
			await stop('n8n exited', 1);
		}
	}
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
