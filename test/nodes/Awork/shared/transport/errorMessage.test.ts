import type { INode } from 'n8n-workflow';

import { describeTarget, redact, toNodeApiError } from '../../../../../nodes/Awork/shared/transport/errorMessage';
import type { Failure } from '../../../../../nodes/Awork/shared/transport/failure';

const node: INode = { id: '1', name: 'awork', type: 'aworkSuite', typeVersion: 1, position: [0, 0], parameters: {} };
const id = '3f2b8c1e-9a4d-4e6f-8b2a-1c2d3e4f5a6b';
const request = (path: string, method = 'GET') => ({ method, path, itemIndex: 2 });
const failure = (status: number | undefined, body?: Failure['body'], extra: Partial<Failure> = {}): Failure => ({
	status,
	headers: {},
	body,
	message: 'x',
	...extra,
});

describe('toNodeApiError', () => {
	it('says on 401 that the key was rejected or lacks the permission, naming the credential', () => {
		const error = toNodeApiError(node, failure(401, { code: 'unauthorized' }), request('/me'), {
			credential: { type: 'aworkSuiteApi', name: 'Production workspace' },
		});
		expect(error.message).toMatch(/rejected the credentials: .*invalid, expired or was revoked, or its user lacks the permission for GET \/me/);
		expect(error.message).toContain("credential 'Production workspace', type aworkSuiteApi");
		expect(error.httpCode).toBe('401');
		expect(error.context.itemIndex).toBe(2);
	});

	it('names the fields and reasons of a validation failure', () => {
		const error = toNodeApiError(
			node,
			failure(400, {
				code: 'validation-failed',
				description: 'The model sent in the request is invalid.',
				validationErrors: [
					{ property: 'Name', message: "'Name' should not be empty." },
					{ property: 'DueOn', message: 'must be a date' },
				],
			}),
			request('/tasks', 'POST'),
		);
		expect(error.message).toBe("awork rejected the request: Name: 'Name' should not be empty.; DueOn: must be a date");
		expect(error.description).toContain('validation-failed');
	});

	it('names the resource and ID on 404', () => {
		const error = toNodeApiError(node, failure(404, { code: 'not-found' }), request(`/projects/${id}/tasklists`));
		expect(error.message).toBe(`The project with ID '${id}' does not exist in awork or is not visible to these credentials`);
	});

	it('says which request was denied on 403', () => {
		const error = toNodeApiError(node, failure(403, { description: 'Missing permission project-manage' }), request('/projects', 'POST'));
		expect(error.message).toMatch(/denied POST \/projects.*permission.*project-manage/);
	});

	it('keeps its own message for network failures instead of n8n’s generic text', () => {
		const error = toNodeApiError(node, failure(undefined, undefined, { networkCode: 'ECONNRESET' }), request('/me'), {
			retried: 'gave up after 6 attempts',
		});
		expect(error.message).toBe('Could not reach awork for GET /me: ECONNRESET (gave up after 6 attempts)');
		const local = toNodeApiError(node, failure(undefined, undefined, { message: 'timeout exceeded when trying to connect' }), request('/tasks/1', 'GET'), {});
		// Not blamed on awork: nothing reached it.
		expect(local.message).toBe('n8n could not send GET /tasks/1 to awork: timeout exceeded when trying to connect');
	});
});

describe('redaction', () => {
	const secret = 'a1b2c3d4-very-secret-token';

	it('cuts every known secret out of the message, description and body', () => {
		const error = toNodeApiError(
			node,
			failure(400, {
				code: 'validation-failed',
				description: `Bearer ${secret} is not allowed`,
				details: [`"${secret}"`],
				validationErrors: [{ property: 'Name', message: `got ${secret}` }],
			}),
			request('/tasks', 'POST'),
			{ secrets: [secret, 'short'] },
		);
		expect(error.message).toBe('awork rejected the request: Name: got [redacted]');
		expect(error.description).toContain('Bearer [redacted] is not allowed');
		expect(JSON.stringify(error)).not.toContain(secret);
	});

	it('also cuts out credentials it was never told about (an OAuth2 token n8n refreshed mid-request)', () => {
		const refreshed = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJl';
		const opaque = 'f00dfacecafe1234beef';
		const error = toNodeApiError(
			node,
			failure(400, {
				code: 'validation-failed',
				description: `Header was Bearer ${opaque}`,
				details: [`token ${refreshed}`, JSON.stringify({ access_token: opaque, refresh_token: `${opaque}-r` })],
				validationErrors: [{ property: 'Name', message: `'bearer ${opaque}' is not a name` }],
			}),
			request('/tasks', 'POST'),
			{ secrets: [] },
		);
		const everything = JSON.stringify({ message: error.message, description: error.description, error });
		expect(everything).not.toContain(opaque);
		expect(everything).not.toContain(refreshed.split('.')[1]);
		expect(error.message).toBe("awork rejected the request: Name: 'bearer [redacted]' is not a name");
		expect(error.description).toContain('Bearer [redacted]');
	});

	it('leaves short values alone, so ordinary words survive', () => {
		expect(redact('Basic information: the token expired', [])).toBe('Basic information: the token expired');
		expect(redact('a short note', ['short'])).toBe('a short note');
		expect(redact('x-secret1-y', ['secret1'])).toBe('x-[redacted]-y');
	});
});

describe('describeTarget', () => {
	it('finds the last ID and its collection', () => {
		expect(describeTarget(`/tasks/${id}/checklistitems`)).toEqual({ resource: 'task', id });
		expect(describeTarget(`/companies/${id}`)).toEqual({ resource: 'company', id });
		expect(describeTarget('/me')).toEqual({ resource: 'me' });
	});
});
