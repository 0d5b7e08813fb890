import { testCredential } from '../harness/credentialTest';
import { useSandbox } from '../harness/sandbox';

const sandbox = useSandbox({ rateLimit: false });

describe('awork API key credential test', () => {
	it('succeeds with a key the workspace knows', async () => {
		const result = await testCredential('aworkSuiteApi', { apiKey: sandbox().apiKey, baseUrl: sandbox().baseUrl });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
	});

	it('says the key was rejected for a wrong key', async () => {
		const result = await testCredential('aworkSuiteApi', { apiKey: 'wrong', baseUrl: sandbox().baseUrl });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/awork rejected the API key/);
	});

	it('says the Base URL is wrong when no awork API answers there', async () => {
		const origin = sandbox().baseUrl.replace(/\/api\/v1$/, '');
		const result = await testCredential('aworkSuiteApi', { apiKey: sandbox().apiKey, baseUrl: `${origin}/nothing-here` });
		expect(result).toEqual({ status: 'Error', message: 'No awork API answered at this Base URL: it should end in /api/v1' });
		// The sandbox recorded the unknown path as a request awork would reject; that was the point here.
		expect(sandbox().violations.map((v) => v.status)).toEqual([404]);
		sandbox().resetLog();
	});
});
