/** User → Get Current through n8n-core's engine: against the sandbox, a server that captures the exact header, and with bad or OAuth2 credentials. */
import http from 'http';
import type { AddressInfo } from 'net';

import { resourceSuite } from '../../../../harness/resourceSuite';
import { runNode } from '../../../../harness/runNode';
import { apiKeyCredentials } from '../../../../harness/sandbox';

const { sandbox, collection, run, apiUserId } = resourceSuite('user', { operation: 'getCurrent' });
/** For the runs with other credentials than the sandbox's API key. */
const parameters = { resource: 'user', operation: 'getCurrent' };

const apiUser = () => collection<{ id: string; firstName?: string }>('users').require(apiUserId());

describe('User → Get Current', () => {
	it('returns the user the API key acts as, sent with the credential’s Bearer header', async () => {
		const { items, error } = await run({});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json.id).toBe(apiUser().id);
		expect(items[0].json.firstName).toBe(apiUser().firstName);
		const request = sandbox().requests.at(-1)!;
		expect(request).toMatchObject({ method: 'GET', status: 200, operation: 'GET /me' });
	});

	it('sends exactly `Authorization: Bearer <key>`, built by the credential’s authenticate', async () => {
		const seen: Array<{ url?: string; authorization?: string }> = [];
		const capture = http.createServer((req, res) => {
			seen.push({ url: req.url, authorization: req.headers.authorization });
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"captured"}');
		});
		await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
		try {
			const { port } = capture.address() as AddressInfo;
			const { items } = await runNode({
				parameters,
				credentials: { type: 'aworkSuiteApi', id: 'capture', data: { apiKey: 'key-123', baseUrl: `http://127.0.0.1:${port}/api/v1/` } },
			});
			expect(items[0].json).toEqual({ id: 'captured' });
			expect(seen).toEqual([{ url: '/api/v1/me', authorization: 'Bearer key-123' }]);
		} finally {
			await new Promise((resolve) => capture.close(resolve));
		}
	});

	it('says what is wrong with a Base URL that is not an http(s) URL', async () => {
		const { error } = await runNode({
			parameters,
			credentials: { type: 'aworkSuiteApi', id: 'bad-url', data: { apiKey: 'k', baseUrl: 'api.awork.com/api/v1' } },
		});
		expect(error?.message).toBe(
			"The credential's Base URL must be an http(s) URL such as https://api.awork.com/api/v1, got 'api.awork.com/api/v1'",
		);
	});

	it('runs once per input item', async () => {
		const { items } = await run({}, [{}, {}, {}]);
		expect(items.map((item) => item.json.id)).toEqual([apiUser().id, apiUser().id, apiUser().id]);
	});

	it('fails with a NodeApiError that says the key was rejected', async () => {
		const { error } = await runNode({
			parameters,
			credentials: apiKeyCredentials(sandbox(), 'not-a-valid-key', 'credential-wrong'),
		});
		// The run data holds errors serialized, as n8n stores them.
		expect(error?.name).toBe('NodeApiError');
		// awork answers 401 both for a bad key and for a missing permission: the message says both, and names the credential.
		expect(error!.message).toBe(
			"awork rejected the credentials: the API key or access token is invalid, expired or was revoked, or its user lacks the permission for GET /me (credential 'test credential', type aworkSuiteApi)",
		);
		expect(error!.httpCode).toBe('401');
		expect(JSON.stringify(error)).not.toContain('not-a-valid-key');
	});

	it('puts the error on the item instead of failing the run when Continue On Fail is set', async () => {
		const { items, error } = await runNode({
			parameters,
			items: [{}, {}],
			settings: { continueOnFail: true },
			credentials: apiKeyCredentials(sandbox(), 'not-a-valid-key', 'credential-wrong'),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		for (const item of items) expect(item.error?.message).toMatch(/rejected the credentials/);
	});

	it('works with the OAuth2 credential, signing requests with the access token', async () => {
		const { items, error } = await runNode({
			parameters: { ...parameters, authentication: 'oAuth2' },
			credentials: {
				type: 'aworkSuiteOAuth2Api',
				data: {
					baseUrl: sandbox().baseUrl,
					grantType: 'pkce',
					clientId: 'n8n-test-client',
					clientSecret: '',
					authUrl: 'https://api.awork.com/api/v1/accounts/authorize',
					accessTokenUrl: `${sandbox().baseUrl}/accounts/token`,
					scope: 'full_access offline_access',
					authentication: 'header',
					oauthTokenData: { access_token: sandbox().apiKey, token_type: 'Bearer', refresh_token: 'r' },
				},
			},
		});
		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe(apiUser().id);
	});
});
