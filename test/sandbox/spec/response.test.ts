import { operationKey } from '../types';
import { loadSpecs } from './load';
import { Router } from './router';
import { sampleResponse } from './sample';
import { ResponseValidator, responseItemSchema } from './validate';

const specs = loadSpecs();
const router = new Router(specs);
const responses = new ResponseValidator(specs);
const byKey = (key: string) => router.operations().find((op) => operationKey(op) === key)!;

describe('ResponseValidator', () => {
	const getProject = byKey('GET /projects/{projectId}');
	const project = () => sampleResponse(getProject, 9).body as Record<string, any>;

	it('accepts a sample and rejects unknown, mistyped and misformatted fields', () => {
		expect(responses.validate(getProject, 200, project())).toEqual([]);
		const broken = { ...project(), _internal: 1, name: 42, createdOn: '2024-01-01' };
		const problems = responses.validate(getProject, 200, broken);
		expect(problems).toEqual(
			expect.arrayContaining([
				"$: unexpected property '_internal'",
				expect.stringMatching(/^\$\.name: must be string( or null)? \(got 42\)$/),
				expect.stringMatching(/^\$\.createdOn: must match format "date-time"/),
			]),
		);
	});

	it('allows null for a nested model the spec gives as a bare $ref', () => {
		expect(responses.validate(getProject, 200, { ...project(), company: null })).toEqual([]);
	});

	it('checks status codes: undeclared 2xx, 204 bodies, error bodies', () => {
		expect(responses.validate(getProject, 201, project())[0]).toMatch(/status 201 is not declared/);
		expect(responses.validate(byKey('DELETE /projects/{projectId}/automations/{automationId}'), 204, { ok: true })).toEqual(['status 204 must not have a body']);
		const error = { code: 'not-found', description: 'No project.', link: 'https://developers.awork.com', traceId: 't', details: [] };
		expect(responses.validate(getProject, 404, error)).toEqual([]);
		expect(responses.validate(getProject, 503, { ...error, extra: true })).toEqual(["$: unexpected property 'extra'"]);
	});
});

describe('responseItemSchema', () => {
	it('gives the item schema of list operations with a working $ref resolver', () => {
		const items = responseItemSchema(byKey('GET /projects'))!;
		expect(items.schema.type).toBe('object');
		expect(Object.keys(items.schema.properties)).toEqual(expect.arrayContaining(['id', 'name', 'createdOn']));
		const nested = Object.values<any>(items.schema.properties).find((p) => typeof p.$ref === 'string');
		expect(items.resolve(nested.$ref).type).toBe('object');
		expect(() => items.resolve('#/components/schemas/DoesNotExist')).toThrow(/Unresolvable/);
	});

	it('resolves against the v2 document for v2 operations', () => {
		const items = responseItemSchema(byKey('v2 GET /timeentries'))!;
		expect(items.schema.properties).toHaveProperty('id');
		expect(responseItemSchema(byKey('v2 GET /timeentries'), specs)!.schema).toBe(items.schema);
	});

	it('is undefined for operations that do not answer with a list', () => {
		expect(responseItemSchema(byKey('GET /projects/{projectId}'))).toBeUndefined();
		expect(responseItemSchema(byKey('POST /projects'))).toBeUndefined();
	});
});
