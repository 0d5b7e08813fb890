/**
 * n8n in queue mode as n8n documents it (docs.n8n.io, "Configuring queue mode"): PostgreSQL for
 * data, Redis for the Bull queue, one main process (editor, API, webhooks; it enqueues executions)
 * and `n8n worker` processes that run them, all on loopback, started and stopped together. Each
 * process gets its own user folder with the packed package installed, as separate hosts would.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { installPackage } from './pack';
import { startPostgres, startRedis, type Postgres, type ServiceProcess } from './queue-services';
import type { Runtime } from './runtime';
import { startN8n, type N8nServer } from './server';

export interface QueueClusterOptions {
	runtime: Runtime;
	/** The packed package (`packPackage()`), installed into every process's user folder. */
	tarball: string;
	/** Default 2. */
	workers?: number;
	/** Extra environment for every n8n process. */
	env?: Record<string, string>;
	progress?: (message: string) => void;
}

export interface QueueCluster {
	main: N8nServer;
	workers: N8nServer[];
	postgres: Postgres;
	redis: ServiceProcess;
	/** Which worker (its index) started each execution ID, read from the workers' logs. */
	executionsByWorker(): Map<string, number>;
	/** The execution IDs the main process put on the queue, from its log. */
	enqueuedByMain(): string[];
	/** Stops the workers, the main process, Redis and PostgreSQL; bounded by each one's stop. */
	stop(): Promise<void>;
}

// n8n's job processor logs this at info level when a worker takes an execution (scaling/job-processor.js).
const WORKER_STARTED = /Worker started execution (\d+)/g;
// …and the main process this when it puts one on the queue (scaling/scaling.service.js).
const ENQUEUED = /Enqueued execution (\d+)/g;

/** The environment every process of one cluster shares: queue mode on that Redis and PostgreSQL. */
export function queueEnvironment(postgres: Postgres, redis: ServiceProcess): Record<string, string> {
	return {
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(postgres.port),
		DB_POSTGRESDB_DATABASE: postgres.database,
		DB_POSTGRESDB_USER: postgres.user,
		DB_POSTGRESDB_PASSWORD: '',
		// Manual runs go to workers too, as n8n recommends for queue mode.
		OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
	};
}

const matches = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]);

export async function startQueueCluster(options: QueueClusterOptions): Promise<QueueCluster> {
	const progress = options.progress ?? (() => undefined);
	const started: Array<{ stop(): Promise<void> }> = [];
	const folders: string[] = [];
	const stopAll = async () => {
		// Reverse order: workers, main, then the services they use.
		for (const item of started.reverse()) await item.stop().catch(() => undefined);
		started.length = 0;
		for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
	};
	try {
		const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
		started.push(postgres, redis);
		progress(`PostgreSQL on 127.0.0.1:${postgres.port}, Redis on 127.0.0.1:${redis.port}`);
		const shared = { ...queueEnvironment(postgres, redis), ...options.env };
		const folder = (role: string) => {
			const userFolder = mkdtempSync(join(tmpdir(), `awork-queue-${role}-`));
			folders.push(userFolder);
			installPackage(options.tarball, userFolder);
			return userFolder;
		};

		// The main process first: it runs the migrations the workers wait for.
		const main = await startN8n({ runtime: options.runtime, userFolder: folder('main'), env: shared, readyTimeoutMs: 180_000 });
		started.push(main);
		progress(`main ready at ${main.baseUrl}`);
		const workers = await Promise.all(
			Array.from({ length: options.workers ?? 2 }, async (_, index) => {
				const worker = await startN8n({
					runtime: options.runtime,
					userFolder: folder(`worker${index + 1}`),
					command: 'worker',
					// URLs a worker builds (resume URLs) point at the main process, which receives webhooks.
					env: { ...shared, WEBHOOK_URL: `${main.baseUrl}/` },
					readyTimeoutMs: 180_000,
				});
				started.push(worker);
				return worker;
			}),
		);
		progress(`${workers.length} workers ready (health ${workers.map((worker) => worker.port).join(', ')})`);
		const logOf = (server: N8nServer) => readFileSync(server.logFile, 'utf8');
		return {
			main,
			workers,
			postgres,
			redis,
			executionsByWorker: () => {
				const byWorker = new Map<string, number>();
				workers.forEach((worker, index) => {
					for (const id of matches(logOf(worker), WORKER_STARTED)) byWorker.set(id, index);
				});
				return byWorker;
			},
			enqueuedByMain: () => matches(logOf(main), ENQUEUED),
			stop: stopAll,
		};
	} catch (error) {
		await stopAll();
		throw error;
	}
}
