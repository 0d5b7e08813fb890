/**
 * A test-only declarative node that sends any request through the package's request path: the
 * same credentials, request defaults and `requestPathProperty` as the awork node, with method,
 * URL, query and body as parameters. It lets request-path tests reach operations (creates, lists)
 * before the awork node offers them.
 */
import type { INodeType } from 'n8n-workflow';

import { Awork } from '../../nodes/Awork/Awork.node';
import { authenticationProperty } from '../../nodes/Awork/shared/descriptions/authentication';
import { requestPathProperty } from '../../nodes/Awork/shared/transport/declarative';

export function probeNodeType(): INodeType {
	const { description } = new Awork();
	return {
		description: {
			...description,
			name: 'aworkProbe',
			displayName: 'awork probe',
			properties: [
				authenticationProperty,
				requestPathProperty,
				{
					displayName: 'Method',
					name: 'method',
					type: 'string',
					default: 'GET',
					routing: { request: { method: '={{$value}}' as never } },
				},
				{ displayName: 'URL', name: 'url', type: 'string', default: '/me', routing: { request: { url: '={{$value}}' } } },
				{
					displayName: 'Body',
					name: 'body',
					type: 'json',
					default: '',
					routing: { request: { body: '={{$value === "" ? undefined : JSON.parse($value)}}' } },
				},
				{
					displayName: 'Paged',
					name: 'paged',
					type: 'boolean',
					default: false,
					// List operations mark themselves by sending pageSize; the request path then pages.
					routing: { send: { type: 'query', property: 'pageSize', value: '={{$value ? 1000 : undefined}}' } },
				},
				{ displayName: 'Return All', name: 'returnAll', type: 'boolean', default: false },
				{ displayName: 'Limit', name: 'limit', type: 'number', default: 50 },
			],
		},
	};
}
