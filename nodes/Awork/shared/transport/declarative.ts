/**
 * The hook that routes every declarative operation through `sendPaced`. RoutingNode hands each
 * item's request to `requestOperations.pagination` when the request is marked `paginate` (the node
 * marks all of them); this function then sends one request, or walks awork's pages for list
 * operations (those that send `pageSize`). `makeRoutingRequest` keeps n8n's own post-processing.
 */
import {
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { apiRoot } from './apiRoot';
import { limiterKeyOf } from './credentialType';
import { sendPaced } from './send';

/** awork's largest page (docs/pagination.md). */
export const MAX_PAGE_SIZE = 1000;

export async function routeDeclarativeRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const { options } = requestData;
	try {
		apiRoot(options.baseURL);
	} catch (error) {
		throw new NodeOperationError(node, (error as Error).message, { itemIndex });
	}
	const base = {
		node,
		itemIndex,
		method: String(options.method ?? 'GET').toUpperCase(),
		path: String(options.url ?? ''),
		limiterKey: limiterKeyOf(node, String(options.baseURL ?? '')),
	};
	const qs = (options.qs ?? {}) as Record<string, unknown>;
	if (qs.pageSize === undefined) {
		return await sendPaced(base, async () => await this.makeRoutingRequest(requestData));
	}

	const returnAll = this.getNodeParameter('returnAll', false) as boolean;
	const limit = returnAll ? Infinity : Number(this.getNodeParameter('limit', 50));
	if (!returnAll && !(Number.isInteger(limit) && limit >= 1)) {
		throw new NodeOperationError(node, `Limit must be a whole number of at least 1, got '${String(limit)}'`, {
			itemIndex,
		});
	}
	const pageSize = Math.min(limit, MAX_PAGE_SIZE);
	const collected: INodeExecutionData[] = [];
	for (let page = 1; ; page++) {
		const pageRequest = { ...requestData, options: { ...options, qs: { ...qs, page, pageSize } } };
		const items = await sendPaced(base, async () => await this.makeRoutingRequest(pageRequest));
		collected.push(...items);
		if (items.length < pageSize || collected.length >= limit) break;
	}
	return Number.isFinite(limit) ? collected.slice(0, limit) : collected;
}

/** A hidden parameter whose routing marks every request for `routeDeclarativeRequest`. */
export const requestPathProperty: INodeProperties = {
	displayName: 'Request Path',
	name: 'requestPath',
	type: 'hidden',
	default: 'paced',
	routing: {
		send: { paginate: true },
		operations: { pagination: routeDeclarativeRequest },
	},
};
