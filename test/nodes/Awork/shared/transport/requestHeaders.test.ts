/**
 * The programmatic request path (`aworkRequest`) feeds every answer's rate-limit headers to the
 * workspace's limiter and sends each attempt with a timeout, as the declarative path does.
 */
import type { IHttpRequestOptions, INode } from 'n8n-workflow';

import { limiterKeyOf } from '../../../../../nodes/Awork/shared/transport/credentialType';
import { limiterFor } from '../../../../../nodes/Awork/shared/transport/limiter';
import { DEFAULT_RETRY } from '../../../../../nodes/Awork/shared/transport/policy';
import { aworkRequest, type AworkContext } from '../../../../../nodes/Awork/shared/transport/request';

const baseUrl = 'https://api.example.test/api/v1';
const node: INode = {
	id: '1',
	name: 'awork',
	type: 'awork',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
	credentials: { aworkSuiteApi: { id: 'request-headers-credential', name: 'Headers test' } },
};

it('learns the workspace limit from a successful answer and sends a per-attempt timeout', async () => {
	const sent: IHttpRequestOptions[] = [];
	const context = {
		getNode: () => node,
		getCredentials: async () => ({ apiKey: 'a-key-of-some-length', baseUrl }),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
				sent.push(options);
				return {
					body: { id: 'me' },
					statusCode: 200,
					headers: { 'x-ratelimit-limit-minute': '3000', 'x-ratelimit-remaining-minute': '2999' },
				};
			},
		},
	} as unknown as AworkContext;

	const body = await aworkRequest.call(context, { method: 'GET', path: '/me' });
	expect(body).toEqual({ id: 'me' });
	expect(limiterFor(limiterKeyOf(node, baseUrl)).settings.perMinute).toBe(3000);
	expect(sent[0].timeout).toBe(DEFAULT_RETRY.attemptTimeoutMs);
});
