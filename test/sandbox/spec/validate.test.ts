import type { SpecOperation, UploadedFile } from '../types';
import { loadSpecs } from './load';
import { Router } from './router';
import { EMPTY_BODY_MESSAGE, RequestValidator, type RequestToValidate } from './validate';

const specs = loadSpecs();
const router = new Router(specs);
const validator = new RequestValidator(specs);

const ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function op(method: string, pathTemplate: string, api: 'v1' | 'v2' = 'v1'): SpecOperation {
	const found = router.operations().find((o) => o.api === api && o.method === method && o.pathTemplate === pathTemplate);
	if (!found) throw new Error(`no operation ${method} ${pathTemplate}`);
	return found;
}

const request = (overrides: Partial<RequestToValidate>): RequestToValidate => ({
	params: {},
	query: {},
	body: undefined,
	contentType: 'application/json',
	...overrides,
});

const file = (fieldName: string): UploadedFile => ({
	fieldName,
	fileName: 'notes.txt',
	contentType: 'text/plain',
	data: Buffer.from('hello'),
});

describe('RequestValidator: parameters', () => {
	const getProject = op('GET', '/projects/{projectId}');

	it('accepts a uuid path parameter in any case', () => {
		expect(validator.validate(getProject, request({ params: { projectId: ID.toUpperCase() } }))).toEqual([]);
	});

	it('rejects a path parameter that is not a uuid, naming the parameter', () => {
		expect(validator.validate(getProject, request({ params: { projectId: 'not-a-guid' } }))).toEqual([
			{ property: 'projectId', message: "The value 'not-a-guid' is not valid for projectId." },
		]);
	});

	it('binds query parameters from strings like ASP.NET (case-insensitive keys, int/bool/double)', () => {
		const list = op('GET', '/projects');
		expect(validator.validate(list, request({ query: { PAGE: '2', pagesize: '50', filterby: "name eq 'x'" } }))).toEqual([]);
		expect(validator.validate(list, request({ query: { page: 'two' } }))).toEqual([
			{ property: 'page', message: "The value 'two' is not valid for page." },
		]);
		expect(validator.validate(list, request({ query: { pageSize: '2.5' } }))).toHaveLength(1);
		expect(validator.validate(list, request({ query: { page: '99999999999' } }))).toHaveLength(1);

		const download = op('GET', '/files/{fileId}/download');
		expect(validator.validate(download, request({ params: { fileId: ID }, query: { width: '120.5', crop: 'True' } }))).toEqual([]);
		expect(validator.validate(download, request({ params: { fileId: ID }, query: { crop: 'yes' } }))).toEqual([
			{ property: 'crop', message: "The value 'yes' is not valid for crop." },
		]);
	});

	it('reports missing required query parameters and checks formats and Guid lists', () => {
		const workload = op('GET', '/users/workload');
		const errors = validator.validate(workload, request({ query: { intervalStart: '2024-01-01', userIds: `${ID},nope` } }));
		expect(errors).toEqual([
			{ property: 'userIds', message: `The value '${ID},nope' is not valid for userIds.` },
			{ property: 'intervalEnd', message: 'The intervalEnd field is required.' },
			{ property: 'roughPlanningFrom', message: 'The roughPlanningFrom field is required.' },
		]);
		expect(
			validator.validate(
				workload,
				request({ query: { userIds: `${ID},${ID}`, intervalStart: '2024-01-01', intervalEnd: '2024-02-01T00:00:00Z', roughPlanningFrom: '3' } }),
			),
		).toEqual([]);
		const timebookings = op('GET', '/users/timebookings');
		expect(validator.validate(timebookings, request({ query: { userIds: ID, intervalStart: '2024-01-01', intervalEnd: '01/02/2024' } }))).toEqual([
			{ property: 'intervalEnd', message: "The value '01/02/2024' is not valid for intervalEnd." },
		]);
	});
});

