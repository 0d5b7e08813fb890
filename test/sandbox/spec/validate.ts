/**
 * Checks a request against its spec operation the way awork's ASP.NET backend would: path, query and
 * header parameters are bound from strings (binding errors in ASP.NET's wording), the body is validated
 * against the operation's request schema for the content type sent (JSON or multipart). Per-operation
 * plans are built on first use and cached: startup stays fast, repeated requests stay cheap.
 */
import type { ValidateFunction } from 'ajv';
import type { ValidationError } from '../http/errors';
import type { SpecOperation, UploadedFile } from '../types';
import { coerceValues, lookupInsensitive } from './coerce';
import type { SpecDocuments } from './load';
import { propertyPath, toValidationErrors } from './messages';
import { deref, isJsonMediaType, type OperationParameter, operationParameters, requestBodyOf } from './operations';
import { SchemaRegistry } from './schema-registry';

export { ResponseValidator, responseItemSchema } from './response';

export interface RequestToValidate {
	params: Record<string, string>;
	query: Record<string, string | string[]>;
	/** Request headers (Node's `IncomingHttpHeaders` will do); names are matched case-insensitively. */
	headers?: Record<string, string | string[] | undefined>;
	/** The request's Content-Type header, parameters (charset, boundary) allowed. */
	contentType?: string;
	/** Parsed JSON body, or the non-file multipart fields as strings. */
	body: unknown;
	files?: UploadedFile[];
}

interface ParameterCheck {
	param: OperationParameter;
	schema: any;
	itemSchema?: any;
	validate: ValidateFunction;
	/** awork's minimal-API endpoints bind `List<Guid>` from one comma-separated value. */
	commaSeparatedGuids: boolean;
}

interface MultipartPlan {
	binaryFields: Array<{ name: string; required: boolean }>;
	fieldSchemas: Record<string, any>;
	validateFields: ValidateFunction;
}

interface BodyPlan {
	required: boolean;
	/** Media types as the spec lists them. */
	mediaTypes: string[];
	json?: ValidateFunction;
	multipart?: MultipartPlan;
}

interface OperationPlan {
	path: ParameterCheck[];
	query: ParameterCheck[];
	header: ParameterCheck[];
	body?: BodyPlan;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const EMPTY_BODY_MESSAGE = 'A non-empty request body is required.';

export class RequestValidator {
	private readonly registry: SchemaRegistry;
	private readonly plans = new WeakMap<object, OperationPlan>();

	constructor(private readonly specs: SpecDocuments) {
		this.registry = SchemaRegistry.for(specs);
	}

	/** Everything the real API would reject in this request; empty when it is valid. */
	validate(op: SpecOperation, req: RequestToValidate): ValidationError[] {
		const plan = this.planFor(op);
		const errors: ValidationError[] = [];
		for (const check of plan.path) this.checkParameter(check, req.params[check.param.name], errors);
		for (const check of plan.query) this.checkParameter(check, lookupInsensitive(req.query, check.param.name), errors);
		// Header names are case-insensitive (RFC 9110); Node already lower-cases them, other callers may not.
		for (const check of plan.header) this.checkParameter(check, lookupInsensitive(req.headers ?? {}, check.param.name), errors);
		if (plan.body) errors.push(...this.checkBody(plan.body, req));
		return errors;
	}

	private checkParameter(check: ParameterCheck, raw: string | string[] | undefined, errors: ValidationError[]): void {
		const { name, required } = check.param;
		const first = Array.isArray(raw) ? raw[0] : raw;
		if (raw === undefined || (first === '' && !check.schema.nullable && check.schema.type !== 'array')) {
			if (required) errors.push({ property: name, message: `The ${name} field is required.` });
			return;
		}
		const invalid = () => errors.push({ property: name, message: `The value '${first}' is not valid for ${name}.` });
		if (check.commaSeparatedGuids) {
			const ids = String(first).split(',').map((s) => s.trim()).filter(Boolean);
			if (ids.length === 0 || !ids.every((id) => UUID.test(id))) invalid();
			return;
		}
		const bound = coerceValues(raw, check.schema, check.itemSchema);
		if (!bound.ok || !check.validate(bound.value)) invalid();
	}

