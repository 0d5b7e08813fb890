/** Starting the awork sandbox for a test file, and the credentials that point at it. */
import { startSandbox, type Sandbox, type SandboxOptions } from '../sandbox';
import type { TestCredentials } from './runNode';

/** Starts a sandbox before the file's tests and stops it after; asserts at the end that no request was one awork would reject. */
export function useSandbox(options: SandboxOptions = {}, { expectNoViolations = true } = {}): () => Sandbox {
	let sandbox: Sandbox | undefined;
	beforeAll(async () => {
		sandbox = await startSandbox({ port: 0, ...options });
	});
	afterAll(async () => {
		const violations = sandbox?.violations ?? [];
		await sandbox?.stop();
		if (expectNoViolations) expect(violations).toEqual([]);
	});
	return () => {
		if (!sandbox) throw new Error('sandbox not started');
		return sandbox;
	};
}

export function apiKeyCredentials(sandbox: Sandbox, apiKey = sandbox.apiKey, id = 'credential-1'): TestCredentials {
	return { type: 'aworkSuiteApi', id, data: { apiKey, baseUrl: sandbox.baseUrl } };
}
