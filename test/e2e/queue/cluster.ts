/**
 * The queue-mode e2e's setup: the pinned n8n 2.x from the cache, this package packed once and
 * installed into each process's user folder, PostgreSQL + Redis + one main + two workers, one awork
 * sandbox at awork's rate limits (its default) and a credential for it. Torn down after the file.
 */
import { signedInClient, type CredentialRef, type N8nClient } from '../../../scripts/n8n/rest';
import { ensureRuntime } from '../../../scripts/n8n/runtime';
import { packPackage } from '../../../scripts/n8n/pack';
import { startQueueCluster, type QueueCluster } from '../../../scripts/n8n/queue';
import { startSandbox, type Sandbox } from '../../sandbox';
import { API_KEY_CREDENTIAL, sandboxCredentialData } from '../n8n/context';

export interface QueueContext {
	cluster: QueueCluster;
	client: N8nClient;
	sandbox: Sandbox;
	credential: CredentialRef;
}

export const WORKERS = 2;

/** Progress on stderr: jest holds console output back until a file ends. */
export const progress = (message: string) => process.stderr.write(`[n8n queue mode] ${message}\n`);

export function useQueueCluster(): () => QueueContext {
	let context: QueueContext | undefined;
	let cluster: QueueCluster | undefined;
	let sandbox: Sandbox | undefined;

	beforeAll(async () => {
		const started = Date.now();
		const runtime = await ensureRuntime('2.x', progress);
		// rateLimit left at the sandbox's default: awork's 50/s and 1,000/min for the workspace.
		sandbox = await startSandbox({ port: 0, workspace: 'demo', webhookDelivery: { retryDelayMs: 200, maxRetries: 3 } });
		cluster = await startQueueCluster({ runtime, tarball: packPackage(), workers: WORKERS, progress });
		progress(`cluster ready after ${Math.round((Date.now() - started) / 1000)} s`);
		const client = await signedInClient(cluster.main);
		const credential = await client.createCredential({ name: 'awork (sandbox)', type: API_KEY_CREDENTIAL, data: sandboxCredentialData(sandbox, '2.x') });
		context = { cluster, client, sandbox, credential };
	}, 10 * 60_000);

	afterAll(async () => {
		await cluster?.stop();
		await sandbox?.stop();
	}, 120_000);

	return () => {
		if (!context) throw new Error('the queue-mode cluster was not set up (see the beforeAll error above)');
		return context;
	};
}

/** Runs `body`; a failure gets the tails of the main's and the workers' logs appended. */
export async function withClusterLogs<T>(cluster: QueueCluster, body: () => Promise<T>): Promise<T> {
	try {
		return await body();
	} catch (error) {
		if (error instanceof Error) {
			const tail = (text: string) => text.trim().split('\n').slice(-25).join('\n');
			error.message += `\n--- main log tail ---\n${tail(cluster.main.logTail())}`;
			cluster.workers.forEach((worker, index) => (error.message += `\n--- worker ${index + 1} log tail ---\n${tail(worker.logTail())}`));
		}
		throw error;
	}
}
