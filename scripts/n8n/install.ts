/** `npm run n8n:install [2.x] [1.x]`: installs the pinned n8n runtimes into the cache (both by default), one after another. */
import { ensureRuntime, N8N_LINES, type N8nLine } from './runtime';

async function main(): Promise<void> {
	const asked = process.argv.slice(2);
	const lines = (asked.length ? asked : Object.keys(N8N_LINES)) as Array<N8nLine['line']>;
	for (const line of lines) {
		if (!(line in N8N_LINES)) throw new Error(`Unknown n8n line '${line}': expected one of ${Object.keys(N8N_LINES).join(', ')}`);
		const runtime = await ensureRuntime(line);
		console.log(`n8n ${runtime.line.version} (${line}) ready: ${runtime.n8nBin}`);
	}
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
