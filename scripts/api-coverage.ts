/**
 * `npm run coverage:api`: per tag of awork's specs, how many operations the node can reach (every catalog entry is reachable
 * through the API Call operation) and how many a curated operation calls; lists the operations it cannot reach and then
 * exits with 1.
 */
// Building the node's resources builds every operation selector, which records its routes in `curatedRoutes`. (Not
// `Awork.node`: under ts-node that path resolves to `Awork.node.json`, the codex file, before `Awork.node.ts`.)
import '../nodes/Awork/resources';
import { ENDPOINTS } from '../nodes/Awork/endpoints/generated/catalog';
import type { Endpoint } from '../nodes/Awork/endpoints/types';
import { curatedRoutes, routeKey, routeMatches } from '../nodes/Awork/shared/descriptions/operation';
import { loadSpec, specOperations } from './generate-api-catalog';

/** An operation of a spec: which API, method and path, and the spec's first tag. */
export interface ApiOperation {
	api: 'v1' | 'v2';
	method: string;
	path: string;
	tag: string;
}

export interface CoverageRow {
	api: 'v1' | 'v2';
	tag: string;
	operations: number;
	reachable: number;
	curated: number;
}

export interface CoverageReport {
	rows: CoverageRow[];
	/** Operations of the specs no catalog entry stands for. */
	missing: ApiOperation[];
	/** Curated routes that match no operation of the specs (a curated operation calling what awork does not document). */
	unknownCurated: Array<{ api: string; method: string; path: string }>;
	totals: { operations: number; reachable: number; curated: number };
	/** 1 when an operation is missing, else 0. */
	exitCode: 0 | 1;
	text: string;
}

export function specApiOperations(): ApiOperation[] {
	return (['v1', 'v2'] as const).flatMap((api) =>
		specOperations(loadSpec(api), api).map(({ method, path, operation }) => ({
			api,
			method,
			path,
			tag: String((operation.tags as string[] | undefined)?.[0] ?? 'Other'),
		})),
	);
}

const idOf = (op: { api: string; method: string; path: string }) => `${op.api}:${op.method.toUpperCase()} ${op.path}`;

export function coverageReport(
	endpoints: readonly Pick<Endpoint, 'api' | 'method' | 'path'>[] = ENDPOINTS,
	operations: readonly ApiOperation[] = specApiOperations(),
	curated: ReadonlyArray<{ resource?: string; api: string; method: string; path: string }> = curatedRoutes,
): CoverageReport {
	const reachableIds = new Set(endpoints.map(idOf));
	// API Call's own route is the catalog itself, not a curated operation.
	const ours = curated.filter((route) => route.resource !== 'apiCall');
	const rows = new Map<string, CoverageRow>();
	const missing: ApiOperation[] = [];
	for (const op of operations) {
		const key = `${op.api} ${op.tag}`;
		const row = rows.get(key) ?? { api: op.api, tag: op.tag, operations: 0, reachable: 0, curated: 0 };
		rows.set(key, row);
		row.operations++;
		if (reachableIds.has(idOf(op))) row.reachable++;
		else missing.push(op);
		if (ours.some((route) => routeMatches(op, route))) row.curated++;
	}
	const unknownCurated = [
		...new Map(ours.filter((route) => !operations.some((op) => routeMatches(op, route))).map((route) => [routeKey(route), route])).values(),
	];
	const sorted = [...rows.values()].sort((a, b) => a.api.localeCompare(b.api) || a.tag.localeCompare(b.tag));
	const sum = (field: 'operations' | 'reachable' | 'curated') => sorted.reduce((total, row) => total + row[field], 0);
	const totals = { operations: sum('operations'), reachable: sum('reachable'), curated: sum('curated') };

	const width = Math.max(...sorted.map((row) => row.tag.length + 4), 'Total'.length);
	const line = (name: string, a: number | string, b: number | string, c: number | string) =>
		`${name.padEnd(width)}  ${String(a).padStart(10)}  ${String(b).padStart(9)}  ${String(c).padStart(7)}`;
	const text = [
		'awork API coverage: reachable = in the API Call catalog, curated = called by a curated operation',
		'',
		line('Tag', 'Operations', 'Reachable', 'Curated'),
		...sorted.map((row) => line(`${row.api}  ${row.tag}`, row.operations, row.reachable, row.curated)),
		line('Total', totals.operations, totals.reachable, totals.curated),
		'',
		missing.length ? `Not reachable (${missing.length}):` : 'Not reachable: none',
		...missing.map((op) => `  ${idOf(op)}  [${op.tag}]`),
		...(unknownCurated.length
			? ['', `Curated routes not in the specs (${unknownCurated.length}):`, ...unknownCurated.map((route) => `  ${idOf(route)}`)]
			: []),
	].join('\n');
	return { rows: sorted, missing, unknownCurated, totals, exitCode: missing.length ? 1 : 0, text };
}

if (require.main === module) {
	const report = coverageReport();
	console.log(report.text);
	process.exitCode = report.exitCode;
}