describe('RequestValidator: header parameters', () => {
	const roleUsers = op('GET', '/roles/users');

	it('requires a required header and finds it whatever the case of its name', () => {
		expect(validator.validate(roleUsers, request({}))).toEqual([
			{ property: 'aw-internal-request', message: 'The aw-internal-request field is required.' },
		]);
		expect(validator.validate(roleUsers, request({ headers: { 'aw-internal-request': '' } }))).toHaveLength(1);
		expect(validator.validate(roleUsers, request({ headers: { 'aw-internal-request': 'true' } }))).toEqual([]);
		expect(validator.validate(roleUsers, request({ headers: { 'AW-Internal-Request': 'true' } }))).toEqual([]);
	});

	it('binds header values to the declared type and enum like query values', () => {
		// The spec's only header is a plain string, so typed and enum headers come from a small spec of our own.
		const widgets = {
			openapi: '3.0.1',
			paths: {
				'/widgets': {
					get: {
						parameters: [
							{ name: 'X-Widget-Count', in: 'header', required: true, schema: { type: 'integer' } },
							{ name: 'x-widget-mode', in: 'header', schema: { type: 'string', enum: ['fast', 'slow'] } },
						],
						responses: { '200': { description: 'ok' } },
					},
				},
			},
			components: { schemas: {} },
		};
		const own = { v1: widgets, v2: specs.v2 };
		const listWidgets = new Router(own).operations().find((o) => o.api === 'v1' && o.pathTemplate === '/widgets')!;
		const check = (headers: Record<string, string>) => new RequestValidator(own).validate(listWidgets, request({ headers }));
		expect(check({ 'x-widget-count': '3' })).toEqual([]);
		expect(check({ 'x-widget-count': '3', 'x-widget-mode': 'slow' })).toEqual([]);
		expect(check({ 'x-widget-count': 'three' })).toEqual([
			{ property: 'X-Widget-Count', message: "The value 'three' is not valid for X-Widget-Count." },
		]);
		expect(check({ 'x-widget-count': '3', 'x-widget-mode': 'sideways' })).toEqual([
			{ property: 'x-widget-mode', message: "The value 'sideways' is not valid for x-widget-mode." },
		]);
		expect(check({})).toEqual([{ property: 'X-Widget-Count', message: 'The X-Widget-Count field is required.' }]);
	});
});

