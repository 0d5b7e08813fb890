/**
 * Deterministic spec-valid samples for operations: the answer for operations without a stateful
 * handler, and a valid request for every operation (used by the spec coverage test).
 */
import { ApiError } from '../http/errors';
import { Rng } from '../store';
import { operationKey, type SandboxResponse, type SpecOperation, type UploadedFile } from '../types';
import type { SpecDocuments } from './load';
import {
	deref,
	documentOf,
	isJsonMediaType,
	jsonSchemaOfResponse,
	operationParameters,
	requestBodyOf,
	responseFor,
	successStatus,
	templateParamNames,
} from './operations';
import { mixSeed, SampleGenerator } from './sample-value';

export interface SampleRequest {
	params: Record<string, string>;
	query: Record<string, string>;
	/** The required header parameters (`aw-internal-request` of `GET /roles/users`). */
	headers: Record<string, string>;
	/** JSON body, when the operation takes one. */
	body?: unknown;
	contentType?: string;
	multipart?: { fields: Record<string, string>; files: UploadedFile[] };
}

/** The operation's first declared success response, filled from its schema. */
export function sampleResponse(op: SpecOperation, seed: number, specs?: SpecDocuments): SandboxResponse {
	const doc = documentOf(op, specs);
	const status = successStatus(op);
	if (status === 204) return { status };
	if (status >= 400) return declaredErrorResponse(op, status, seed);
	const schema = jsonSchemaOfResponse(responseFor(op, doc, status));
	if (!schema) return { status };
	const resolved = deref(doc, schema);
	if (resolved.type === 'string' && resolved.format === 'binary') {
		return { status, raw: Buffer.from(`awork sandbox sample file for ${operationKey(op)}\n`), contentType: 'application/octet-stream' };
	}
	const generator = new SampleGenerator(doc, new Rng(mixSeed(seed, operationKey(op))), 'response');
	return { status, body: generator.value(schema), contentType: 'application/json' };
}

/** awork's error body for an operation whose only declared answer is an error. */
function declaredErrorResponse(op: SpecOperation, status: number, seed: number): SandboxResponse {
	const rng = new Rng(mixSeed(seed, `error ${operationKey(op)}`));
	const traceId = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join('');
	const code = ERROR_CODES[status] ?? 'error';
	const error = new ApiError(status, code, `${op.method} ${op.pathTemplate} answers ${status} by design.`);
	return { status, body: error.body(traceId), contentType: 'application/json' };
}

const ERROR_CODES: Record<number, string> = { 400: 'invalid-operation', 403: 'forbidden', 404: 'not-found', 405: 'method-not-allowed' };

/** A request the spec accepts: every path parameter, the required query and header parameters, a body if one is taken. */
export function sampleRequest(op: SpecOperation, seed: number, specs?: SpecDocuments): SampleRequest {
	const doc = documentOf(op, specs);
	const rng = new Rng(mixSeed(seed, `request ${operationKey(op)}`));
	const generator = new SampleGenerator(doc, rng, 'request');
	const parameters = operationParameters(op, doc);
	const request: SampleRequest = { params: {}, query: {}, headers: {} };

	for (const name of templateParamNames(op.pathTemplate)) {
		const declared = parameters.find((p) => p.in === 'path' && p.name === name);
		request.params[name] = declared ? asText(generator.value(declared.schema)) : rng.uuid();
	}
	for (const param of parameters) {
		if (param.in !== 'query' || !param.required) continue;
		const schema = deref(doc, param.schema);
		// awork's comma-separated Guid lists are typed as plain strings in the spec.
		request.query[param.name] = /comma-separated list/i.test(schema.description ?? '')
			? [rng.uuid(), rng.uuid()].join(',')
			: asText(generator.value(param.schema));
	}
	for (const param of parameters) {
		if (param.in !== 'header' || !param.required) continue;
		// The default is what a client sends (`aw-internal-request: true`). Headers draw from their own
		// generator, so adding them left every body sample as it was.
		const schema = deref(doc, param.schema);
		const headerSample = () => new SampleGenerator(doc, new Rng(mixSeed(seed, `header ${param.name}`)), 'request').value(schema);
		request.headers[param.name] = asText(schema.default !== undefined ? schema.default : headerSample());
	}

	const body = requestBodyOf(op, doc);
	if (!body) return request;
	const jsonType = Object.keys(body.content).find(isJsonMediaType);
	if (jsonType) {
		request.contentType = 'application/json';
		request.body = generator.value(body.content[jsonType].schema ?? {});
		return request;
	}
	const multipartSchema = body.content['multipart/form-data']?.schema;
	if (multipartSchema) {
		request.contentType = 'multipart/form-data';
		request.multipart = sampleMultipart(deref(doc, multipartSchema), generator, doc);
	}
	return request;
}

function sampleMultipart(schema: any, generator: SampleGenerator, doc: Parameters<typeof deref>[0]): SampleRequest['multipart'] {
	const fields: Record<string, string> = {};
	const files: UploadedFile[] = [];
	for (const [name, property] of Object.entries<any>(schema.properties ?? {})) {
		const resolved = deref(doc, property);
		if (resolved.readOnly) continue;
		if (resolved.type === 'string' && resolved.format === 'binary') {
			files.push({ fieldName: name, fileName: `${name}.txt`, contentType: 'text/plain', data: Buffer.from('sample file\n') });
		} else if (resolved.type !== 'object' && resolved.type !== 'array') {
			fields[name] = asText(generator.value(property));
		}
	}
	return { fields, files };
}

/** How a value is written into a URL or form field. */
function asText(value: unknown): string {
	return typeof value === 'string' ? value : JSON.stringify(value);
}
