/** `npm run coverage:api` finds every operation of the specs in the catalog, and reports (and fails on) one that is not. */
import { ENDPOINTS } from '../../nodes/Awork/endpoints/generated/catalog';
import { coverageReport, specApiOperations } from '../../scripts/api-coverage';

const operations = specApiOperations();

describe('API coverage report', () => {
	it('reaches all 725 operations of both specs', () => {
		const report = coverageReport(ENDPOINTS, operations);
		expect(report.missing).toEqual([]);
		expect(report.exitCode).toBe(0);
		expect(report.totals).toMatchObject({ operations: 725, reachable: 725 });
		expect(report.text).toContain('Not reachable: none');
		expect(report.text).toMatch(/^Total\s+725\s+725\s+\d+$/m);
	});

	it('counts the operations curated operations call, per tag', () => {
		const report = coverageReport(ENDPOINTS, operations);
		expect(report.totals.curated).toBeGreaterThan(50);
		expect(report.totals.curated).toBeLessThan(725);
		for (const row of report.rows) expect(row.curated).toBeLessThanOrEqual(row.reachable);
		expect(report.rows.find((row) => row.api === 'v1' && row.tag === 'Projects')!.curated).toBeGreaterThan(0);
	});

	it('matches curated routes whatever their placeholders are named, and leaves API Call out', () => {
		const report = coverageReport(ENDPOINTS, operations, [
			{ resource: 'project', api: 'v1', method: 'GET', path: '/projects/{id}' },
			{ resource: 'project', api: 'v1', method: 'get', path: '/PROJECTS' },
			{ resource: 'apiCall', api: 'v1', method: 'GET', path: '/tasks' },
			{ resource: 'task', api: 'v1', method: 'GET', path: '/nowhere' },
		]);
		expect(report.totals.curated).toBe(2);
		expect(report.rows.find((row) => row.api === 'v1' && row.tag === 'Projects')!.curated).toBe(2);
		expect(report.unknownCurated.map((route) => route.path)).toEqual(['/nowhere']);
	});

	it('reports an operation the catalog lacks and fails', () => {
		const dropped = 'v1:GET /projects/{projectId}/comments';
		const report = coverageReport(
			ENDPOINTS.filter((endpoint) => endpoint.id !== dropped),
			operations,
		);
		expect(report.missing).toEqual([{ api: 'v1', method: 'GET', path: '/projects/{projectId}/comments', tag: 'ProjectComments' }]);
		expect(report.exitCode).toBe(1);
		expect(report.totals.reachable).toBe(724);
		expect(report.text).toContain('Not reachable (1):');
		expect(report.text).toContain(dropped);
		expect(report.rows.find((row) => row.tag === 'ProjectComments')).toMatchObject({ operations: 7, reachable: 6 });
	});
});
