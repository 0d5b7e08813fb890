/**
 * Debian's Chromium, headless, driven by playwright-core (Playwright's own browser download cannot
 * work here). A fresh profile per launch; closing removes it.
 */
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, selectors, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const LAUNCH_TIMEOUT_MS = 60_000;

// Without the background-networking flags, Chromium's own outbound connections get refused many at a time here.
const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface Browser {
	context: BrowserContext;
	close(): Promise<void>;
}

export async function launchChromium(viewport = { width: 1600, height: 1000 }): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(`${CHROMIUM_PATH} is missing: the browser test needs Debian's Chromium; install it with 'apt-get install -y chromium' (as root)`);
	}
	// n8n marks its elements with `data-test-id`, so getByTestId() finds them.
	selectors.setTestIdAttribute('data-test-id');
	const profile = mkdtempSync(join(tmpdir(), 'awork-chromium-'));
	// launchPersistentContext is how Playwright takes a user data dir (it refuses `--user-data-dir` in args).
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: ARGS,
		viewport,
		timeout: LAUNCH_TIMEOUT_MS,
	});
	return {
		context,
		close: async () => {
			await context.close().catch(() => undefined);
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
