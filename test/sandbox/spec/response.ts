/**
 * Checks response bodies against the schema the spec declares for the status, and exposes the item
 * schema of list operations (the query layer uses it to reject filters and orders on unknown fields).
 */
import type { SpecOperation } from '../types';
import type { OpenApiDocument, SpecDocuments } from './load';
import { describeResponseErrors } from './messages';
import { deref, documentOf, jsonSchemaOfResponse, resolvePointer, responseFor } from './operations';
import { SchemaRegistry } from './schema-registry';

export class ResponseValidator {
	private readonly registry: SchemaRegistry;

	constructor(private readonly specs: SpecDocuments) {
		this.registry = SchemaRegistry.for(specs);
	}

	/** Readable mismatches between the body and the spec; empty when the response is spec-true. */
	validate(op: SpecOperation, status: number, body: unknown): string[] {
		const doc = this.specs[op.api];
		const response = responseFor(op, doc, status);
		if (!response) {
			const declaresSuccess = Object.keys(op.operation.responses ?? {}).some((code) => code.startsWith('2'));
			// An operation that declares no success response at all leaves nothing to hold its 2xx to.
			if (status >= 200 && status < 300 && declaresSuccess) {
				const declared = Object.keys(op.operation.responses ?? {}).join(', ');
				return [`status ${status} is not declared for this operation (declared: ${declared})`];
			}
			if (status >= 200 && status < 300) return [];
			// Every error status shares awork's error body, declared for this operation or not.
			const errorSchema = doc.components?.schemas?.ErrorResponse;
			return errorSchema ? this.check(op, errorSchema, body) : [];
		}
		if (status === 204) return body === undefined ? [] : ['status 204 must not have a body'];
		const schema = jsonSchemaOfResponse(response);
		// No JSON schema (e.g. file downloads declared without content): nothing to hold the body to.
		if (!schema) return [];
		const resolved = deref(doc, schema);
		if (resolved.type === 'string' && resolved.format === 'binary') return [];
		if (body === undefined) return [`status ${status} requires a JSON body`];
		return this.check(op, schema, body);
	}

	private check(op: SpecOperation, schema: object, body: unknown): string[] {
		const validate = this.registry.compile(op.api, 'response', schema);
		return validate(body) ? [] : describeResponseErrors(validate.errors);
	}
}

export interface ResponseItemSchema {
	/** The item schema with a top-level `$ref` already resolved; nested `$ref`s remain. */
	schema: Record<string, any>;
	/** Resolves `#/components/schemas/...` (following chains of `$ref`s). */
	resolve(ref: string): Record<string, any>;
}

/** For list operations (the 200 response is an array): the item schema and a `$ref` resolver. */
export function responseItemSchema(op: SpecOperation, specs?: SpecDocuments): ResponseItemSchema | undefined {
	const doc: OpenApiDocument = documentOf(op, specs);
	const schema = jsonSchemaOfResponse(responseFor(op, doc, 200));
	const list = schema && deref(doc, schema);
	if (!list || list.type !== 'array' || !list.items) return undefined;
	return {
		schema: deref(doc, list.items),
		resolve: (ref: string) => deref(doc, resolvePointer(doc, ref)),
	};
}
