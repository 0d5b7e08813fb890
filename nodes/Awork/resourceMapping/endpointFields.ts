/** The fields of the chosen endpoint for API Call's "Parameters" mapper, typed from the catalog. */
import type { FieldType, ILoadOptionsFunctions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { findEndpoint } from '../endpoints/load';
import type { EndpointParam } from '../endpoints/types';

const FIELD_TYPES: Record<EndpointParam['type'], FieldType> = {
	string: 'string',
	guid: 'string',
	number: 'number',
	integer: 'number',
	boolean: 'boolean',
	dateTime: 'dateTime',
	date: 'string',
	options: 'options',
	array: 'array',
	object: 'object',
	file: 'string',
};

const WHERE: Record<EndpointParam['in'], string> = { path: 'path', query: 'query', header: 'header', body: 'body', form: 'form field' };

export function mapperField(param: EndpointParam): ResourceMapperField {
	const hint = param.type === 'file' ? 'input binary property' : param.type === 'guid' ? 'ID' : param.type === 'date' ? 'YYYY-MM-DD' : undefined;
	return {
		id: `${param.in}:${param.name}`,
		displayName: `${param.label} (${[WHERE[param.in], hint].filter(Boolean).join(', ')})`,
		// A parameter awork has a default for may be left empty.
		required: Boolean(param.required) && param.default === undefined,
		defaultMatch: false,
		canBeUsedToMatch: false,
		display: true,
		type: FIELD_TYPES[param.type],
		...(param.type === 'options' && param.options?.length ? { options: param.options.map((value) => ({ name: value, value })) } : {}),
	};
}

export async function getEndpointFields(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
	const chosen = this.getNodeParameter('endpoint', undefined, { extractValue: true }) as unknown;
	const endpoint = typeof chosen === 'string' && chosen.trim() ? await findEndpoint(chosen) : undefined;
	if (!endpoint) return { fields: [], emptyFieldsNotice: 'Choose an endpoint first' };
	if (!endpoint.params.length) return { fields: [], emptyFieldsNotice: `${endpoint.method} ${endpoint.path} takes no parameters` };
	return { fields: endpoint.params.map(mapperField) };
}

export const resourceMapping = { getEndpointFields };
