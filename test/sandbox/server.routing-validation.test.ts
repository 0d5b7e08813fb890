/** The server over real HTTP: matching requests to spec operations and validating them against the spec. */
import { USER_ID, call, sandbox, useProbeSandbox } from './server-testkit';

jest.mock('./domain', () => jest.requireActual('./server-probes'));

useProbeSandbox();

describe('routing and validation', () => {
	it('answers unknown paths with 404 not-found and records them', async () => {
		const answer = await call('/no-such-thing');
		expect(answer.status).toBe(404);
		expect(answer.body.code).toBe('not-found');
		expect(sandbox.violations).toEqual([
			expect.objectContaining({ method: 'GET', url: '/api/v1/no-such-thing', status: 404, code: 'not-found' }),
		]);
	});

	it('answers a method the path lacks with 404 in awork’s error shape and records it', async () => {
		const answer = await call('/users', { method: 'PATCH' });
		expect(answer.status).toBe(404);
		expect(answer.body).toMatchObject({ code: 'not-found', description: 'The path /api/v1/users exists, but not for PATCH.' });
		expect(sandbox.violations[0]).toMatchObject({ status: 404, code: 'not-found' });
	});

	it('rejects what the spec forbids with 400 validation-failed and records the violation', async () => {
		const answer = await call('/absenceregions', { method: 'POST', body: { name: 'Hamburg' } });
		expect(answer.status).toBe(400);
		expect(answer.body.code).toBe('validation-failed');
		expect(answer.body.validationErrors.length).toBeGreaterThan(0);
		expect(sandbox.violations).toHaveLength(1);
		expect(sandbox.violations[0]).toMatchObject({
			method: 'POST',
			operation: 'POST /absenceregions',
			status: 400,
			code: 'validation-failed',
		});
		expect(sandbox.violations[0].validationErrors).toEqual(answer.body.validationErrors);
		expect(sandbox.store.collection('probeRegions').size).toBe(0);
	});

	it('rejects a request without a required header parameter and accepts it in any case of its name', async () => {
		const missing = await call('/roles/users');
		expect(missing.status).toBe(400);
		expect(missing.body).toMatchObject({
			code: 'validation-failed',
			validationErrors: [{ property: 'aw-internal-request', message: 'The aw-internal-request field is required.' }],
		});
		expect(sandbox.violations).toEqual([
			expect.objectContaining({ operation: 'GET /roles/users', status: 400, code: 'validation-failed' }),
		]);

		sandbox.resetLog();
		const sent = await call('/roles/users', { headers: { 'AW-Internal-Request': 'true' } });
		expect(sent.status).toBe(200);
		expect(sandbox.violations).toEqual([]);
	});

	it('rejects a malformed path parameter before any handler runs', async () => {
		const answer = await call('/absenceregions/not-a-uuid', { method: 'DELETE' });
		expect(answer.status).toBe(400);
		expect(sandbox.violations[0].operation).toBe('DELETE /absenceregions/{absenceRegionId}');
	});

	it('answers invalid JSON with 400 invalid-model and records it', async () => {
		const answer = await call('/absenceregions', {
			method: 'POST',
			raw: '{"name": "Hamburg",',
			headers: { 'content-type': 'application/json' },
		});
		expect(answer.status).toBe(400);
		expect(answer.body.code).toBe('invalid-model');
		expect(sandbox.violations[0]).toMatchObject({ code: 'invalid-model', operation: 'POST /absenceregions' });
	});

	it('hands multipart fields and files to the handler', async () => {
		const form = new FormData();
		form.append('note', 'hello');
		form.append('File', new Blob([Buffer.from([1, 2, 3, 250])], { type: 'image/png' }), 'logo.png');
		const response = await fetch(`${sandbox.baseUrl}/users/${USER_ID}/files`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sandbox.apiKey}` },
			body: form,
		});
		const body: any = await response.json();
		expect(response.status).toBe(200);
		expect(body.fields).toEqual({ note: 'hello' });
		expect(body.files).toEqual([
			{ fieldName: 'File', fileName: 'logo.png', contentType: 'image/png', data: Buffer.from([1, 2, 3, 250]).toString('base64') },
		]);
	});

	it('rejects a multipart upload without the required file', async () => {
		const form = new FormData();
		form.append('note', 'no file');
		const response = await fetch(`${sandbox.baseUrl}/users/${USER_ID}/files`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sandbox.apiKey}` },
			body: form,
		});
		expect(response.status).toBe(400);
		expect(sandbox.violations[0].code).toBe('validation-failed');
	});
});
