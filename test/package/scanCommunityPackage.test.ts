/**
 * n8n's verification gate, `@n8n/scan-community-package`, run offline: its `analyzePackage` with its
 * own ESLint config lints the `npm pack` tarball (compiled `.js` + package.json) and the source it
 * would fetch via provenance. Its CLI downloads from the registry, so the legs are run here directly.
 */
import { spawnSync } from 'child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative, resolve } from 'path';

const root = resolve(__dirname, '..', '..');
const runner = join(__dirname, 'runCommunityScan.mjs');
const SCAN_TIMEOUT_MS = 80_000;

interface ScanResult {
	dir: string;
	leg: 'tarball' | 'source';
	passed: boolean;
	message: string | null;
	details: string | null;
}

interface Problem {
	file: string;
	severity: string;
	rule: string;
}

/** Reads the scanner's `stylish` report back into (file, severity, rule) rows. */
function problemsOf(result: ScanResult): Problem[] {
	const problems: Problem[] = [];
	let file = '';
	for (const line of (result.details ?? '').split('\n')) {
		if (line.startsWith('/')) file = relative(result.dir, line.trim());
		const match = /^\s+\d+:\d+\s+(error|warning)\s+.*?\s+(\S+)\s*$/.exec(line);
		if (match) problems.push({ file, severity: match[1], rule: match[2] });
	}
	return problems;
}

function run(command: string, args: string[], cwd: string, timeout: number, env?: NodeJS.ProcessEnv) {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout, env, maxBuffer: 64 * 1024 * 1024 });
	if (result.error) throw new Error(`${command} ${args[0]} did not finish within ${timeout} ms: ${result.error.message}`);
	if (result.status !== 0) throw new Error(`${command} ${args[0]} exited ${result.status}: ${result.stderr}`);
	return result.stdout;
}

function shippedJsFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.js'));
}

describe('@n8n/scan-community-package on the packed tarball', () => {
	let workDir: string;
	let packageDir: string;
	let tamperedDir: string;
	let tarball: ScanResult;
	let tampered: ScanResult;
	let source: ScanResult;

	beforeAll(() => {
		if (!existsSync(join(root, 'dist', 'nodes'))) throw new Error('dist/ is missing: run `npm run build` first');
		workDir = mkdtempSync(join(tmpdir(), 'awork-scan-'));

		// What npm would publish; `npm pack` runs no build, so this is the dist/ `npm run build` left.
		const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', workDir], root, 30_000));
		packageDir = join(workDir, 'package');
		mkdirSync(packageDir);
		run('tar', ['-xzf', join(workDir, packed[0].filename), '-C', packageDir, '--strip-components=1'], workDir, 30_000);

		// A copy with one file that breaks n8n Cloud's rules, so a scan that lints nothing cannot pass.
		tamperedDir = join(workDir, 'tampered');
		cpSync(packageDir, tamperedDir, { recursive: true });
		writeFileSync(
			join(tamperedDir, 'dist', 'nodes', 'Awork', 'Tampered.js'),
			"'use strict';\nconst fs = require('fs');\nexports.readSecret = () => new Promise((done) => setTimeout(() => done(fs.readFileSync(process.env.SECRET_FILE, 'utf8')), 1));\n",
		);

		const scans = [
			{ dir: packageDir, leg: 'tarball' },
			{ dir: tamperedDir, leg: 'tarball' },
			{ dir: root, leg: 'source' },
		];
		// jest sets NODE_ENV=test, which switches eslint-plugin-n8n-nodes-base into its own test mode
		// (different filename rules); the real scanner runs without it. TMPDIR: the scanner makes a
		// temp dir on import; keep it inside workDir so afterAll removes it.
		const { NODE_ENV: _jest, ...env } = process.env;
		const stdout = run('node', [runner, JSON.stringify(scans)], root, SCAN_TIMEOUT_MS, { ...env, TMPDIR: workDir });
		[tarball, tampered, source] = JSON.parse(stdout) as ScanResult[];
	}, SCAN_TIMEOUT_MS + 30_000);

	afterAll(() => {
		if (workDir) rmSync(workDir, { recursive: true, force: true });
	});

	it('ships compiled .js for every node and credential, so the scan has something to lint', () => {
		const shipped = shippedJsFiles(packageDir);
		expect(shipped).toEqual(expect.arrayContaining(['dist/nodes/Awork/Awork.node.js', 'dist/credentials/AworkSuiteApi.credentials.js']));
		expect(shipped.length).toBeGreaterThan(50);
	});

	it('finds no violations in the shipped .js and package.json', () => {
		expect(problemsOf(tarball)).toEqual([]);
		expect(tarball.message).toBeNull();
		expect(tarball.passed).toBe(true);
	});

	it('reports a shipped file that uses process.env, setTimeout and require("fs")', () => {
		expect(tampered.passed).toBe(false);
		const rules = problemsOf(tampered)
			.filter((p) => p.file === 'dist/nodes/Awork/Tampered.js' && p.severity === 'error')
			.map((p) => p.rule);
		expect(rules).toEqual(expect.arrayContaining(['@n8n/community-nodes/no-restricted-globals', '@n8n/community-nodes/no-restricted-imports']));
		// Only the injected file is at fault: the rest of the copy is the clean tarball.
		expect(problemsOf(tampered).every((p) => p.file === 'dist/nodes/Awork/Tampered.js')).toBe(true);
	});

	it('finds no violations in the source the provenance points at (the scanner ignores eslint-disable comments)', () => {
		expect(problemsOf(source)).toEqual([]);
		expect(source.passed).toBe(true);
	});
});
