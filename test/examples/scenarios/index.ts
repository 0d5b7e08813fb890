/**
 * The shipped example workflows as runnable scenarios: one definition that two runners use, the
 * jest runner on n8n-core (`test/examples/*.test.ts`, via `runScenario.ts`) and the e2e runner on a
 * real n8n server (`test/e2e/`). Both run against a sandbox with the demo workspace.
 *
 * How a runner runs a scenario:
 * 1. Start a sandbox (`startSandbox({ workspace: 'demo', … })`) and point the workflow's awork
 *    credential (`aworkSuiteApi`: `baseUrl` = `sandbox.baseUrl`, `apiKey` = `sandbox.apiKey`) at it.
 * 2. `prepared = await scenario.prepare?.({ api, store })`, with `api = aworkApi(sandbox)`.
 * 3. Import `scenario.file` (n8n export JSON). The trigger node is `scenario.trigger`; by its type:
 *    - `n8n-nodes-base.manualTrigger` or `n8n-nodes-base.scheduleTrigger`: replace that node (same
 *      name and connections) by a Webhook node (`n8n-nodes-base.webhook`, POST, `responseMode:
 *      'lastNode'`, `responseData: 'allEntries'`) and POST `scenario.input` to it. These examples
 *      never read their trigger's item, so the replacement changes nothing downstream.
 *    - `n8n-nodes-base.webhook`: keep it (it already answers with `lastNode` / `allEntries`) and
 *      POST `scenario.input` as the JSON body to its path (`parameters.path`).
 *    - `n8n-nodes-awork-suite.aworkTrigger`: activate the workflow (the trigger registers its
 *      webhook in the sandbox), then `await scenario.cause!({ api, store }, prepared)`; the
 *      sandbox delivers the event to n8n. Wait until that execution has finished (bounded).
 * 4. `await scenario.check(sandbox.store, { prepared, requests, response, output })` (jest `expect` inside;
 *    it throws when the workspace is not as the example promises). `response` is the webhook's
 *    answer (the last node's items' json) or undefined for event-started scenarios; `output` is
 *    optional: a runner that can read a node's items (n8n's execution data) passes it.
 *
 * A scenario's checks read only the sandbox's state (and `response` where stated), so both runners
 * hold the example to the same promise.
 */
import type { IDataObject } from 'n8n-workflow';
import { join } from 'path';

import type { Store } from '../../sandbox/store';
import type { RequestLogEntry } from '../../sandbox/types';
import { createTasksFromData } from './createTasksFromData';
import { psaIntegration } from './psaIntegration';
import { reactToTaskStatus } from './reactToTaskStatus';
import { syncBillableTime } from './syncBillableTime';

/** A JSON call to awork's API v1 (path after `/api/v1`), failing on any non-2xx answer. */
export type AworkApi = <T = any>(method: string, path: string, body?: unknown) => Promise<T>;

export interface ScenarioContext {
	api: AworkApi;
	/** The sandbox's state (read it; change it through `api`). */
	store: Store;
}

export interface ScenarioRun<Prepared = unknown> {
	/** What `prepare` returned (undefined without one). */
	prepared: Prepared;
	/** The sandbox's request log of the run (`sandbox.requests` after a `resetLog()` once `prepare` is done). */
	requests: RequestLogEntry[];
	/** The json of the items the workflow answered its webhook call with; undefined for event-started scenarios. */
	response?: IDataObject[];
	/** A node's output items' json in its last run, when the runner can read them. */
	output?: (nodeName: string) => IDataObject[];
}

export interface Scenario<Prepared = unknown> {
	/** The example, as the test names it. */
	title: string;
	/** Absolute path of the workflow file (`examples/*.json`). */
	file: string;
	/** Name of the trigger node in the file. */
	trigger: string;
	/** The JSON the trigger fires with: the webhook body (`{}` for manual and schedule triggers). */
	input: IDataObject;
	/** Setup in the sandbox before the run, e.g. entities the run should act on. */
	prepare?(context: ScenarioContext): Promise<Prepared>;
	/** For an awork Trigger: the API call(s) that make awork send the event. */
	cause?(context: ScenarioContext, prepared: Prepared): Promise<void>;
	/** Asserts (jest `expect`) the sandbox's state after the run. */
	check(store: Store, run: ScenarioRun<Prepared>): void | Promise<void>;
}

/** The folder of the shipped example workflows. */
export const EXAMPLES_DIR = join(__dirname, '..', '..', '..', 'examples');

/** An `AworkApi` on a sandbox (or any awork base URL and API key). */
export function aworkApi(target: { baseUrl: string; apiKey: string }): AworkApi {
	return async <T = any>(method: string, path: string, body?: unknown): Promise<T> => {
		const response = await fetch(`${target.baseUrl}${path}`, {
			method,
			headers: { authorization: `Bearer ${target.apiKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(10_000),
		});
		const text = await response.text();
		if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
		return (text ? JSON.parse(text) : undefined) as T;
	};
}

export const SCENARIOS: Scenario<any>[] = [psaIntegration, createTasksFromData, syncBillableTime, reactToTaskStatus];
