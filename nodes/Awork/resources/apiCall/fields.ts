/** The fields of API Call: the endpoint picker, its parameters (mapper and JSON), the body and a file output. */
import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { findEndpoint } from '../../endpoints/load';
import { baseProperty, isBlank, readParameter, type Field } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { parseJson } from '../../shared/fields/structured';

const ENDPOINT_EXPECTED = "an endpoint of awork's API, e.g. 'GET /projects/{projectId}' or 'v2:GET /timeentries'";

export const endpointField: Field = {
	property: {
		displayName: 'Endpoint',
		name: 'endpoint',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description:
			'The awork API endpoint to call: search by what it does, its path or its method. Endpoints that have an operation of their own say which; prefer that one.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchEndpoints', searchable: true },
			},
			{
				displayName: 'By Method and Path',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. GET /projects/{projectId}',
				validation: [
					{
						type: 'regex',
						properties: { regex: '^\\s*(v[12]:)?\\s*(GET|POST|PUT|PATCH|DELETE)\\s+/\\S*\\s*$', errorMessage: 'Write the method and the path, e.g. GET /projects/{projectId}' },
					},
				],
			},
		],
	},
	async apply(context, path) {
		const raw = readParameter(context, path);
		const value = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
		const endpoint = typeof value === 'string' && value.trim() ? await findEndpoint(value) : undefined;
		if (!endpoint) throw inputError(context.node, context.itemIndex, 'Endpoint', ENDPOINT_EXPECTED, value);
		context.values._endpoint = endpoint as unknown as IDataObject;
	},
};

export const parametersMapperField: Field = {
	property: {
		displayName: 'Parameters',
		name: 'endpointParameters',
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		description: 'The endpoint’s path, query and header parameters and body fields, typed from awork’s API description',
		typeOptions: {
			loadOptionsDependsOn: ['endpoint.value'],
			resourceMapper: {
				resourceMapperMethod: 'getEndpointFields',
				mode: 'add',
				fieldWords: { singular: 'parameter', plural: 'parameters' },
				addAllFields: false,
				multiKeyMatch: false,
				supportAutoMap: false,
			},
		},
	},
	apply(context, path) {
		const raw = readParameter(context, path) as { value?: unknown } | undefined;
		const mapped = raw && typeof raw === 'object' && raw.value && typeof raw.value === 'object' ? (raw.value as IDataObject) : {};
		context.values._mapped = mapped;
	},
};

/** A JSON field read into `values[to]`; `object` says it must be a JSON object. */
function jsonField(options: { name: string; displayName: string; description: string; to: string; object?: boolean; placeholder: string }): Field {
	return {
		property: { ...baseProperty(options), type: 'json', default: '' },
		apply(context, path) {
			const raw = readParameter(context, path);
			if (isBlank(raw)) return;
			const expected = options.object ? 'a JSON object' : 'valid JSON';
			const parsed = parseJson(context, options.displayName, raw, expected);
			if (options.object && (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))) {
				throw inputError(context.node, context.itemIndex, options.displayName, expected, raw);
			}
			context.values[options.to] = parsed as IDataObject;
		},
	};
}

export const parametersJsonField = jsonField({
	name: 'parametersJson',
	displayName: 'Parameters (JSON)',
	description:
		'The same parameters as one JSON object, by name (e.g. {"projectId": "…", "filterby": "…"}); for AI agents and expressions. Values set above win.',
	to: '_parameters',
	object: true,
	placeholder: '{ "projectId": "3f0c2a8e-5b1d-4c6e-9f7a-2d8b1e4c6a90" }',
});

export const bodyJsonField = jsonField({
	name: 'bodyJson',
	displayName: 'Body (JSON)',
	description:
		'The request body as JSON, for endpoints that take one; body fields set under Parameters are added to (and win over) a JSON object given here',
	to: '_body',
	placeholder: '{ "name": "New name" }',
});

export const outputFileField: INodeProperties = {
	displayName: 'Put Output File in Field',
	name: 'outputBinaryPropertyName',
	type: 'string',
	default: 'data',
	description: 'For endpoints that answer with a file: the name of the output item’s binary property to put it in',
};
