/**
 * The setup every resource test file shares, written once: a sandbox for the file, running the node
 * on one resource (and operation), direct API calls to set up state outside the node, and the store.
 */
import type { IDataObject } from 'n8n-workflow';

import type { SandboxOptions } from '../sandbox';
import { runNode, type RunNodeResult } from './runNode';
import { apiKeyCredentials, useSandbox } from './sandbox';

/** A resource locator value as the editor stores it. */
export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

export interface ResourceSuiteOptions {
	/** Preset on every run (a run's own `operation` parameter wins). */
	operation?: string;
	/** Merged over `{ rateLimit: false }`. */
	sandbox?: SandboxOptions;
}

export function resourceSuite(resource: string, options: ResourceSuiteOptions = {}) {
	const sandbox = useSandbox({ rateLimit: false, ...options.sandbox });
	const store = () => sandbox().store;
	const preset = options.operation === undefined ? { resource } : { resource, operation: options.operation };

	return {
		sandbox,
		store,
		collection: <T extends { id: string }>(name: string) => store().collection<T>(name),

		/** Runs the node on this resource with the sandbox's API key credential. */
		async run(parameters: Record<string, unknown>, items?: Array<Record<string, unknown>>, continueOnFail = false): Promise<RunNodeResult> {
			return await runNode({
				parameters: { ...preset, ...parameters } as never,
				items,
				credentials: apiKeyCredentials(sandbox()),
				settings: continueOnFail ? { continueOnFail: true } : undefined,
			});
		},

		/** A direct call to the sandbox's API, for setting up state without the node under test. Throws unless 2xx. */
		async api<T = IDataObject>(method: string, path: string, body?: unknown): Promise<T> {
			const response = await fetch(`${sandbox().baseUrl}${path}`, {
				method,
				headers: { Authorization: `Bearer ${sandbox().apiKey}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
				body: body === undefined ? undefined : JSON.stringify(body),
			});
			const text = await response.text();
			if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
			return (text ? JSON.parse(text) : undefined) as T;
		},

		/** The ID of the user the sandbox's API key acts as. */
		apiUserId: () => store().apiKeys.get(sandbox().apiKey)!,
	};
}
