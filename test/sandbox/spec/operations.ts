/**
 * Enumerates the operations of the spec documents and resolves the pieces of an operation that
 * may be `$ref`s (parameters, request bodies, responses), so other spec modules read them plainly.
 */
import type { ApiVersion, SpecOperation } from '../types';
import type { OpenApiDocument, SpecDocuments } from './load';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Which document an operation object came from, so helpers that get only the operation can resolve `$ref`s. */
const documentOfOperation = new WeakMap<object, OpenApiDocument>();
const operationsOfDocument = new WeakMap<OpenApiDocument, SpecOperation[]>();

function operationsOf(api: ApiVersion, doc: OpenApiDocument): SpecOperation[] {
	const known = operationsOfDocument.get(doc);
	if (known) return known;
	const ops: SpecOperation[] = [];
	for (const [pathTemplate, pathItem] of Object.entries(doc.paths)) {
		for (const [method, operation] of Object.entries(pathItem)) {
			if (!HTTP_METHODS.includes(method) || !operation || typeof operation !== 'object') continue;
			documentOfOperation.set(operation, doc);
			ops.push({ api, method: method.toUpperCase(), pathTemplate, operationId: operation.operationId, operation });
		}
	}
	operationsOfDocument.set(doc, ops);
	return ops;
}

/** Every operation of both documents (v1 first), in spec order. */
export function listOperations(specs: SpecDocuments): SpecOperation[] {
	return [...operationsOf('v1', specs.v1), ...operationsOf('v2', specs.v2)];
}

/** The document an operation belongs to; known for every operation that `listOperations` has seen. */
export function documentOf(op: SpecOperation, specs?: SpecDocuments): OpenApiDocument {
	const doc = specs ? specs[op.api] : documentOfOperation.get(op.operation);
	if (!doc) throw new Error(`No spec document known for ${op.method} ${op.pathTemplate}; pass the specs explicitly.`);
	return doc;
}

/** Follows a local `$ref` (`#/components/...`) until a non-reference object is reached. */
export function deref<T = any>(doc: OpenApiDocument, value: any): T {
	let current = value;
	for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
		if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
		current = resolvePointer(doc, current.$ref);
	}
	return current as T;
}

export function resolvePointer(doc: OpenApiDocument, ref: string): any {
	if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`);
	let node: any = doc;
	for (const raw of ref.slice(2).split('/')) {
		const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
		node = node?.[key];
		if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`);
	}
	return node;
}

export interface OperationParameter {
	name: string;
	in: 'path' | 'query' | 'header' | 'cookie';
	required: boolean;
	schema: any;
	description?: string;
}

/** Path-level and operation-level parameters merged (the operation's win), `$ref`s resolved. */
export function operationParameters(op: SpecOperation, doc: OpenApiDocument): OperationParameter[] {
	const pathLevel: any[] = doc.paths[op.pathTemplate]?.parameters ?? [];
	const byKey = new Map<string, OperationParameter>();
	for (const raw of [...pathLevel, ...(op.operation.parameters ?? [])]) {
		const p = deref(doc, raw);
		byKey.set(`${p.in}:${p.name}`, {
			name: p.name,
			in: p.in,
			required: p.in === 'path' ? true : Boolean(p.required),
			schema: p.schema ?? {},
			description: p.description,
		});
	}
	return [...byKey.values()];
}

/** The names of the `{placeholders}` in a path template, in order. */
export function templateParamNames(pathTemplate: string): string[] {
	return [...pathTemplate.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

/** The operation's request body object with `$ref` resolved, if it declares one. */
export function requestBodyOf(op: SpecOperation, doc: OpenApiDocument): { required: boolean; content: Record<string, any> } | undefined {
	const body = op.operation.requestBody && deref(doc, op.operation.requestBody);
	if (!body || !body.content) return undefined;
	return { required: Boolean(body.required), content: body.content };
}

/** The response object declared for a status (exact code, then `2XX`-style range, then `default`). */
export function responseFor(op: SpecOperation, doc: OpenApiDocument, status: number): any | undefined {
	const responses = op.operation.responses ?? {};
	const raw = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
	return raw && deref(doc, raw);
}

/**
 * The first declared 2xx status (the success response a sample imitates); for an operation that
 * declares no success at all (`GET /invitations` only answers 404), its first declared status.
 */
export function successStatus(op: SpecOperation): number {
	const declared = Object.keys(op.operation.responses ?? {})
		.filter((code) => /^\d\d\d$/.test(code))
		.map(Number)
		.sort((a, b) => a - b);
	return declared.find((code) => code >= 200 && code < 300) ?? declared[0] ?? 200;
}

/** The JSON schema of a response object, if it declares JSON content. */
export function jsonSchemaOfResponse(response: any): any | undefined {
	const content = response?.content;
	if (!content) return undefined;
	const key = Object.keys(content).find((type) => isJsonMediaType(type));
	return key ? content[key].schema : undefined;
}

/** `application/json`, `text/json`, `application/*+json`, `application/problem+json`, ... */
export function isJsonMediaType(mediaType: string): boolean {
	const type = mediaType.split(';')[0].trim().toLowerCase();
	return type === 'application/json' || type === 'text/json' || type.endsWith('+json');
}
