/** The server over real HTTP: API keys, anonymous operations and several keys per workspace. */
import { defaultApiKey } from './http/auth';
import { call, sandbox, start, useProbeSandbox } from './server-testkit';

jest.mock('./domain', () => jest.requireActual('./server-probes'));

useProbeSandbox();

describe('authentication', () => {
	it('answers a missing key with 401 and awork’s error body', async () => {
		const answer = await call('/users', { key: null });
		expect(answer.status).toBe(401);
		expect(answer.headers.get('www-authenticate')).toBe('Bearer');
		expect(answer.body).toMatchObject({ code: 'unauthorized', link: expect.any(String), details: [] });
		expect(answer.body.traceId).toMatch(/^[0-9a-f]{32}$/);
		expect(sandbox.violations).toEqual([]);
	});

	it('rejects a wrong key and accepts the default key derived from the seed', async () => {
		expect((await call('/users', { key: 'wrong' })).status).toBe(401);
		expect(sandbox.apiKey).toBe(defaultApiKey(1));
		expect((await call('/users')).status).toBe(200);
	});

	it('lets anyone call the operations the spec opens to anonymous callers, outside the rate limit', async () => {
		sandbox.setRateLimit({ perSecond: 1, perMinute: 1 });
		for (const key of [null, 'wrong', null]) {
			const answer = await call('/workspaces/types', { key });
			expect(answer.status).toBe(200);
			expect(answer.headers.get('ratelimit-limit')).toBeNull();
		}
		expect((await call('/workspaces/types')).headers.get('x-ratelimit-remaining-minute')).toBe('0');
	});

	it('accepts several configured keys at once, all as the API user', async () => {
		const multi = await start({ apiKeys: ['key-a', 'key-b'], rateLimit: false });
		expect(multi.apiKey).toBe('key-a');
		expect(multi.apiKeys).toEqual(['key-a', 'key-b']);
		expect((await call('/users', { key: 'key-a' }, multi)).status).toBe(200);
		expect((await call('/users', { key: 'key-b' }, multi)).status).toBe(200);
		expect((await call('/users', { key: defaultApiKey(1) }, multi)).status).toBe(401);
		expect(multi.store.apiKeys.get('key-a')).toBe(multi.store.apiKeys.get('key-b'));
	});
});
