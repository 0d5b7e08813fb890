/**
 * A real, headless n8n server on 127.0.0.1 for the e2e suite and `npm start`: a fresh user folder,
 * nothing that calls out, ready when `/rest/settings` answers. Every wait is bounded, and a server
 * that dies says so with the tail of its log.
 */
import { spawn, type ChildProcess } from 'child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

import type { Runtime } from './runtime';

export interface N8nServerOptions {
	runtime: Runtime;
	/** Reused across restarts; a fresh temporary one by default. */
	userFolder?: string;
	port?: number;
	/** Extra environment (wins over the defaults). */
	env?: Record<string, string>;
	readyTimeoutMs?: number;
	/** Server output as it comes (default: kept in the log file only). */
	onOutput?: (text: string) => void;
	/**
	 * `start` (default): the main process, ready when `/rest/settings` answers. `worker`: a queue-mode
	 * worker (`n8n worker`), whose health server listens on `port` and is ready when
	 * `/healthz/readiness` answers 200 (database migrated, Redis connected, jobs taken).
	 */
	command?: 'start' | 'worker';
}

export interface N8nServer {
	baseUrl: string;
	port: number;
	userFolder: string;
	logFile: string;
	/** The last lines n8n printed. */
	logTail(): string;
	/** Stops n8n (SIGTERM, then SIGKILL after 20 s). */
	stop(): Promise<void>;
	/** Stops and starts it again on the same folder and port. */
	restart(): Promise<void>;
	/** True while the process runs. */
	alive(): boolean;
	/** The n8n process's id while it runs (to kill it from outside, as a crash would). */
	pid(): number | undefined;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

/** Fails at once, clearly, when `port` is taken (n8n itself would say so only after its slow start). */
export function assertPortFree(port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', (error: NodeJS.ErrnoException) =>
			reject(new Error(error.code === 'EADDRINUSE' ? `Port ${port} on 127.0.0.1 is already in use: stop what runs there or choose another port for n8n` : `Port ${port}: ${error.message}`)),
		);
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
	});
}

/** The headless environment: measured to make no outbound calls on 2.41 and 1.123. */
function environment(options: N8nServerOptions, port: number, brokerPort: number, userFolder: string): NodeJS.ProcessEnv {
	return {
		PATH: `${join(options.runtime.node, '..')}:${process.env.PATH ?? ''}`,
		HOME: userFolder,
		N8N_USER_FOLDER: userFolder,
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PORT: String(port),
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		N8N_ENCRYPTION_KEY: 'awork-e2e-fixed-encryption-key-0001',
		N8N_SECURE_COOKIE: 'false',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_HIDE_USAGE_PAGE: 'true',
		N8N_BANNERS_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		...(options.command === 'worker'
			? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port), N8N_WORKER_SERVER_ADDRESS: '127.0.0.1' }
			: {}),
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: 'info',
		DB_SQLITE_POOL_SIZE: '2',
		EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
		GENERIC_TIMEZONE: 'Europe/Berlin',
		...options.runtime.line.env,
		...options.env,
	};
}

/** A worker is ready when its readiness probe says so (503 until it is). */
async function workerReady(baseUrl: string): Promise<boolean> {
	const response = await fetch(`${baseUrl}/healthz/readiness`, { signal: AbortSignal.timeout(2000) });
	return response.status === 200;
}

/** The main process: while migrating, n8n answers every path with 200 "n8n is starting up", so wait for the JSON. */
async function mainReady(baseUrl: string): Promise<boolean> {
	const response = await fetch(`${baseUrl}/rest/settings`, { signal: AbortSignal.timeout(2000) });
	return response.status === 200 && !!((await response.json().catch(() => undefined)) as { data?: unknown } | undefined)?.data;
}

async function waitReady(baseUrl: string, child: ChildProcess, timeoutMs: number, tail: () => string, command: 'start' | 'worker' = 'start'): Promise<void> {
	const probe = command === 'worker' ? workerReady : mainReady;
	const probePath = command === 'worker' ? '/healthz/readiness' : '/rest/settings';
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`n8n exited (${child.signalCode ?? `code ${child.exitCode}`}) before it was ready; its last output:\n${tail()}`);
		}
		try {
			if (await probe(baseUrl)) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`n8n did not answer ${baseUrl}${probePath} within ${Math.round(timeoutMs / 1000)} s; its last output:\n${tail()}`);
}

export async function startN8n(options: N8nServerOptions): Promise<N8nServer> {
	for (const [what, path] of [['Node binary', options.runtime.node], ['n8n CLI', options.runtime.n8nBin]]) {
		if (!existsSync(path)) {
			throw new Error(`The n8n ${options.runtime.line.version} runtime is missing its ${what} (${path}): install it with 'npx ts-node --transpile-only scripts/n8n/install.ts ${options.runtime.line.line}'`);
		}
	}
	const userFolder = options.userFolder ?? mkdtempSync(join(tmpdir(), `awork-n8n-${options.runtime.line.line.replace('.', '')}-`));
	mkdirSync(userFolder, { recursive: true });
	if (options.port) await assertPortFree(options.port);
	const port = options.port ?? (await freePort());
	const brokerPort = await freePort();
	const baseUrl = `http://127.0.0.1:${port}`;
	const logFile = join(userFolder, 'n8n.log');
	writeFileSync(logFile, '');
	let tail = '';
	let child: ChildProcess | undefined;

	const launch = async () => {
		const started = spawn(options.runtime.node, [options.runtime.n8nBin, options.command ?? 'start'], {
			cwd: userFolder,
			env: environment(options, port, brokerPort, userFolder),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child = started;
		const keep = (chunk: Buffer) => {
			const text = chunk.toString();
			tail = (tail + text).slice(-8000);
			appendFileSync(logFile, text);
			options.onOutput?.(text);
		};
		started.stdout?.on('data', keep);
		started.stderr?.on('data', keep);
		await waitReady(baseUrl, started, options.readyTimeoutMs ?? 120_000, () => tail, options.command);
	};

	const stop = async () => {
		const running = child;
		if (!running || running.exitCode !== null || running.signalCode !== null) return;
		const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
		running.kill('SIGTERM');
		const killer = setTimeout(() => running.kill('SIGKILL'), 20_000);
		await exited;
		clearTimeout(killer);
	};

	try {
		await launch();
	} catch (error) {
		await stop();
		throw error;
	}
	return {
		baseUrl,
		port,
		userFolder,
		logFile,
		logTail: () => tail,
		stop,
		restart: async () => {
			await stop();
			await launch();
		},
		alive: () => !!child && child.exitCode === null && child.signalCode === null,
		pid: () => (child && child.exitCode === null && child.signalCode === null ? child.pid : undefined),
	};
}
