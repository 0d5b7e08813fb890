/**
 * How the e2e tooling fails, with bounded time and a clear message: n8n killed while the suite
 * waits for an execution, a runtime whose files are missing, a cache folder whose install never
 * finished while installing is off, a port already in use. On n8n 2.x only.
 */
import { mkdirSync, mkdtempSync, existsSync, writeFileSync } from 'fs';
import { createServer, type Server } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';

import { signedInClient } from '../../../scripts/n8n/rest';
import { ensureRuntime, N8N_LINES, type Runtime } from '../../../scripts/n8n/runtime';
import { startN8n, type N8nServer } from '../../../scripts/n8n/server';
import { progressFor } from './context';
import { webhookNode } from './workflows';

const progress = progressFor('2.x');

async function elapsed<T>(body: () => Promise<T>): Promise<{ error: Error; ms: number }> {
	const started = Date.now();
	try {
		await body();
	} catch (error) {
		return { error: error as Error, ms: Date.now() - started };
	}
	throw new Error('expected a failure, but it succeeded');
}

describe('e2e failure modes (n8n 2.x)', () => {
	let runtime: Runtime;
	beforeAll(async () => {
		runtime = await ensureRuntime('2.x', progress);
	}, 30 * 60_000);

	describe('n8n killed while the suite waits for an execution', () => {
		let server: N8nServer | undefined;
		afterAll(async () => {
			await server?.stop();
		});

		it('the wait says n8n died, with its log tail, within seconds', async () => {
			server = await startN8n({ runtime });
			const client = await signedInClient(server);
			const { node } = webhookNode('Never called');
			const workflow = await client.createWorkflow({ name: 'waits forever', nodes: [node], connections: {} });
			await client.activateWorkflow(workflow.id);
			const pid = server.pid()!;
			expect(pid).toBeGreaterThan(0);
			setTimeout(() => process.kill(pid, 'SIGKILL'), 1000);

			const { error, ms } = await elapsed(() => client.waitForExecutions(workflow.id, 1, { timeoutMs: 120_000 }));
			expect(error.message).toMatch(/n8n at http:\/\/127\.0\.0\.1:\d+ is no longer running .*while waiting for 1 finished execution/);
			expect(error.message).toContain('--- n8n log tail');
			expect(ms).toBeLessThan(1000 + 5000);
			expect(server.alive()).toBe(false);

			// A call after the crash says the same instead of a bare "fetch failed".
			await expect(client.listExecutions(workflow.id)).rejects.toThrow(/no longer running/);
		}, 5 * 60_000);
	});

	it('a runtime whose n8n CLI is missing fails at once, naming the file and the fix', async () => {
		const broken: Runtime = { ...runtime, n8nBin: join(tmpdir(), 'no-such-n8n', 'bin', 'n8n') };
		const { error, ms } = await elapsed(() => startN8n({ runtime: broken }));
		expect(error.message).toMatch(/runtime is missing its n8n CLI \(.*no-such-n8n\/bin\/n8n\).*install\.ts 2\.x/);
		expect(ms).toBeLessThan(2000);
	});

	it('a cache folder without a finished install fails clearly when installing is off, and is left as it was', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'awork-n8n-cache-'));
		const half = join(cache, `n8n-${N8N_LINES['2.x'].version}`);
		mkdirSync(join(half, 'node_modules'), { recursive: true });
		writeFileSync(join(half, 'package.json'), '{}');
		const before = process.env.AWORK_N8N_CACHE;
		process.env.AWORK_N8N_CACHE = cache;
		try {
			// Node first: its folder is missing too.
			const node = await elapsed(() => ensureRuntime('2.x', progress, { install: false }));
			expect(node.error.message).toMatch(/Node 24\.\d+\.\d+ is not installed in .*\.ready missing\) and installing is off/);
			// With Node in place (the real one, via a finished marker), the half-installed n8n is what fails.
			const nodeDir = join(cache, `node-${runtime.node.match(/node-(\d+\.\d+\.\d+)/)![1]}`);
			mkdirSync(nodeDir, { recursive: true });
			writeFileSync(join(nodeDir, '.ready'), runtime.node.match(/node-(\d+\.\d+\.\d+)/)![1]);
			const n8n = await elapsed(() => ensureRuntime('2.x', progress, { install: false }));
			expect(n8n.error.message).toMatch(/n8n 2\.41\.1 \(2\.x\) is not installed in .*n8n-2\.41\.1 .*\.ready missing\) and installing is off; run/);
			expect(n8n.ms).toBeLessThan(2000);
			expect(existsSync(join(half, 'package.json'))).toBe(true);
		} finally {
			if (before === undefined) delete process.env.AWORK_N8N_CACHE;
			else process.env.AWORK_N8N_CACHE = before;
		}
	});

	it('a port in use fails at once, saying so', async () => {
		const blocker: Server = createServer();
		await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
		const port = (blocker.address() as { port: number }).port;
		try {
			const { error, ms } = await elapsed(() => startN8n({ runtime, port }));
			expect(error.message).toBe(`Port ${port} on 127.0.0.1 is already in use: stop what runs there or choose another port for n8n`);
			expect(ms).toBeLessThan(2000);
		} finally {
			await new Promise<void>((resolve) => blocker.close(() => resolve()));
		}
	});
});
