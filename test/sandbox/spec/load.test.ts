import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { loadSpecs, specPaths } from './load';

describe('spec loading', () => {
	const saved = { v1: process.env.AWORK_OPENAPI_V1, v2: process.env.AWORK_OPENAPI_V2 };
	afterEach(() => {
		for (const [key, value] of [['AWORK_OPENAPI_V1', saved.v1], ['AWORK_OPENAPI_V2', saved.v2]] as const) {
			if (value === undefined) delete process.env[key];
			else process.env[key] = value;
		}
	});

	it('defaults to ../shared/awork-api next to the repository', () => {
		delete process.env.AWORK_OPENAPI_V1;
		delete process.env.AWORK_OPENAPI_V2;
		const repoRoot = path.resolve(__dirname, '..', '..', '..');
		expect(specPaths()).toEqual({
			v1: path.join(repoRoot, '..', 'shared', 'awork-api', 'openapi-v1.json'),
			v2: path.join(repoRoot, '..', 'shared', 'awork-api', 'openapi-v2.json'),
		});
	});

	it('prefers options over the environment over the default', () => {
		process.env.AWORK_OPENAPI_V1 = '/env/v1.json';
		process.env.AWORK_OPENAPI_V2 = '/env/v2.json';
		expect(specPaths()).toEqual({ v1: '/env/v1.json', v2: '/env/v2.json' });
		expect(specPaths({ specV1Path: '/opt/v1.json' })).toEqual({ v1: '/opt/v1.json', v2: '/env/v2.json' });
	});

	it('names the missing path and the environment variable to set', () => {
		expect(() => loadSpecs({ specV1Path: '/nowhere/openapi-v1.json' })).toThrow(
			/\/nowhere\/openapi-v1\.json.*AWORK_OPENAPI_V1/,
		);
		expect(() => loadSpecs({ specV2Path: '/nowhere/v2.json' })).toThrow(/\/nowhere\/v2\.json.*AWORK_OPENAPI_V2/);
	});

	it('rejects a file that is not an OpenAPI 3 document', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'awork-spec-'));
		const file = path.join(dir, 'v1.json');
		writeFileSync(file, JSON.stringify({ swagger: '2.0', paths: {} }));
		expect(() => loadSpecs({ specV1Path: file })).toThrow(/not an OpenAPI 3 document.*AWORK_OPENAPI_V1/);
	});

	it('parses each file once per process', () => {
		const first = loadSpecs();
		const second = loadSpecs();
		expect(second.v1).toBe(first.v1);
		expect(second.v2).toBe(first.v2);
		expect(Object.keys(first.v1.paths).length).toBeGreaterThan(500);
	});
});
