/**
 * The request of an API Call, built from the chosen endpoint's catalog entry: path, query and
 * header parameters and the body from the mapper and the JSON fields, every value checked first.
 * A value the endpoint does not take is an error, never dropped silently.
 */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import type { Endpoint, EndpointParam } from '../../endpoints/types';
import { receiveBinary } from '../../shared/binary/download';
import { readInputFile } from '../../shared/binary/upload';
import { multipartBody, type MultipartFile } from '../../shared/binary/multipart';
import { isBlank, type FieldContext } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { MAX_PAGE_SIZE } from '../../shared/transport/declarative';
import { convertValue, fieldName, type Where } from './convert';

/** What the API Call's fields leave in `context.values`. */
export interface CallValues {
	_endpoint: Endpoint;
	/** Mapper values by `<in>:<name>`. */
	_mapped: IDataObject;
	/** Parameters (JSON): by name or `<in>:<name>`; absent when that option was not added. */
	_parameters?: IDataObject;
	/** Body (JSON), parsed; undefined when empty. */
	_body?: unknown;
	/** Compiled Conditions and Sort, when set. */
	_filterby?: string;
	_orderby?: string;
}

const keyOf = (param: Pick<EndpointParam, 'in' | 'name'>) => `${param.in}:${param.name}`;

/** The value given for `param`: the mapper's, else Parameters (JSON)'s. */
function given(values: CallValues, param: EndpointParam): unknown {
	const mapped = values._mapped[keyOf(param)];
	if (!isBlank(mapped)) return mapped;
	const fromJson = values._parameters?.[keyOf(param)] ?? values._parameters?.[param.name];
	return isBlank(fromJson) ? undefined : fromJson;
}

/** Keys of the mapper and of Parameters (JSON) this endpoint has no parameter for. */
function unknownKeys(values: CallValues): string[] {
	const params = values._endpoint.params;
	const mapped = Object.keys(values._mapped).filter((key) => !params.some((param) => keyOf(param) === key) && !isBlank(values._mapped[key]));
	const json = Object.keys(values._parameters ?? {}).filter((key) => !params.some((param) => keyOf(param) === key || (param.in !== 'body' && param.in !== 'form' && param.name === key)));
	return [...mapped, ...json];
}

async function inputFile(context: FieldContext, param: EndpointParam, property: unknown): Promise<MultipartFile> {
	// An unset file part reads the usual "data" property.
	const file = await readInputFile(context, fieldName(param), isBlank(property) ? 'data' : property);
	return { fieldName: param.name, fileName: file.fileName, mimeType: file.mimeType, data: file.data };
}

/**
 * n8n's request helper drops an empty object or array body, and a scalar would not be sent as JSON:
 * those go as JSON text (the Content-Type is already JSON), everything else as it is.
 */
function asJsonBody(body: unknown): IDataObject {
	const empty = typeof body === 'object' && body !== null && Object.keys(body).length === 0;
	return (empty || typeof body !== 'object' || body === null ? JSON.stringify(body) : body) as IDataObject;
}

