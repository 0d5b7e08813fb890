/**
 * Whole-API coverage: every operation of both specs is called once against a demo workspace, with
 * the spec's sample request and path/query/body IDs pointing at entities that exist and belong
 * together (see `coverage-requests/`). Every answer must be a status the spec declares (a 2xx where it
 * declares one), hold to the spec's response schema, and no request may count as one the real API
 * would reject. Reads run first, then changes, then deletes (children before their parents).
 */
import type { Workspace } from './coverage-requests/path-ids';
import { callOrder, requestFor, SEED, uploadTemporaryFiles } from './coverage-requests/plan';
import type { CoverageRequest } from './coverage-requests/recipes';
import { loadSpecs } from './spec/load';
import { Router } from './spec/router';
import { startSandbox } from './server';
import { operationKey, type Sandbox, type SpecOperation } from './types';

/**
 * Operations whose stateful handler rightly answers even a well-chosen request with a documented
 * awork error. Keep this list short and explained.
 */
const EXPECTED_ERRORS: Record<string, { status: number; code: string; why: string }> = {};

interface Outcome {
	key: string;
	status: number;
	code?: string;
	/** The start of the error's description (or first validation error), so a failure says why. */
	reason?: string;
}

function formOf(multipart: NonNullable<CoverageRequest['multipart']>): FormData {
	const form = new FormData();
	for (const [name, value] of Object.entries(multipart.fields ?? {})) form.append(name, String(value));
	for (const file of multipart.files ?? []) {
		form.append(file.fieldName, new Blob([file.data], { type: file.contentType }), file.fileName);
	}
	return form;
}

async function callOperation(sandbox: Sandbox, ws: Workspace, op: SpecOperation): Promise<Outcome> {
	const key = operationKey(op);
	const request = requestFor(ws, op);
	const path = op.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(request.params[name]));
	const url = new URL((op.api === 'v2' ? sandbox.baseUrlV2 : sandbox.baseUrl) + path);
	for (const [name, value] of Object.entries(request.query)) url.searchParams.append(name, String(value));
	const headers: Record<string, string> = { ...request.headers, authorization: `Bearer ${sandbox.apiKey}` };
	let payload: string | FormData | undefined;
	if (request.multipart) payload = formOf(request.multipart);
	else if (request.body !== undefined) {
		payload = JSON.stringify(request.body);
		headers['content-type'] = 'application/json';
	}
	const response = await fetch(url, { method: op.method, headers, body: payload });
	const text = await response.text();
	if (response.status < 400) return { key, status: response.status };
	try {
		const error = JSON.parse(text);
		const firstValidation = error.validationErrors?.[0];
		const reason: string | undefined = firstValidation ? `${firstValidation.property}: ${firstValidation.message}` : error.description;
		return { key, status: response.status, code: error.code, reason: reason?.slice(0, 160) };
	} catch {
		return { key, status: response.status, code: text.slice(0, 80) };
	}
}

describe('whole-API coverage', () => {
	let sandbox: Sandbox;
	let ws: Workspace;
	const operations = new Router(loadSpecs()).operations();

	beforeAll(async () => {
		sandbox = await startSandbox({ seed: SEED, workspace: 'demo', validateResponses: true, rateLimit: false });
		ws = { store: sandbox.store, apiUserId: sandbox.store.apiKeys.get(sandbox.apiKey)! };
		await uploadTemporaryFiles(sandbox);
		sandbox.resetLog();
	});

	afterAll(async () => {
		await sandbox?.stop();
	});

	it('knows every operation of both specs', () => {
		const v1 = operations.filter((op) => op.api === 'v1').length;
		const v2 = operations.filter((op) => op.api === 'v2').length;
		expect(v1).toBe(707);
		expect(v2).toBeGreaterThan(0);
	});

	it('answers every operation with a declared 2xx (or its only declared status) that holds to the spec', async () => {
		const ordered = [...operations].sort(callOrder);
		const outcomes: Outcome[] = [];
		for (const op of ordered) outcomes.push(await callOperation(sandbox, ws, op));

		const byKey = new Map(operations.map((op) => [operationKey(op), op]));
		const unexpected: string[] = [];
		let ok = 0;
		let expectedErrors = 0;
		for (const outcome of outcomes) {
			const declared = Object.keys(byKey.get(outcome.key)!.operation.responses ?? {});
			const expected = EXPECTED_ERRORS[outcome.key];
			// A few operations declare no success at all (GET /invitations only answers 404).
			const success = declared.some((status) => status.startsWith('2'))
				? outcome.status >= 200 && outcome.status < 300
				: true;
			if (success && declared.includes(String(outcome.status))) ok++;
			else if (expected && expected.status === outcome.status && expected.code === outcome.code) expectedErrors++;
			else {
				const why = outcome.reason ? ` — ${outcome.reason}` : '';
				unexpected.push(`${outcome.key} → ${outcome.status} ${outcome.code ?? ''} (declared ${declared.join(',')})${why}`);
			}
		}
		const expectedViolations = new Set(Object.keys(EXPECTED_ERRORS));
		const violations = sandbox.violations
			.filter((v) => !v.operation || !expectedViolations.has(v.operation))
			.map((v) => `${v.method} ${v.url} → ${v.status} ${v.code}: ${v.validationErrors?.map((e) => `${e.property}: ${e.message}`).join('; ') ?? v.description.slice(0, 300)}`);
		const responseViolations = sandbox.responseViolations.map((v) => `${v.operation} ${v.status}: ${v.errors.join('; ')}`);

		// The counts, for the report.
		console.log(
			`coverage: ${outcomes.length} operations called, ${ok} declared answers, ` +
				`${expectedErrors} expected errors, ${unexpected.length} unexpected, ` +
				`${violations.length} violations, ${responseViolations.length} response violations`,
		);
		expect(unexpected).toEqual([]);
		expect(violations).toEqual([]);
		expect(responseViolations).toEqual([]);
	});
});
