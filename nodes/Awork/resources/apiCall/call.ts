/** API Call: any endpoint of awork's API (v1 and v2), chosen from the generated catalog, with the node's checks, paging and errors. */
import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import type { Endpoint } from '../../endpoints/types';
import { binaryOutput } from '../../shared/binary/download';
import { operation } from '../../shared/descriptions/operation';
import { pagingFields } from '../../shared/descriptions/paging';
import { optional } from '../../shared/fields/structured';
import { isEmptyBody } from '../../shared/output/success';
import { itemState } from '../../shared/routing/itemState';
import { conditionsField, sortField } from './listQuery';
import { bodyJsonField, endpointField, outputFileField, parametersJsonField, parametersMapperField } from './fields';
import { buildEndpointRequest } from './request';

const fileOutput = binaryOutput({
	propertyParameter: 'endpointOptions.outputBinaryPropertyName',
	fallbackName: (values) => String((values._endpoint as unknown as Endpoint).path.split('/').filter(Boolean).at(-1) ?? 'file'),
	json: (values) => ({ endpoint: (values._endpoint as unknown as Endpoint).id }),
});

/** Files become binary data; an answer without a body says so; JSON passes as it is. */
async function endpointOutput(this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	const endpoint = itemState(this).values._endpoint as unknown as Endpoint;
	if (endpoint.response === 'binary' && !isEmptyBody(response.body)) return await (fileOutput as typeof endpointOutput).call(this, items, response);
	if (isEmptyBody(response.body)) return [{ json: { success: true, endpoint: endpoint.id } as IDataObject }];
	return items.map((item) => (item.json && typeof item.json === 'object' ? item : { json: { data: item.json } as IDataObject }));
}

export const call = operation({
	value: 'call',
	name: 'Call an Endpoint',
	action: 'Call any awork API endpoint',
	description: 'Call any endpoint of awork’s API, typed from its API description, with the same credentials, paging, checks and errors',
	method: 'GET',
	path: '/',
	fields: [
		endpointField,
		parametersMapperField,
		// One collection, not five top-level parameters: n8n walks every top-level parameter of the
		// node for every item, so each one the long tail adds slows every curated operation.
		optional({
			name: 'endpointOptions',
			displayName: 'Options',
			placeholder: 'Add Option',
			description: 'Parameters or a body as JSON, conditions and sort for lists, and the output field for files',
			fields: [parametersJsonField, bodyJsonField, conditionsField, sortField, { property: outputFileField }],
		}),
		// Shared with every list (declared once); endpoints that do not page ignore them.
		...pagingFields,
	],
	before: [buildEndpointRequest],
	output: [endpointOutput],
});
