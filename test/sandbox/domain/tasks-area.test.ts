import { readFileSync } from 'fs';
import { resolve } from 'path';
import { tasksAreaHandlers, tasksAreaTables } from './tasks-area';

const specPath = process.env.AWORK_OPENAPI_V1 ?? resolve(__dirname, '..', '..', '..', '..', 'shared', 'awork-api', 'openapi-v1.json');
const spec = JSON.parse(readFileSync(specPath, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
const specKeys = new Set(
	Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`)),
);

describe('tasks area handler tables', () => {
	it('only registers operations the spec defines, spelled exactly like its paths', () => {
		const unknown = Object.keys(tasksAreaHandlers).filter((key) => !specKeys.has(key));
		expect(unknown).toEqual([]);
	});

	it('registers every operation in one table only', () => {
		const seen = new Map<string, string>();
		const duplicates: string[] = [];
		for (const [table, handlers] of Object.entries(tasksAreaTables)) {
			for (const key of Object.keys(handlers)) {
				if (seen.has(key)) duplicates.push(`${key} in ${seen.get(key)} and ${table}`);
				seen.set(key, table);
			}
		}
		expect(duplicates).toEqual([]);
	});

	it('covers the core task operations', () => {
		for (const key of ['POST /tasks', 'GET /tasks/{taskId}', 'PUT /tasks/{taskId}', 'POST /tasks/changestatuses', 'POST /tasks/delete', 'GET /tasks/key/{taskIdentifier}']) {
			expect(tasksAreaHandlers[key]).toBeInstanceOf(Function);
		}
	});
});