/** The `before` step of API Call: the whole request from the endpoint and the checked values. */
export async function buildEndpointRequest(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	const values = context.values as unknown as CallValues;
	const endpoint = values._endpoint;
	const where: Where = { node: context.node, itemIndex: context.itemIndex, zone: context.fn.getTimezone() };
	const stray = unknownKeys(values);
	if (stray.length) {
		throw inputError(
			context.node,
			context.itemIndex,
			'Parameters',
			`parameters of ${endpoint.method} ${endpoint.path} (${endpoint.params.map((p) => p.name).join(', ') || 'it takes none'})`,
			stray.join(', '),
		);
	}

	const path: Record<string, unknown> = {};
	const qs: Record<string, unknown> = {};
	const headers: Record<string, string> = {};
	const bodyValues: Record<string, unknown> = {};
	const parts: Record<string, string> = {};
	const files: MultipartFile[] = [];
	for (const param of endpoint.params) {
		const raw = given(values, param) ?? param.default;
		if (param.in === 'form' && param.type === 'file') {
			if (raw !== undefined || param.required) files.push(await inputFile(context, param, raw));
			continue;
		}
		if (raw === undefined) {
			const inBody = param.in === 'body' && values._body !== null && typeof values._body === 'object' && param.name in (values._body as object);
			if (param.required && !inBody) throw inputError(context.node, context.itemIndex, fieldName(param), 'a value (the endpoint requires it)', raw);
			continue;
		}
		const value = convertValue(param, raw, where);
		if (param.in === 'path') path[param.name] = value;
		else if (param.in === 'query') qs[param.name] = Array.isArray(value) ? value.join(',') : value;
		else if (param.in === 'header') headers[param.name] = String(value);
		else if (param.in === 'body') bodyValues[param.name] = value;
		else parts[param.name] = typeof value === 'object' ? JSON.stringify(value) : String(value);
	}

	for (const [name, built, label] of [['filterby', values._filterby, 'Conditions'], ['orderby', values._orderby, 'Sort']] as const) {
		if (built === undefined) continue;
		if (!endpoint.params.some((param) => param.in === 'query' && param.name === name)) {
			throw inputError(context.node, context.itemIndex, label, `nothing: ${endpoint.method} ${endpoint.path} takes no ${name}`, built);
		}
		// The builder's part is ANDed with a filterby typed under Parameters; a typed orderby comes first.
		qs[name] = qs[name] === undefined ? built : name === 'filterby' ? `(${String(qs[name])}) and (${built})` : `${String(qs[name])},${built}`;
	}

	request.method = endpoint.method;
	request.url = endpoint.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(path[name])));
	if (endpoint.api === 'v2' && typeof request.baseURL === 'string') request.baseURL = request.baseURL.replace(/\/v1$/i, '/v2');
	request.qs = { ...(request.qs ?? {}), ...(qs as IDataObject) };
	// A list pages through the request path unless the caller asked for one page of their own.
	if (endpoint.paged && qs.page === undefined && qs.pageSize === undefined) request.qs.pageSize = MAX_PAGE_SIZE;
	request.headers = { ...(request.headers ?? {}), ...headers };

	const body = values._body;
	switch (endpoint.body) {
		case 'none':
			if (body !== undefined) throw inputError(context.node, context.itemIndex, 'Body (JSON)', `nothing: ${endpoint.method} ${endpoint.path} takes no body`, body);
			delete request.body;
			break;
		case 'object': {
			if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
				throw inputError(context.node, context.itemIndex, 'Body (JSON)', 'a JSON object', body);
			}
			const merged = { ...((body as IDataObject | undefined) ?? {}), ...(bodyValues as IDataObject) };
			if (endpoint.bodyRequired || Object.keys(merged).length) request.body = asJsonBody(merged);
			else delete request.body;
			break;
		}
		case 'array':
		case 'scalar':
			if (body === undefined) {
				if (endpoint.bodyRequired) throw inputError(context.node, context.itemIndex, 'Body (JSON)', `the JSON ${endpoint.body === 'array' ? 'array' : 'value'} ${endpoint.method} ${endpoint.path} takes`, body);
				delete request.body;
			} else if (endpoint.body === 'array' && !Array.isArray(body)) {
				throw inputError(context.node, context.itemIndex, 'Body (JSON)', 'a JSON array', body);
			} else {
				request.body = asJsonBody(body);
			}
			break;
		case 'multipart': {
			if (body !== undefined) throw inputError(context.node, context.itemIndex, 'Body (JSON)', 'nothing: this endpoint takes form fields and files (set them under Parameters)', body);
			const form = multipartBody(files, parts);
			const kept = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.toLowerCase() !== 'content-type'));
			request.headers = { ...kept, 'Content-Type': form.contentType };
			request.body = form.body;
			break;
		}
	}
	if (endpoint.response === 'binary') await receiveBinary(context, request);
}
