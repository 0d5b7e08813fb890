/**
 * The long tail's budgets: the built package's node descriptions stay under 600 KB together, and
 * the endpoint catalog is not loaded when n8n loads the node and builds its description, only when
 * API Call first needs it.
 */
import { readFileSync } from 'fs';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..', '..', '..');
const DESCRIPTION_BUDGET_BYTES = 600 * 1024;

describe('long-tail budgets', () => {
	it('keeps the built node descriptions of the package under 600 KB', () => {
		// `npm test` builds first; this measures what n8n's editor downloads: dist/, as package.json lists it.
		const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { n8n: { nodes: string[] } };
		let total = 0;
		for (const file of manifest.n8n.nodes) {
			const module = require(join(ROOT, file)) as Record<string, new () => { description: unknown }>;
			for (const NodeClass of Object.values(module).filter((value) => typeof value === 'function')) total += Buffer.byteLength(JSON.stringify(new NodeClass().description));
		}
		expect(total).toBeGreaterThan(50 * 1024);
		expect(total).toBeLessThanOrEqual(DESCRIPTION_BUDGET_BYTES);
	});

	it('loads the catalog lazily: not for the description, once for the first picker search', async () => {
		const load = await import('../../../../nodes/Awork/endpoints/load');
		const { Awork } = await import('../../../../nodes/Awork/Awork.node');
		const description = JSON.stringify(new Awork().description);
		expect(load.catalogLoaded()).toBe(false);
		expect(description).not.toContain('/absenceregions');
		const endpoints = await load.loadEndpoints();
		expect(load.catalogLoaded()).toBe(true);
		expect(endpoints.length).toBe(725);
		expect(await load.loadEndpoints()).toBe(endpoints);
	});
});
