/**
 * The programmatic side of the one request path, for code that is not declarative routing:
 * list search, load options and the trigger's webhook registration.
 */
import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IN8nHttpFullResponse,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { apiRoot, type ApiVersion } from './apiRoot';
import { credentialNameOf, credentialTypeOf, limiterKeyOf, secretsOf } from './credentialType';
import { limiterFor } from './limiter';
import { sendPaced } from './send';

export type AworkContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IHookFunctions
	| IWebhookFunctions
	| IPollFunctions;

export interface AworkRequest {
	method: IHttpRequestMethods;
	/** Path below the API root, e.g. `/webhooks`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject | IDataObject[];
	api?: ApiVersion;
	itemIndex?: number;
}

/** The same request, answered with awork's headers (e.g. `aw-totalitems`) and status as well. */
export async function aworkRequestFull<T = unknown>(
	this: AworkContext,
	request: AworkRequest,
): Promise<{ body: T; headers: IN8nHttpFullResponse['headers']; statusCode: number }> {
	const response = await sendAwork.call(this, request, true);
	return response as { body: T; headers: IN8nHttpFullResponse['headers']; statusCode: number };
}

export async function aworkRequest<T = unknown>(this: AworkContext, request: AworkRequest): Promise<T> {
	return (await sendAwork.call(this, request, false)) as T;
}

/** The execution a request belongs to (load options and hooks may run outside one). */
function executionIdOf(context: AworkContext): string | undefined {
	const withId = context as { getExecutionId?: () => string };
	try {
		return typeof withId.getExecutionId === 'function' ? withId.getExecutionId() : undefined;
	} catch {
		return undefined;
	}
}

async function sendAwork(this: AworkContext, request: AworkRequest, returnFullResponse: boolean): Promise<unknown> {
	const node = this.getNode();
	const credentialType = credentialTypeOf(node);
	const credentials = await this.getCredentials(credentialType);
	let root: string;
	try {
		root = apiRoot(credentials.baseUrl, request.api);
	} catch (error) {
		throw new NodeOperationError(node, (error as Error).message, { itemIndex: request.itemIndex });
	}
	const limiterKey = limiterKeyOf(node, root);
	const response = (await sendPaced(
		{
			node,
			itemIndex: request.itemIndex ?? 0,
			method: request.method,
			path: request.path,
			limiterKey,
			queue: executionIdOf(this),
			credential: credentialNameOf(node),
			secrets: secretsOf(credentials),
		},
		async ({ timeoutMs }) =>
			// The full response always, so its rate-limit headers reach the limiter.
			await this.helpers.httpRequestWithAuthentication.call(this, credentialType, {
				method: request.method,
				url: `${root}${request.path}`,
				qs: request.qs,
				body: request.body,
				json: true,
				headers: { Accept: 'application/json' },
				returnFullResponse: true,
				timeout: timeoutMs,
			} satisfies IHttpRequestOptions),
	)) as { body: unknown; headers: IN8nHttpFullResponse['headers']; statusCode: number };
	limiterFor(limiterKey).observe(response.headers);
	return returnFullResponse ? response : response.body;
}
