/**
 * n8n's editor (2.x) as a user drives it, by its `data-test-id` attributes: sign in, open a
 * workflow and a node, use a resource locator's searchable list and a loaded dropdown, run the
 * node. Every wait is bounded and says what it waited for.
 */
import type { Locator, Page } from 'playwright-core';

export const STEP_TIMEOUT_MS = 30_000;

/** Polls `probe` until it returns something other than undefined; fails with `what` and the last value seen. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = STEP_TIMEOUT_MS): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last: unknown;
	for (;;) {
		try {
			const value = await probe();
			if (value !== undefined) return value;
		} catch (error) {
			last = (error as Error).message;
		}
		if (Date.now() > deadline) throw new Error(`Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${last ? ` (last: ${String(last).slice(0, 300)})` : ''}`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** The texts of `items`, once the list stopped changing (the editor fills lists asynchronously). */
async function settledTexts(what: string, items: Locator, ready: (texts: string[]) => boolean = (texts) => texts.length > 0): Promise<string[]> {
	let previous = '';
	return await waitFor(what, async () => {
		const texts = (await items.allInnerTexts()).map((text) => text.trim());
		const key = JSON.stringify(texts);
		const stable = key === previous && ready(texts);
		previous = key;
		return stable ? texts : undefined;
	});
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
	await page.goto(`${baseUrl}/signin`);
	const form = page.getByTestId('signin-form');
	await form.getByTestId('emailOrLdapLoginId').locator('input').fill(email);
	await form.getByTestId('password').locator('input').fill(password);
	await form.getByTestId('form-submit-button').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'), { timeout: STEP_TIMEOUT_MS });
}

/** Closes whatever first-run dialog, banner or notice n8n shows over the canvas. */
export async function dismissNotices(page: Page): Promise<void> {
	for (const selector of ['[data-test-id$="-modal"] [data-test-id="dialog-close-button"]', '.el-dialog__headerbtn', '[data-test-id^="banner-"][data-test-id$="-close"]', '.el-notification__closeBtn']) {
		for (const close of await page.locator(selector).all()) {
			if (await close.isVisible().catch(() => false)) await close.click().catch(() => undefined);
		}
	}
}

export async function openWorkflow(page: Page, baseUrl: string, workflowId: string): Promise<void> {
	await page.goto(`${baseUrl}/workflow/${workflowId}`);
	await page.getByTestId('canvas-node').first().waitFor({ timeout: STEP_TIMEOUT_MS });
	await dismissNotices(page);
}

/** Opens a node's panel (NDV) from the canvas. */
export async function openNode(page: Page, nodeName: string): Promise<Locator> {
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName}"]`).dblclick();
	const ndv = page.getByTestId('ndv');
	await ndv.waitFor({ timeout: STEP_TIMEOUT_MS });
	return ndv;
}

/** Switches a resource locator to "From list" (from an expression too) and opens its list; returns the names listed. */
export async function openLocatorList(page: Page, parameterName: string): Promise<string[]> {
	const locator = page.getByTestId(`resource-locator-${parameterName}`);
	const item = page.getByTestId('parameter-item').filter({ has: locator });
	await item.hover();
	const fixed = item.getByTestId('radio-button-fixed');
	// An example that sets the project by expression shows the Fixed / Expression toggle.
	if (await fixed.isVisible().catch(() => false)) await fixed.click();
	await locator.getByTestId('rlc-mode-selector').click();
	await page.getByRole('option', { name: 'From list', exact: true }).click();
	await locator.getByTestId('rlc-input').click();
	return await listedItems(page, `the "${parameterName}" list to show results`);
}

export async function listedItems(page: Page, what: string, ready?: (names: string[]) => boolean): Promise<string[]> {
	return await settledTexts(what, page.getByTestId('rlc-item'), ready);
}

/** Types into the open list's search box; returns the names listed once they match `ready`. */
export async function searchLocatorList(page: Page, text: string, ready: (names: string[]) => boolean): Promise<string[]> {
	await page.getByTestId('rlc-search').fill(text);
	return await listedItems(page, `the list to answer the search "${text}"`, ready);
}

export async function pickListItem(page: Page, name: string): Promise<void> {
	await page.getByTestId('rlc-item').filter({ hasText: name }).first().click();
}

/** Adds an optional field of a collection parameter ("Add Field"). */
export async function addCollectionField(page: Page, collectionLabel: string, fieldLabel: string): Promise<void> {
	const collection = page.getByTestId('parameter-item').filter({ has: page.getByTestId('input-label').filter({ hasText: new RegExp(`^${collectionLabel}`) }) });
	await collection.getByTestId('collection-parameter-add').first().click();
	await page.getByTestId('collection-parameter-option').filter({ hasText: new RegExp(`^${fieldLabel}$`) }).click();
}

/** Opens a dropdown whose options load from the node (`loadOptions`); returns their names. */
export async function openLoadedDropdown(page: Page, parameterName: string): Promise<string[]> {
	const input = page.getByTestId(`parameter-input-${parameterName}`);
	const options = page.locator('[data-test-id="parameter-input-item"]:visible');
	// A click while the panel re-renders (a field was just added) can be lost: click until it opens.
	await waitFor(`the "${parameterName}" dropdown to open`, async () => {
		if ((await options.count()) > 0 || (await input.locator('[aria-expanded="true"]').count()) > 0) return true;
		await input.click();
		await page.waitForTimeout(500);
		return undefined;
	});
	return await settledTexts(`the "${parameterName}" dropdown to load its options`, page.locator('[data-test-id="parameter-input-item"]:visible .option-headline'));
}

export async function pickDropdownOption(page: Page, name: string): Promise<void> {
	await page.locator('[data-test-id="parameter-input-item"]:visible').filter({ has: page.locator('.option-headline', { hasText: new RegExp(`^${name}$`) }) }).click();
}

/** The value a dropdown shows now. */
export async function dropdownValue(page: Page, parameterName: string): Promise<string> {
	return await page.getByTestId(`parameter-input-${parameterName}`).locator('input').inputValue();
}

/** The NDV's Output panel (its test id differs before and after a run). */
export function outputPanel(page: Page): Locator {
	return page.locator('[data-test-id="ndv"] [data-test-id="output-panel"], [data-test-id="ndv"] [data-test-id="ndv-output-panel"]').first();
}

/** The Output panel's text once it shows `expected` (the run finished and its items are rendered). */
export async function outputShowing(page: Page, expected: string, timeoutMs = 60_000): Promise<string> {
	const output = outputPanel(page);
	return await waitFor(
		`the Output panel to show "${expected}"`,
		async () => {
			const text = await output.innerText({ timeout: 2000 });
			return text.includes(expected) ? text : undefined;
		},
		timeoutMs,
	);
}

/** Switches the Output panel to one of its display modes (Schema, Table, JSON). */
export async function showOutputAs(page: Page, mode: 'schema' | 'table' | 'json'): Promise<void> {
	await outputPanel(page).getByTestId('ndv-run-data-display-mode').getByTestId(`radio-button-${mode}`).click();
}
