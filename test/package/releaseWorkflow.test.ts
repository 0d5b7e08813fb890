/**
 * The release workflow (.github/workflows/release.yml) does what n8n's verification needs: publishes
 * only from version tags, with npm provenance, after the tests, and only when the tag is package.json's version.
 */
import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join, resolve } from 'path';

// js-yaml comes with eslint (a devDependency) and ships no types.
const { load } = require('js-yaml') as { load(text: string): unknown };

const root = resolve(__dirname, '..', '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	with?: Record<string, string>;
	env?: Record<string, string>;
}

interface Workflow {
	on: { push?: { tags?: string[]; branches?: string[] }; [trigger: string]: unknown };
	permissions?: Record<string, string>;
	jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const workflow = load(readFileSync(join(root, '.github', 'workflows', 'release.yml'), 'utf8')) as Workflow;
const jobs = Object.values(workflow.jobs);
const publishJob = jobs.find((job) => job.steps.some((step) => step.run?.includes('npm publish')));
const steps = publishJob?.steps ?? [];
const indexOf = (matches: (step: Step) => boolean | undefined) => steps.findIndex((step) => matches(step));
const publishAt = indexOf((step) => step.run?.includes('npm publish'));
const tagCheckAt = indexOf((step) => step.run?.includes('GITHUB_REF_NAME'));

/** GitHub's filter glob: `*` is any run of characters except `/`. */
function matchesFilter(pattern: string, ref: string): boolean {
	const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*');
	return new RegExp(`^${source}$`).test(ref);
}

/** Runs the tag check step's script as the runner would, in the checkout, for a pushed tag. */
function runTagCheck(tag: string) {
	return spawnSync('bash', ['-e', '-c', steps[tagCheckAt].run ?? ''], {
		cwd: root,
		encoding: 'utf8',
		timeout: 10_000,
		env: { ...process.env, GITHUB_REF_NAME: tag },
	});
}

describe('the release workflow', () => {
	it('has exactly one job that publishes', () => {
		expect(jobs.filter((job) => job.steps.some((step) => step.run?.includes('npm publish')))).toHaveLength(1);
	});

	it('runs on version tags only, not on branch pushes', () => {
		const tags = workflow.on.push?.tags ?? [];
		expect(tags.some((pattern) => matchesFilter(pattern, `v${version}`))).toBe(true);
		expect(tags.some((pattern) => matchesFilter(pattern, 'v1.20.3'))).toBe(true);
		expect(tags.some((pattern) => matchesFilter(pattern, 'nightly'))).toBe(false);
		expect(workflow.on.push?.branches).toBeUndefined();
		expect(Object.keys(workflow.on)).toEqual(['push']);
	});

	it('may mint the OIDC token provenance needs, and only reads the repository', () => {
		const permissions = { ...workflow.permissions, ...publishJob?.permissions };
		expect(permissions['id-token']).toBe('write');
		expect(permissions.contents).toBe('read');
	});

	it('publishes publicly with provenance, authenticated by the NPM_TOKEN secret', () => {
		const publish = steps[publishAt];
		expect(publish.run).toMatch(/^npm publish\b.*--provenance/m);
		expect(publish.run).toContain('--access public');
		expect(publish.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
		const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
		// Without registry-url, setup-node writes no .npmrc and NODE_AUTH_TOKEN is never used.
		expect(setupNode?.with?.['registry-url']).toBe('https://registry.npmjs.org');
	});

	it('installs from the lockfile and runs the whole test suite before publishing', () => {
		const installAt = indexOf((step) => step.run?.trim().startsWith('npm ci'));
		const testAt = indexOf((step) => step.run?.trim() === 'npm test');
		expect(installAt).toBeGreaterThanOrEqual(0);
		expect(testAt).toBeGreaterThan(installAt);
		expect(publishAt).toBeGreaterThan(testAt);
	});

	it("checks the tag against package.json's version before publishing", () => {
		expect(tagCheckAt).toBeGreaterThanOrEqual(0);
		expect(tagCheckAt).toBeLessThan(publishAt);
		expect(runTagCheck(`v${version}`).status).toBe(0);
		const mismatch = runTagCheck(`v${version}1`);
		expect(mismatch.status).not.toBe(0);
		expect(mismatch.stdout).toContain(`expected v${version}`);
		expect(runTagCheck(version).status).not.toBe(0);
	});
});
