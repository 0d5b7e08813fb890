/** The server's lifecycle (stop, base URLs) and the command-line options of `npm start`. */
import http from 'http';
import type { AddressInfo } from 'net';
import { banner, parseCliOptions } from './cli';
import { startSandbox } from './server';
import { call, sandbox, useProbeSandbox } from './server-testkit';

jest.mock('./domain', () => jest.requireActual('./server-probes'));

useProbeSandbox();

describe('lifecycle', () => {
	it('stop() releases the port even with a keep-alive connection open', async () => {
		const instance = await startSandbox({ workspace: 'empty', rateLimit: false });
		const port = Number(new URL(instance.baseUrl).port);
		const agent = new http.Agent({ keepAlive: true });
		await new Promise<void>((resolve, reject) => {
			http
				.get(`${instance.baseUrl}/users`, { agent, headers: { authorization: `Bearer ${instance.apiKey}` } }, (res) => {
					res.resume();
					res.on('end', resolve);
				})
				.on('error', reject);
		});
		await instance.stop();
		await instance.stop(); // idempotent
		const probe = http.createServer();
		await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(port, '127.0.0.1', resolve));
		expect((probe.address() as AddressInfo).port).toBe(port);
		await new Promise((resolve) => probe.close(resolve));
		agent.destroy();
	});

	it('serves v2 under its own base URL', async () => {
		expect(sandbox.baseUrlV2).toBe(sandbox.baseUrl.replace('/api/v1', '/api/v2'));
		const answer = await call('/v2/nothing-here');
		expect(answer.status).toBe(404);
	});
});

describe('cli options', () => {
	it('defaults to port 3737, seed 1, the demo workspace, rate limit on', () => {
		expect(parseCliOptions([], {})).toEqual({ host: '127.0.0.1', port: 3737, seed: 1, workspace: 'demo' });
	});

	it('reads arguments before the environment', () => {
		const options = parseCliOptions(['--port', '0', '--seed=9', '--workspace', 'large', '--no-rate-limit'], {
			AWORK_SANDBOX_PORT: '4000',
			AWORK_SANDBOX_WORKSPACE: 'empty',
		});
		expect(options).toEqual({ host: '127.0.0.1', port: 0, seed: 9, workspace: {}, rateLimit: false });
		expect(parseCliOptions([], { AWORK_SANDBOX_PORT: '4000', AWORK_SANDBOX_RATE_LIMIT: 'off' })).toMatchObject({
			port: 4000,
			rateLimit: false,
		});
	});

	it('refuses bad values with a usage message', () => {
		expect(() => parseCliOptions(['--port', 'abc'])).toThrow(/--port/);
		expect(() => parseCliOptions(['--workspace', 'huge'])).toThrow(/demo, empty or large/);
		expect(() => parseCliOptions(['--verbose'])).toThrow(/unknown argument/);
		expect(() => parseCliOptions(['--seed'])).toThrow(/needs a value/);
	});

	it('prints the base URL and the key to paste into n8n', () => {
		const text = banner(sandbox, { seed: 1, workspace: 'demo' });
		expect(text).toContain(sandbox.baseUrl);
		expect(text).toContain(sandbox.apiKey);
	});
});
