/**
 * `npm run sandbox`: starts the awork sandbox on 127.0.0.1 and prints what to paste into the n8n
 * credential. Options come from the command line, else from the environment:
 *
 *   --port <n>            AWORK_SANDBOX_PORT       default 3737
 *   --seed <n>            AWORK_SANDBOX_SEED       default 1
 *   --workspace <kind>    AWORK_SANDBOX_WORKSPACE  demo | empty | large, default demo
 *   --no-rate-limit       AWORK_SANDBOX_RATE_LIMIT=off
 */
import { startSandbox } from './server';
import type { Sandbox, SandboxOptions } from './types';

export const DEFAULT_PORT = 3737;

export class CliUsageError extends Error {}

const USAGE = 'usage: sandbox [--port <n>] [--seed <n>] [--workspace demo|empty|large] [--no-rate-limit]';

function wholeNumber(name: string, value: string | undefined, min: number, max: number): number {
	const parsed = Number(value);
	if (value === undefined || value.trim() === '' || !Number.isInteger(parsed) || parsed < min || parsed > max) {
		throw new CliUsageError(`${name} must be a whole number from ${min} to ${max}, got '${value ?? ''}'`);
	}
	return parsed;
}

function workspaceOption(value: string): SandboxOptions['workspace'] {
	// `large` takes the generator's defaults (about 10,000 tasks and 50,000 time entries).
	if (value === 'demo' || value === 'empty') return value;
	if (value === 'large') return {};
	throw new CliUsageError(`--workspace must be demo, empty or large, got '${value}'`);
}

/** Sandbox options from argv (without `node` and the script) and the environment. */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv = {}): SandboxOptions {
	const values: Record<string, string | undefined> = {
		port: env.AWORK_SANDBOX_PORT,
		seed: env.AWORK_SANDBOX_SEED,
		workspace: env.AWORK_SANDBOX_WORKSPACE,
	};
	let rateLimit = !/^(off|false|0|no)$/i.test(env.AWORK_SANDBOX_RATE_LIMIT ?? '');
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--no-rate-limit') {
			rateLimit = false;
			continue;
		}
		const option = /^--(port|seed|workspace)(?:=(.*))?$/.exec(arg);
		if (!option) throw new CliUsageError(`unknown argument '${arg}'\n${USAGE}`);
		const value = option[2] ?? argv[++i];
		if (value === undefined) throw new CliUsageError(`--${option[1]} needs a value\n${USAGE}`);
		values[option[1]] = value;
	}
	const options: SandboxOptions = {
		host: '127.0.0.1',
		port: values.port === undefined ? DEFAULT_PORT : wholeNumber('--port', values.port, 0, 65535),
		seed: values.seed === undefined ? 1 : wholeNumber('--seed', values.seed, 0, 2 ** 32 - 1),
		workspace: workspaceOption(values.workspace ?? 'demo'),
	};
	if (!rateLimit) options.rateLimit = false;
	return options;
}

/** The lines printed at start: where the API is and the key that opens it. */
export function banner(sandbox: Sandbox, options: SandboxOptions): string {
	const workspace = typeof options.workspace === 'string' ? options.workspace : 'large';
	return [
		`awork sandbox listening (workspace: ${workspace}, seed: ${options.seed ?? 1}, rate limit: ${
			options.rateLimit === false ? 'off' : 'on'
		})`,
		`  API base URL (v1): ${sandbox.baseUrl}`,
		`  API base URL (v2): ${sandbox.baseUrlV2}`,
		`  API key:           ${sandbox.apiKey}`,
		'Paste the base URL and the key into the n8n awork credential. Ctrl+C stops the sandbox.',
	].join('\n');
}

export async function main(argv = process.argv.slice(2), env = process.env): Promise<void> {
	let options: SandboxOptions;
	try {
		options = parseCliOptions(argv, env);
	} catch (error) {
		if (!(error instanceof CliUsageError)) throw error;
		console.error(error.message);
		process.exitCode = 2;
		return;
	}
	const sandbox = await startSandbox(options);
	console.log(banner(sandbox, options));
	const shutdown = (signal: string) => {
		console.log(`\n${signal}: stopping the sandbox`);
		void sandbox.stop().then(() => process.exit(0));
	};
	process.once('SIGINT', () => shutdown('SIGINT'));
	process.once('SIGTERM', () => shutdown('SIGTERM'));
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	});
}
