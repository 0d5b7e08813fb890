/**
 * This package as n8n gets it: `npm pack` of the built checkout, unpacked where n8n loads community
 * packages from (`<user folder>/.n8n/nodes/node_modules/<name>`), exactly the files that ship.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

export const PACKAGE_ROOT = resolve(__dirname, '..', '..');
export const PACKAGE_NAME: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')).name;

/** Packs the checkout (which must be built) into a temporary folder; returns the tarball's path. */
export function packPackage(destination = mkdtempSync(join(tmpdir(), 'awork-pack-'))): string {
	if (!existsSync(join(PACKAGE_ROOT, 'dist', 'nodes', 'Awork', 'Awork.node.js'))) {
		throw new Error(`${PACKAGE_ROOT}/dist is missing: run 'npm run build' first`);
	}
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], { cwd: PACKAGE_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
	const [{ filename }] = JSON.parse(output) as Array<{ filename: string }>;
	return join(destination, filename);
}

/**
 * Unpacks the tarball as an installed community package of the n8n user folder, with nothing
 * beside it: n8n-workflow and luxon must resolve the way n8n resolves them for community packages.
 */
export function installPackage(tarball: string, userFolder: string): string {
	const modules = join(userFolder, '.n8n', 'nodes', 'node_modules');
	const target = join(modules, PACKAGE_NAME);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
	return target;
}
