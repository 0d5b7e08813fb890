import { operationKey } from '../types';
import { loadSpecs } from './load';
import { Router } from './router';
import { sampleRequest, sampleResponse } from './sample';
import { RequestValidator, ResponseValidator } from './validate';

const specs = loadSpecs();
const router = new Router(specs);
const requests = new RequestValidator(specs);
const responses = new ResponseValidator(specs);
const byKey = (key: string) => router.operations().find((op) => operationKey(op) === key)!;

describe('sample responses and requests', () => {
	it('are spec-valid for every operation of both specs', () => {
		const started = Date.now();
		const failures: string[] = [];
		for (const op of router.operations()) {
			const key = operationKey(op);
			const response = sampleResponse(op, 7);
			for (const problem of responses.validate(op, response.status, response.body)) failures.push(`${key} response: ${problem}`);

			const request = sampleRequest(op, 7);
			const errors = requests.validate(op, {
				params: request.params,
				query: request.query,
				headers: request.headers,
				contentType: request.contentType,
				body: request.multipart ? request.multipart.fields : request.body,
				files: request.multipart?.files,
			});
			for (const error of errors) failures.push(`${key} request: ${error.property}: ${error.message}`);
		}
		const seconds = (Date.now() - started) / 1000;
		// Visible in the test output: the whole-spec check must stay cheap enough to run in every suite.
		console.log(`sampled and validated ${router.operations().length} operations in ${seconds.toFixed(1)} s`);
		expect(failures).toEqual([]);
	});

	it('are deterministic per seed and differ between seeds', () => {
		const getProject = byKey('GET /projects/{projectId}');
		expect(sampleResponse(getProject, 1)).toEqual(sampleResponse(getProject, 1));
		expect(sampleResponse(getProject, 1)).not.toEqual(sampleResponse(getProject, 2));
		expect(sampleRequest(byKey('POST /projects'), 3)).toEqual(sampleRequest(byKey('POST /projects'), 3));
	});

	it('answer 204 operations without a body and lists with 1-2 items', () => {
		expect(sampleResponse(byKey('DELETE /projects/{projectId}/automations/{automationId}'), 1)).toEqual({ status: 204 });
		// GET /invitations declares only a 404: the sample is awork's error body with that status.
		const invitations = sampleResponse(byKey('GET /invitations'), 1);
		expect(invitations.status).toBe(404);
		expect(invitations.body).toMatchObject({ code: 'not-found', details: [] });
		for (let seed = 1; seed <= 5; seed++) {
			const list = sampleResponse(byKey('GET /projects'), seed);
			expect(list.status).toBe(200);
			expect(Array.isArray(list.body)).toBe(true);
			expect((list.body as unknown[]).length).toBeGreaterThanOrEqual(1);
			expect((list.body as unknown[]).length).toBeLessThanOrEqual(2);
		}
	});

	it('fill models with formatted values and cut recursive nesting', () => {
		const project = sampleResponse(byKey('GET /projects/{projectId}'), 4).body as Record<string, any>;
		expect(project.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(new Date(project.createdOn).toISOString()).toBe(project.createdOn);
		expect(JSON.stringify(project).length).toBeLessThan(200_000);
	});

	it('serve file downloads as raw bytes', () => {
		const download = sampleResponse(byKey('GET /files/{fileId}/download'), 1);
		expect(download.raw).toBeInstanceOf(Buffer);
		expect(download.body).toBeUndefined();
	});

	it('build multipart requests with the required file parts', () => {
		const upload = sampleRequest(byKey('POST /tasks/{taskId}/files'), 1);
		expect(upload.contentType).toBe('multipart/form-data');
		expect(upload.multipart!.files.map((f) => f.fieldName)).toEqual(['File']);
		expect(upload.params.taskId).toMatch(/^[0-9a-f-]{36}$/);
	});
});
