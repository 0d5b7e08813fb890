/**
 * The built package as n8n loads a community package: n8n-core's PackageDirectoryLoader reads the
 * `n8n` section of package.json and requires the compiled files in `dist/` (`npm test` builds
 * before jest runs). A real n8n server loading the packed tarball is checked separately.
 */
import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join, resolve } from 'path';
import { PackageDirectoryLoader } from 'n8n-core';
import type { INodeTypeDescription } from 'n8n-workflow';

const root = resolve(__dirname, '..', '..');

describe('the built package', () => {
	let loader: PackageDirectoryLoader;

	beforeAll(async () => {
		if (!existsSync(join(root, 'dist', 'nodes'))) throw new Error('dist/ is missing: run `npm run build` first');
		loader = new PackageDirectoryLoader(root);
		await loader.loadAll();
	});

	it('registers the awork node and both triggers under the package name', () => {
		expect(Object.keys(loader.known.nodes).sort()).toEqual(['awork', 'aworkPollTrigger', 'aworkTrigger']);
		expect(loader.packageName).toMatch(/^n8n-nodes-/);
		const awork = loader.getNode('awork').type.description as INodeTypeDescription;
		expect(awork.usableAsTool).toBe(true);
		expect(awork.credentials?.map((c) => c.name)).toEqual(['aworkSuiteApi', 'aworkSuiteOAuth2Api']);
	});

	it('registers both credentials, names that do not clash with the vendor node', () => {
		expect(Object.keys(loader.known.credentials).sort()).toEqual(['aworkSuiteApi', 'aworkSuiteOAuth2Api']);
		expect(loader.known.credentials).not.toHaveProperty('aworkApi');
		expect(loader.getCredential('aworkSuiteOAuth2Api').type.extends).toEqual(['oAuth2Api']);
	});

	it('ships light and dark icons the nodes and credentials point at', () => {
		const described = [
			loader.getNode('awork').type.description,
			loader.getNode('aworkTrigger').type.description,
			loader.getCredential('aworkSuiteApi').type,
			loader.getCredential('aworkSuiteOAuth2Api').type,
		];
		for (const { iconUrl } of described) {
			const { light, dark } = iconUrl as { light: string; dark: string };
			expect(light).not.toBe(dark);
			for (const url of [light, dark]) {
				// n8n serves `icons/<package>/<path inside the package>`.
				const file = join(root, url.replace(`icons/${loader.packageName}/`, ''));
				expect(existsSync(file)).toBe(true);
			}
		}
	});

	it('packs only dist/, package.json, README.md and LICENSE, with no runtime dependencies', () => {
		const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
		expect(packed.status).toBe(0);
		const [{ files }] = JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>;
		const outside = files.map((f) => f.path).filter((path) => !path.startsWith('dist/'));
		expect(outside.sort()).toEqual(['LICENSE', 'README.md', 'package.json']);
		expect(files.some((f) => f.path === 'dist/nodes/Awork/Awork.node.js')).toBe(true);
		const manifest = loader.packageJson as unknown as Record<string, unknown> & {
			keywords: string[];
			peerDependencies?: Record<string, string>;
		};
		expect(manifest.dependencies ?? {}).toEqual({});
		expect(Object.keys(manifest.peerDependencies ?? {})).toEqual(['n8n-workflow']);
		expect(manifest.keywords).toContain('n8n-community-node-package');
		expect(manifest.license).toBe('MIT');
	});
});
