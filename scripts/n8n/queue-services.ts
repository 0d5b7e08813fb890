/**
 * The two services n8n's queue mode needs, from Debian's `postgresql` and `redis-server` packages,
 * each a private instance on a free loopback port with a temporary data folder, started and stopped
 * by the caller. PostgreSQL refuses to run as root, so as root its binaries run as the `postgres`
 * system user the Debian package creates.
 */
import { execFileSync, spawn, type ChildProcess } from 'child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { connect } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

import { freePort } from './server';

export interface ServiceProcess {
	port: number;
	/** The last lines the service printed. */
	logTail(): string;
	alive(): boolean;
	/** Stops it (SIGTERM, SIGKILL after 15 s) and removes its data folder. */
	stop(): Promise<void>;
}

export interface Postgres extends ServiceProcess {
	database: string;
	user: string;
}

/** What to install when a service is missing: the packages CI installs too. */
export const QUEUE_PACKAGES = 'apt-get install -y --no-install-recommends postgresql redis-server';

const START_TIMEOUT_MS = 30_000;

/** The newest PostgreSQL of Debian's layout (`/usr/lib/postgresql/<version>/bin`), or `AWORK_PG_BIN`. */
export function postgresBin(): string {
	if (process.env.AWORK_PG_BIN) return process.env.AWORK_PG_BIN;
	const root = '/usr/lib/postgresql';
	const versions = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'bin', 'postgres'))) : [];
	if (!versions.length) throw new Error(`PostgreSQL is not installed (no ${root}/<version>/bin/postgres): run '${QUEUE_PACKAGES}' as root`);
	return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

/** As root: the uid/gid of the `postgres` user, which initdb and postgres need (they refuse root). */
function postgresIdentity(): { uid: number; gid: number } | undefined {
	if (process.getuid?.() !== 0) return undefined;
	try {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		return { uid, gid };
	} catch {
		throw new Error(`Running as root, PostgreSQL needs the 'postgres' system user, which is missing: install Debian's postgresql package ('${QUEUE_PACKAGES}')`);
	}
}

/** Resolves when something accepts TCP connections on the port; fails when `child` dies or time runs out. */
async function waitListening(what: string, port: number, child: ChildProcess, tail: () => string, ready: () => boolean = () => true): Promise<void> {
	const deadline = Date.now() + START_TIMEOUT_MS;
	while (Date.now() < deadline) {
		if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.signalCode ?? `code ${child.exitCode}`}) before it was ready; its output:\n${tail()}`);
		const open = await new Promise<boolean>((resolve) => {
			const socket = connect(port, '127.0.0.1');
			socket.once('connect', () => (socket.destroy(), resolve(true)));
			socket.once('error', () => resolve(false));
		});
		if (open && ready()) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	child.kill('SIGKILL');
	throw new Error(`${what} did not accept connections on 127.0.0.1:${port} within ${START_TIMEOUT_MS / 1000} s; its output:\n${tail()}`);
}

function supervise(what: string, child: ChildProcess, port: number, dataDir: string): ServiceProcess & { output: () => string } {
	let output = '';
	const keep = (chunk: Buffer) => {
		output = (output + chunk.toString()).slice(-8000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const alive = () => child.exitCode === null && child.signalCode === null;
	return {
		port,
		output: () => output,
		logTail: () => output,
		alive,
		stop: async () => {
			if (alive()) {
				const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
				child.kill('SIGTERM');
				const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
				await exited;
				clearTimeout(killer);
			}
			rmSync(dataDir, { recursive: true, force: true });
		},
	};
}

/** A fresh PostgreSQL cluster (trust auth, loopback only, no durability: it is thrown away). */
export async function startPostgres(): Promise<Postgres> {
	const bin = postgresBin();
	const identity = postgresIdentity();
	const dataDir = mkdtempSync(join(tmpdir(), 'awork-queue-pg-'));
	if (identity) chownSync(dataDir, identity.uid, identity.gid);
	const user = 'n8n';
	const runAs = identity ? { uid: identity.uid, gid: identity.gid } : {};
	// postgres as HOME-less system user: keep its environment minimal and its cwd readable.
	const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
	try {
		execFileSync(join(bin, 'initdb'), ['-D', dataDir, '-U', user, '--auth=trust', '--encoding=UTF8', '--no-sync'], { ...runAs, cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
	} catch (error) {
		rmSync(dataDir, { recursive: true, force: true });
		const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
		throw new Error(`initdb failed (${join(bin, 'initdb')}${identity ? ' as user postgres' : ''}): ${(error as Error).message}\n${stderr}`);
	}
	const port = await freePort();
	const settings = ['listen_addresses=127.0.0.1', `port=${port}`, `unix_socket_directories=${dataDir}`, 'fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=100'];
	const child = spawn(join(bin, 'postgres'), ['-D', dataDir, ...settings.flatMap((setting) => ['-c', setting])], { ...runAs, cwd: dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
	const service = supervise('PostgreSQL', child, port, dataDir);
	try {
		await waitListening('PostgreSQL', port, child, service.output, () => /ready to accept connections/.test(service.output()));
	} catch (error) {
		await service.stop();
		throw error;
	}
	return { ...service, database: 'postgres', user };
}

/** A fresh Redis (no persistence, loopback only). */
export async function startRedis(): Promise<ServiceProcess> {
	const server = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path));
	if (!server) throw new Error(`redis-server is not installed: run '${QUEUE_PACKAGES}' as root`);
	const dataDir = mkdtempSync(join(tmpdir(), 'awork-queue-redis-'));
	const port = await freePort();
	const child = spawn(server, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dataDir, '--protected-mode', 'yes'], {
		cwd: dataDir,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const service = supervise('Redis', child, port, dataDir);
	try {
		await waitListening('Redis', port, child, service.output, () => /Ready to accept connections/.test(service.output()));
	} catch (error) {
		await service.stop();
		throw error;
	}
	return service;
}
