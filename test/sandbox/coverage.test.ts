/**
 * Whole-API coverage: every operation of both specs is called once against a demo workspace, with
 * the spec's sample request and path/query/body IDs pointing at entities that exist. Every answer
 * must be a 2xx the spec declares, hold to the spec's response schema, and no request may count as
 * one the real API would reject. Reads run first, deletes last, so stateful handlers find their data.
 */
import { loadSpecs } from './spec/load';
import { Router } from './spec/router';
import { sampleRequest } from './spec/sample';
import { startSandbox } from './server';
import type { Store } from './store';
import { operationKey, type Sandbox, type SpecOperation } from './types';

/**
 * Operations whose stateful handler rightly answers the sample request with a documented awork
 * error (the sample cannot know the workspace's state). Keep this list short and explained.
 */
const EXPECTED_ERRORS: Record<string, { status: number; code: string; why: string }> = {};

/** The collections an `...Id` parameter can name, by the normalised entity name. */
const COLLECTIONS: Record<string, string> = {
	user: 'users',
	company: 'companies',
	typeofwork: 'typesOfWork',
	timeentry: 'timeEntries',
	timetracking: 'timeEntries',
	absence: 'absences',
	file: 'files',
	webhook: 'webhooks',
	project: 'projects',
	projecttype: 'projectTypes',
	projectstatus: 'projectStatuses',
	projecttemplate: 'projectTemplates',
	projectrole: 'projectRoles',
	role: 'projectRoles',
	workflow: 'workflows',
	customfielddefinition: 'customFieldDefinitions',
	customfield: 'customFieldDefinitions',
	task: 'tasks',
	tasklist: 'taskLists',
	taskstatus: 'taskStatuses',
	checklistitem: 'checklistItems',
	comment: 'comments',
};

const SEED = 1;

/** `projectId` → `project`; `typeOfWorkId` → `typeofwork`; non-ID names → undefined. */
function entityOf(paramName: string): string | undefined {
	const match = /^(.*?)ids?$/i.exec(paramName);
	return match && match[1] ? match[1].toLowerCase() : undefined;
}

/**
 * Replaces sample IDs by IDs of existing entities. The last path parameter picks its entity; the
 * earlier ones follow that entity's references where it has them (a task list's `projectId`), so
 * nested paths name entities that belong together.
 */
function existingIds(store: Store, names: string[]): Record<string, string> {
	const chosen: Record<string, string> = {};
	const picked: Array<Record<string, unknown>> = [];
	for (const name of [...names].reverse()) {
		const fromPicked = picked.map((entity) => entity[name]).find((value) => typeof value === 'string');
		if (typeof fromPicked === 'string') {
			chosen[name] = fromPicked;
			continue;
		}
		const entity = entityOf(name);
		const collection = entity && COLLECTIONS[entity];
		if (!collection) continue;
		const first = usableEntity(store, collection);
		if (!first) continue;
		chosen[name] = first.id as string;
		picked.push(first);
	}
	return chosen;
}

/** The first entity that is not archived, closed or deleted (those refuse most changes). */
function usableEntity(store: Store, collection: string): Record<string, unknown> | undefined {
	const all = store.collection<{ id: string }>(collection).all() as Array<Record<string, unknown>>;
	const retired = (entity: Record<string, unknown>) =>
		entity.isArchived === true || entity.isDeleted === true || entity.isClosed === true || entity.isPrivate === true;
	return all.find((entity) => !retired(entity)) ?? all[0];
}

/**
 * Points the ID fields of a sample body at existing entities: `projectId: '<uuid>'`,
 * `taskIds: ['<uuid>', ...]`, and the same inside arrays of such objects (batch bodies).
 */
function withExistingIds(store: Store, body: unknown): unknown {
	if (Array.isArray(body)) return body.map((item) => withExistingIds(store, item));
	if (!body || typeof body !== 'object') return body;
	const copy: Record<string, unknown> = { ...(body as Record<string, unknown>) };
	const scalarNames = Object.keys(copy).filter((name) => typeof copy[name] === 'string');
	Object.assign(copy, existingIds(store, scalarNames));
	for (const [name, value] of Object.entries(copy)) {
		if (!Array.isArray(value)) continue;
		const entity = entityOf(name);
		const collection = entity && COLLECTIONS[entity];
		if (collection && value.every((item) => typeof item === 'string')) {
			const ids = store.collection<{ id: string }>(collection).all().map((e) => e.id);
			copy[name] = value.map((_, index) => ids[index % Math.max(ids.length, 1)] ?? value[index]);
		} else if (value.every((item) => item && typeof item === 'object')) {
			copy[name] = withExistingIds(store, value);
		}
	}
	return copy;
}