describe('RequestValidator: JSON bodies', () => {
	const createProject = op('POST', '/projects');
	const createTask = op('POST', '/tasks');

	it('accepts a valid body, ignoring unknown properties as ASP.NET does', () => {
		expect(validator.validate(createProject, request({ body: { name: 'Website', isPrivate: false, somethingElse: 1 } }))).toEqual([]);
	});

	it('reports a missing required field by its PascalCase name', () => {
		expect(validator.validate(createProject, request({ body: { isPrivate: true } }))).toEqual([
			{ property: 'Name', message: "'Name' should not be empty." },
		]);
	});

	it('reports wrong types and formats with what was expected', () => {
		const errors = validator.validate(
			createProject,
			request({ body: { name: 5, companyId: 'acme', timeBudget: 1.5, startDate: 'tomorrow', referenceDateType: 'someday' } }),
		);
		expect(errors.map((e) => e.property).sort()).toEqual(['CompanyId', 'Name', 'ReferenceDateType', 'StartDate', 'TimeBudget']);
		expect(errors.find((e) => e.property === 'Name')!.message).toBe("'Name' must be a string.");
		expect(errors.find((e) => e.property === 'CompanyId')!.message).toMatch(/valid UUID/);
		expect(errors.find((e) => e.property === 'TimeBudget')!.message).toMatch(/integer or null/);
		expect(errors.find((e) => e.property === 'ReferenceDateType')!.message).toMatch(/does not include 'someday'.*today, start, end, custom/);
	});

	it('names nested array items like FluentValidation', () => {
		const errors = validator.validate(
			createTask,
			request({ body: { name: 'T', baseType: 'projecttask', lists: [{ id: ID }, { order: 1 }, { id: 'x' }] } }),
		);
		expect(errors).toEqual([
			{ property: 'Lists[1].Id', message: "'Id' should not be empty." },
			{ property: 'Lists[2].Id', message: expect.stringMatching(/'Id' must be a valid UUID/) },
		]);
	});

	it('enforces string lengths', () => {
		const errors = validator.validate(createProject, request({ body: { name: 'x', color: 'a'.repeat(15) } }));
		expect(errors).toEqual([
			{ property: 'Color', message: "The length of 'Color' must be 14 characters or fewer. You entered 15 characters." },
		]);
	});

	it('accepts null for nullable fields and lenient date-times, rejects null for non-nullable ones', () => {
		expect(
			validator.validate(createProject, request({ body: { name: 'x', description: null, startDate: '2024-03-01T08:00:00', companyId: null } })),
		).toEqual([]);
		expect(validator.validate(createProject, request({ body: { name: 'x', isPrivate: null } }))).toEqual([
			{ property: 'IsPrivate', message: "'IsPrivate' must be a boolean (true or false)." },
		]);
	});

	it('accepts readOnly properties in requests without checking or requiring them', () => {
		const createAbsence = op('POST', '/absences');
		expect(
			validator.validate(createAbsence, request({ body: { userId: ID, startOn: '2024-05-01', endOn: '2024-05-02', isSingleDayAbsence: 'whatever' } })),
		).toEqual([]);
	});

	it('requires a body where the spec says so, and ignores one where the operation takes none', () => {
		expect(validator.validate(createProject, request({ body: undefined }))).toEqual([{ property: '', message: EMPTY_BODY_MESSAGE }]);
		expect(validator.validate(createProject, request({ body: null }))).toEqual([{ property: '', message: EMPTY_BODY_MESSAGE }]);
		const getProject = op('GET', '/projects/{projectId}');
		expect(validator.validate(getProject, request({ params: { projectId: ID }, body: { junk: true } }))).toEqual([]);
	});

	it('rejects a body of the wrong JSON type and an unsupported content type', () => {
		expect(validator.validate(createProject, request({ body: [{ name: 'x' }] }))).toEqual([
			{ property: '', message: "'body' must be an object." },
		]);
		expect(validator.validate(createProject, request({ contentType: 'text/plain', body: 'name=x' }))).toEqual([
			{ property: 'Content-Type', message: expect.stringContaining('application/json') },
		]);
		expect(validator.validate(createProject, request({ contentType: 'application/merge-patch+json; charset=utf-8', body: { name: 'x' } }))).toEqual([]);
	});

	it('validates v2 operations against the v2 spec', () => {
		const start = op('POST', '/me/timetracking/start', 'v2');
		expect(validator.validate(start, request({ query: { userId: 'me' }, body: { typeOfWorkId: ID } }))).toEqual([
			{ property: 'userId', message: "The value 'me' is not valid for userId." },
			{ property: 'Timezone', message: "'Timezone' should not be empty." },
		]);
		expect(validator.validate(start, request({ body: { typeOfWorkId: ID, timezone: 'Europe/Berlin' } }))).toEqual([]);
	});
});

describe('RequestValidator: multipart bodies', () => {
	const upload = op('POST', '/projects/{projectId}/files');
	const createDocument = op('POST', '/documents');

	it('requires binary fields as files, matching field names case-insensitively', () => {
		const params = { projectId: ID };
		expect(validator.validate(upload, request({ params, contentType: 'multipart/form-data; boundary=x', body: {}, files: [file('file')] }))).toEqual([]);
		expect(
			validator.validate(upload, request({ params, contentType: 'multipart/form-data; boundary=x', body: { name: 'x' }, files: [file('other')] })),
		).toEqual([{ property: 'File', message: "'File' should not be empty." }]);
	});

	it('binds and validates the non-file fields from strings', () => {
		const multipart = (body: Record<string, string>) =>
			validator.validate(createDocument, request({ contentType: 'multipart/form-data', body, files: [file('content')] }));
		expect(multipart({ name: 'Doc', isPrivate: 'true', order: '2.5', contentFormat: 'markdown', projectId: ID })).toEqual([]);
		expect(multipart({ isPrivate: 'maybe' })).toEqual([{ property: 'IsPrivate', message: "The value 'maybe' is not valid for IsPrivate." }]);
		expect(multipart({ contentFormat: 'pdf', projectId: 'x' }).map((e) => e.property).sort()).toEqual(['ContentFormat', 'ProjectId']);
	});

	it('rejects JSON sent to a multipart-only operation', () => {
		expect(validator.validate(upload, request({ params: { projectId: ID }, contentType: 'application/json', body: { file: 'abc' } }))).toEqual([
			{ property: 'Content-Type', message: expect.stringContaining('multipart/form-data') },
		]);
	});
});
