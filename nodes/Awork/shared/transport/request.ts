/**
 * The programmatic side of the one request path, for code that is not declarative routing:
 * list search, load options and the trigger's webhook registration.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRoot, type ApiVersion } from './apiRoot';
import { credentialTypeOf, limiterKeyOf } from './credentialType';
import { MAX_PAGE_SIZE } from './declarative';
import { sendPaced } from './send';

export type AworkContext = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IWebhookFunctions;

export interface AworkRequest {
	method: IHttpRequestMethods;
	/** Path below the API root, e.g. `/webhooks`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	api?: ApiVersion;
	itemIndex?: number;
}

export async function aworkRequest<T = unknown>(this: AworkContext, request: AworkRequest): Promise<T> {
	const node = this.getNode();
	const credentialType = credentialTypeOf(node);
	const credentials = await this.getCredentials(credentialType);
	let root: string;
	try {
		root = apiRoot(credentials.baseUrl, request.api);
	} catch (error) {
		throw new NodeOperationError(node, (error as Error).message, { itemIndex: request.itemIndex });
	}
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${root}${request.path}`,
		qs: request.qs,
		body: request.body,
		json: true,
		headers: { Accept: 'application/json' },
	};
	return await sendPaced(
		{
			node,
			itemIndex: request.itemIndex ?? 0,
			method: request.method,
			path: request.path,
			limiterKey: limiterKeyOf(node, apiRoot(credentials.baseUrl)),
		},
		async () => (await this.helpers.httpRequestWithAuthentication.call(this, credentialType, options)) as T,
	);
}

/** Every item of a list endpoint (or the first `limit`), page by page. */
export async function aworkRequestAllPages<T = IDataObject>(
	this: AworkContext,
	request: AworkRequest,
	limit = Infinity,
): Promise<T[]> {
	const pageSize = Math.min(limit, MAX_PAGE_SIZE);
	const collected: T[] = [];
	for (let page = 1; ; page++) {
		const items = await aworkRequest.call<AworkContext, [AworkRequest], Promise<T[]>>(this, {
			...request,
			qs: { ...request.qs, page, pageSize },
		});
		collected.push(...items);
		if (items.length < pageSize || collected.length >= limit) break;
	}
	return collected.slice(0, limit);
}
