/**
 * The awork node in n8n's editor, in a real browser (n8n 2.x, headless Chromium): sign in, open the
 * shipped "create tasks from incoming data" example, pick the project of its "Create task" node
 * from the searchable list and a task status from the dropdown that depends on it (both loaded
 * from the awork sandbox), execute the node and see the created task in the Output panel.
 * Screenshots go to test-artifacts/e2e/ on every run; a passing run refreshes the README's.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';

import { installPackage, packPackage, PACKAGE_ROOT } from '../../../scripts/n8n/pack';
import { ensureRuntime } from '../../../scripts/n8n/runtime';
import { startN8n, type N8nServer } from '../../../scripts/n8n/server';
import { startSandbox, type Sandbox } from '../../sandbox';
import { launchChromium, type Browser } from './chromium';
import * as editor from './editorPage';
import { callTestWebhook, OWNER, prepareEditor, type EditorFixture } from './n8nSetup';

const EXAMPLE = 'create-tasks-from-data.json';
const NODE = 'Create task';
/** Typed into the project list's search box; the expected results come from the sandbox's store. */
// Typed in lower case: the picker's search ignores case, as a search box should.
const SEARCH = 'hafenkante';
const matches = (name: string) => name.toLowerCase().includes(SEARCH);
/** The sandbox is fresh each run, so a plain name is unique (checked before the run). */
const TASK_NAME = 'Review the new landing page';

const ARTIFACTS = join(PACKAGE_ROOT, 'test-artifacts', 'e2e');
const README_IMAGES = join(PACKAGE_ROOT, 'docs', 'images');
const SHOTS = { panel: 'editor-node-panel.png', output: 'editor-output.png' };

const progress = (message: string) => process.stderr.write(`[browser e2e] ${message}\n`);

interface Named {
	id: string;
	name: string;
}

describe("the awork node in n8n's editor (n8n 2.x, headless Chromium)", () => {
	let browser: Browser | undefined;
	let sandbox: Sandbox | undefined;
	let n8n: N8nServer | undefined;
	let userFolder: string | undefined;
	let fixture: EditorFixture;
	let page: Page;

	beforeAll(async () => {
		mkdirSync(ARTIFACTS, { recursive: true });
		// The browser first: a missing Chromium fails in seconds, not after n8n started.
		browser = await launchChromium();
		const runtime = await ensureRuntime('2.x', progress);
		sandbox = await startSandbox({ port: 0, workspace: 'demo', rateLimit: false });
		userFolder = mkdtempSync(join(tmpdir(), 'awork-browser-e2e-'));
		installPackage(packPackage(), userFolder);
		n8n = await startN8n({ runtime, userFolder });
		fixture = await prepareEditor(n8n, sandbox, EXAMPLE);
		page = await browser.context.newPage();
		page.setDefaultTimeout(editor.STEP_TIMEOUT_MS);
	}, 30 * 60_000);

	afterAll(async () => {
		// Each one is ended even when another fails to end.
		await browser?.close().catch((error) => progress(`closing Chromium: ${error}`));
		await n8n?.stop().catch((error) => progress(`stopping n8n: ${error}`));
		await sandbox?.stop().catch((error) => progress(`stopping the sandbox: ${error}`));
		if (userFolder) rmSync(userFolder, { recursive: true, force: true });
	}, 60_000);

	/** Runs one step; a failure names the step and leaves a screenshot of the page as it was. */
	async function step<T>(what: string, body: () => Promise<T>): Promise<T> {
		try {
			return await body();
		} catch (error) {
			await page.screenshot({ path: join(ARTIFACTS, 'editor-failure.png') }).catch(() => undefined);
			throw new Error(`Browser step "${what}" failed (screenshot: test-artifacts/e2e/editor-failure.png): ${(error as Error).message}${n8n && !n8n.alive() ? `\nn8n is no longer running; its log tail:\n${n8n.logTail()}` : ''}`);
		}
	}

	async function sandboxGet<T>(path: string): Promise<T> {
		const response = await fetch(`${sandbox!.baseUrl}${path}`, { headers: { authorization: `Bearer ${sandbox!.apiKey}` }, signal: AbortSignal.timeout(10_000) });
		if (!response.ok) throw new Error(`sandbox GET ${path} answered ${response.status}`);
		return (await response.json()) as T;
	}

	test('picks a project and a status loaded from awork, executes the node and shows the created task', async () => {
		const projects = sandbox!.store.collection<Named>('projects').all();
		const searched = projects.filter((project) => matches(project.name));
		expect(searched.length).toBeGreaterThan(0);
		const tasksNamed = () => sandbox!.store.collection<Named & { projectId: string; taskStatusId: string }>('tasks').where((task) => task.name === TASK_NAME);
		expect(tasksNamed()).toHaveLength(0);

		await step('sign in', () => editor.signIn(page, n8n!.baseUrl, OWNER.email, OWNER.password));
		await step(`open the example "${fixture.example.name}"`, () => editor.openWorkflow(page, n8n!.baseUrl, fixture.workflowId));
		await step(`open the "${NODE}" node`, () => editor.openNode(page, NODE));

		const listed = await step('open the project list', () => editor.openLocatorList(page, 'project'));
		expect([...listed].sort()).toEqual(projects.map((project) => project.name).sort());

		const found = await step(`search the project list for "${SEARCH}"`, () =>
			editor.searchLocatorList(page, SEARCH, (names) => names.length === searched.length && names.every(matches)),
		);
		expect([...found].sort()).toEqual(searched.map((project) => project.name).sort());
		const project = searched.find((candidate) => candidate.name === found[found.length - 1])!;
		await step(`pick the project "${project.name}"`, () => editor.pickListItem(page, project.name));

		await step('add the Status field', () => editor.addCollectionField(page, 'Additional Fields', 'Status Name or ID'));
		const statusNames = await step('open the Status dropdown', () => editor.openLoadedDropdown(page, 'taskStatusId'));
		const statuses = await sandboxGet<Named[]>(`/projects/${project.id}/taskstatuses`);
		expect([...statusNames].sort()).toEqual(statuses.map((status) => status.name).sort());
		await page.screenshot({ path: join(ARTIFACTS, SHOTS.panel) });
		// Not the first one: that is what awork would pick anyway.
		const status = statuses.find((candidate) => candidate.name === statusNames[1])!;
		await step(`pick the status "${status.name}"`, () => editor.pickDropdownOption(page, status.name));
		expect(await editor.dropdownValue(page, 'taskStatusId')).toBe(status.name);

		// The example starts with a Webhook trigger: "Execute step" makes the editor listen for one test call.
		await step('execute the node', () => page.getByTestId('ndv').getByTestId('node-execute-button').click());
		const answer = await step('send the example its incoming data', () =>
			callTestWebhook<Array<{ id: string; name: string }>>(fixture.client, 'awork-create-tasks', { project: project.name, tasks: [{ name: TASK_NAME }] }),
		);
		const shown = await step('see the created task in the Output panel', () => editor.outputShowing(page, TASK_NAME));
		await page.screenshot({ path: join(ARTIFACTS, SHOTS.output) });

		const created = tasksNamed();
		expect(created).toHaveLength(1);
		expect(created[0]).toMatchObject({ projectId: project.id, taskStatusId: status.id });
		expect(answer.map((task) => task.id)).toEqual([created[0].id]);
		expect(shown).toContain(created[0].id);
		expect(sandbox!.violations).toEqual([]);

		mkdirSync(README_IMAGES, { recursive: true });
		for (const file of Object.values(SHOTS)) copyFileSync(join(ARTIFACTS, file), join(README_IMAGES, file));
	});
});
