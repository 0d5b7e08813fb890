/**
 * Finds and loads awork's OpenAPI documents (v1 and the v2 time-tracking spec). The v1 file is a
 * few megabytes, so each path is parsed once per process and shared by every sandbox instance.
 */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';

/** The parts of an OpenAPI 3.0 document the sandbox reads. */
export interface OpenApiDocument {
	openapi: string;
	paths: Record<string, Record<string, any>>;
	components?: {
		schemas?: Record<string, any>;
		parameters?: Record<string, any>;
		[key: string]: unknown;
	};
	[key: string]: unknown;
}

export interface SpecDocuments {
	v1: OpenApiDocument;
	v2: OpenApiDocument;
}

export interface SpecPathOptions {
	specV1Path?: string;
	specV2Path?: string;
}

const ENV_V1 = 'AWORK_OPENAPI_V1';
const ENV_V2 = 'AWORK_OPENAPI_V2';

/** `<repo>/../shared/awork-api`: this file lives in `<repo>/test/sandbox/spec/`. */
const DEFAULT_SPEC_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'awork-api');

/** Where the specs are read from: options, then environment, then the shared default folder. */
export function specPaths(opts: SpecPathOptions = {}): { v1: string; v2: string } {
	return {
		v1: path.resolve(opts.specV1Path ?? process.env[ENV_V1] ?? path.join(DEFAULT_SPEC_DIR, 'openapi-v1.json')),
		v2: path.resolve(opts.specV2Path ?? process.env[ENV_V2] ?? path.join(DEFAULT_SPEC_DIR, 'openapi-v2.json')),
	};
}

const cache = new Map<string, OpenApiDocument>();

function loadDocument(file: string, envVar: string): OpenApiDocument {
	const cached = cache.get(file);
	if (cached) return cached;
	if (!existsSync(file)) {
		throw new Error(
			`awork OpenAPI spec not found at ${file}. Set the environment variable ${envVar} to its path ` +
				`(or pass the path in the sandbox options).`,
		);
	}
	let doc: OpenApiDocument;
	try {
		doc = JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`awork OpenAPI spec at ${file} is not valid JSON (${(error as Error).message}); check ${envVar}.`);
	}
	if (!doc || typeof doc !== 'object' || typeof doc.paths !== 'object' || !String(doc.openapi ?? '').startsWith('3.')) {
		throw new Error(`${file} is not an OpenAPI 3 document; check ${envVar}.`);
	}
	cache.set(file, doc);
	return doc;
}

/** Both documents, parsed once per path and process. */
export function loadSpecs(opts: SpecPathOptions = {}): SpecDocuments {
	const paths = specPaths(opts);
	return { v1: loadDocument(paths.v1, ENV_V1), v2: loadDocument(paths.v2, ENV_V2) };
}