/** Reads first, then changes, then anything that deletes. */
function phase(op: SpecOperation): number {
	if (op.method === 'GET') return 0;
	if (op.method === 'DELETE' || /delete|remove/i.test(op.pathTemplate)) return 2;
	return 1;
}

interface Outcome {
	key: string;
	status: number;
	code?: string;
}

function formOf(multipart: any): FormData {
	const form = new FormData();
	const fields = multipart.fields ?? {};
	for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
	for (const file of multipart.files ?? []) {
		form.append(file.fieldName, new Blob([file.data], { type: file.contentType }), file.fileName);
	}
	return form;
}

async function callOperation(sandbox: Sandbox, op: SpecOperation): Promise<Outcome> {
	const key = operationKey(op);
	const sample = sampleRequest(op, SEED) as any;
	const pathNames = Object.keys(sample.params ?? {});
	const params = { ...sample.params, ...existingIds(sandbox.store, pathNames) };
	const query: Record<string, string | string[]> = { ...(sample.query ?? {}) };
	for (const [name, id] of Object.entries(existingIds(sandbox.store, Object.keys(query)))) {
		if (typeof query[name] === 'string' && !query[name].includes(',')) query[name] = id;
	}
	const body = withExistingIds(sandbox.store, sample.body);

	const path = op.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(params[name]));
	const url = new URL((op.api === 'v2' ? sandbox.baseUrlV2 : sandbox.baseUrl) + path);
	for (const [name, value] of Object.entries(query)) {
		for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
	}
	const headers: Record<string, string> = { authorization: `Bearer ${sandbox.apiKey}` };
	let payload: string | FormData | undefined;
	if (sample.multipart) payload = formOf(sample.multipart);
	else if (body !== undefined) {
		payload = JSON.stringify(body);
		headers['content-type'] = 'application/json';
	}
	const response = await fetch(url, { method: op.method, headers, body: payload });
	const text = await response.text();
	let code: string | undefined;
	if (response.status >= 400) {
		try {
			code = JSON.parse(text).code;
		} catch {
			code = text.slice(0, 80);
		}
	}
	return { key, status: response.status, code };
}

describe('whole-API coverage', () => {
	let sandbox: Sandbox;
	const operations = new Router(loadSpecs()).operations();

	beforeAll(async () => {
		sandbox = await startSandbox({ seed: SEED, workspace: 'demo', validateResponses: true, rateLimit: false });
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
		const ordered = [...operations].sort((a, b) => phase(a) - phase(b));
		const outcomes: Outcome[] = [];
		for (const op of ordered) outcomes.push(await callOperation(sandbox, op));

		const byKey = new Map(operations.map((op) => [operationKey(op), op]));
		const unexpected: string[] = [];
		let ok = 0;
		for (const outcome of outcomes) {
			const declared = Object.keys(byKey.get(outcome.key)!.operation.responses ?? {});
			const expected = EXPECTED_ERRORS[outcome.key];
			// A few operations declare no success at all (GET /invitations only answers 404).
			const success = declared.some((status) => status.startsWith('2'))
				? outcome.status >= 200 && outcome.status < 300
				: true;
			if (success && declared.includes(String(outcome.status))) ok++;
			else if (expected && expected.status === outcome.status && expected.code === outcome.code) continue;
			else unexpected.push(`${outcome.key} → ${outcome.status} ${outcome.code ?? ''} (declared ${declared.join(',')})`);
		}
		const expectedViolations = new Set(Object.keys(EXPECTED_ERRORS));
		const violations = sandbox.violations.filter((v) => !v.operation || !expectedViolations.has(v.operation));
		const responseViolations = sandbox.responseViolations.map((v) => `${v.operation} ${v.status}: ${v.errors.join('; ')}`);

		// The counts, for the report.
		console.log(
			`coverage: ${outcomes.length} operations called, ${ok} declared answers, ` +
				`${Object.keys(EXPECTED_ERRORS).length} expected errors, ${unexpected.length} unexpected, ` +
				`${violations.length} violations, ${responseViolations.length} response violations`,
		);
		if (violations.length) console.log(JSON.stringify(violations, null, 1));
		expect(unexpected).toEqual([]);
		expect(violations).toEqual([]);
		expect(responseViolations).toEqual([]);
	});
});