	private checkBody(plan: BodyPlan, req: RequestToValidate): ValidationError[] {
		const files = req.files ?? [];
		const isEmpty =
			req.body === undefined ||
			req.body === null ||
			req.body === '' ||
			(plan.multipart !== undefined && isMultipart(req.contentType) && Object.keys(req.body as object).length === 0 && files.length === 0);
		if (isEmpty) return plan.required ? [{ property: '', message: EMPTY_BODY_MESSAGE }] : [];

		const kind = req.contentType ? mediaKind(req.contentType) : plan.json ? 'json' : 'multipart';
		if (kind === 'json' && plan.json) {
			return plan.json(req.body) ? [] : toValidationErrors(plan.json.errors);
		}
		if (kind === 'multipart' && plan.multipart) return this.checkMultipart(plan.multipart, req.body, files);
		return [
			{
				property: 'Content-Type',
				message: `The content type '${req.contentType ?? 'none'}' is not supported here; expected ${plan.mediaTypes.join(' or ')}.`,
			},
		];
	}

	private checkMultipart(plan: MultipartPlan, body: unknown, files: UploadedFile[]): ValidationError[] {
		const errors: ValidationError[] = [];
		for (const field of plan.binaryFields) {
			const sent = files.some((file) => file.fieldName.toLowerCase() === field.name.toLowerCase());
			if (field.required && !sent) errors.push({ property: propertyPath([field.name]), message: `'${propertyPath([field.name])}' should not be empty.` });
		}
		const fields = (body && typeof body === 'object' ? body : {}) as Record<string, string | string[]>;
		const bound: Record<string, unknown> = {};
		for (const [name, schema] of Object.entries(plan.fieldSchemas)) {
			const raw = lookupInsensitive(fields, name);
			if (raw === undefined) continue;
			const value = coerceValues(raw, schema);
			if (value.ok) bound[name] = value.value;
			else errors.push({ property: propertyPath([name]), message: `The value '${[raw].flat()[0]}' is not valid for ${propertyPath([name])}.` });
		}
		if (!plan.validateFields(bound)) errors.push(...toValidationErrors(plan.validateFields.errors));
		return errors;
	}

	private planFor(op: SpecOperation): OperationPlan {
		let plan = this.plans.get(op.operation);
		if (!plan) this.plans.set(op.operation, (plan = this.buildPlan(op)));
		return plan;
	}

	private buildPlan(op: SpecOperation): OperationPlan {
		const doc = this.specs[op.api];
		const checks = operationParameters(op, doc).map((param): ParameterCheck => {
			const schema = deref(doc, param.schema);
			return {
				param,
				schema,
				itemSchema: schema.items && deref(doc, schema.items),
				validate: this.registry.compile(op.api, 'request', param.schema),
				commaSeparatedGuids: schema.type === 'string' && /comma-separated list/i.test(schema.description ?? '') && /guid/i.test(schema.description ?? ''),
			};
		});
		const body = requestBodyOf(op, doc);
		return {
			path: checks.filter((c) => c.param.in === 'path'),
			query: checks.filter((c) => c.param.in === 'query'),
			header: checks.filter((c) => c.param.in === 'header'),
			body: body && this.bodyPlan(op, body),
		};
	}

	private bodyPlan(op: SpecOperation, body: { required: boolean; content: Record<string, any> }): BodyPlan {
		const doc = this.specs[op.api];
		const mediaTypes = Object.keys(body.content);
		const jsonType = mediaTypes.find(isJsonMediaType);
		const multipartType = mediaTypes.find(isMultipart);
		const plan: BodyPlan = { required: body.required, mediaTypes };
		if (jsonType) plan.json = this.registry.compile(op.api, 'request', body.content[jsonType].schema ?? {});
		if (multipartType) {
			const schema = deref(doc, body.content[multipartType].schema ?? {});
			const required = new Set<string>(schema.required ?? []);
			const binaryFields: MultipartPlan['binaryFields'] = [];
			const fieldSchemas: Record<string, any> = {};
			const fieldProperties: Record<string, any> = {};
			for (const [name, property] of Object.entries<any>(schema.properties ?? {})) {
				const resolved = deref(doc, property);
				if (resolved.type === 'string' && resolved.format === 'binary') binaryFields.push({ name, required: required.has(name) });
				else {
					fieldSchemas[name] = resolved;
					fieldProperties[name] = property;
				}
			}
			const fieldsSchema = {
				type: 'object',
				properties: fieldProperties,
				required: [...required].filter((name) => name in fieldProperties),
			};
			plan.multipart = { binaryFields, fieldSchemas, validateFields: this.registry.compile(op.api, 'request', fieldsSchema) };
		}
		return plan;
	}
}

function isMultipart(contentType: string | undefined): boolean {
	return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'multipart/form-data';
}

function mediaKind(contentType: string): 'json' | 'multipart' | 'other' {
	if (isJsonMediaType(contentType)) return 'json';
	return isMultipart(contentType) ? 'multipart' : 'other';
}
