/**
 * The hook that routes every declarative operation through `sendPaced`. RoutingNode hands each
 * item's request to `requestOperations.pagination` when the request is marked `paginate` (the node
 * marks all of them); this function then sends one request, or walks awork's pages for list
 * operations (those that send `pageSize`). `makeRoutingRequest` keeps n8n's own post-processing.
 *
 * Paging stops at the floor: a page shorter than asked, the limit reached, or `aw-totalitems`
 * saying there is nothing more, so a total that is a multiple of the page size costs no empty
 * extra request.
 */
import {
	NodeOperationError,
	type DeclarativeRestApiSettings,
	type IExecutePaginationFunctions,
	type IExecuteSingleFunctions,
	type IN8nHttpFullResponse,
	type INodeExecutionData,
	type INodeProperties,
} from 'n8n-workflow';

import { wantedResults } from '../descriptions/paging';
import { itemState, type ItemState } from '../routing/itemState';
import { apiRoot } from './apiRoot';
import { claimCreated, findCreated, lookupQuery, type CreatedLookup } from './createdLookup';
import { credentialNameOf, credentialTypeOf, limiterKeyOf, secretsOf } from './credentialType';
import { limiterFor, type RequestLimiter } from './limiter';
import { aworkRequest } from './request';
import { sendPaced } from './send';

/** The limiter an item's requests count against, for the post-processing step that reads headers. */
const limiterOfItem = new WeakMap<ItemState, RequestLimiter>();

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
	const credentials = await credentialsOfRun(this, credentialTypeOf(node));
	const limiterKey = limiterKeyOf(node, String(options.baseURL ?? ''));
	const base = {
		node,
		itemIndex,
		method: String(options.method ?? 'GET').toUpperCase(),
		path: String(options.url ?? ''),
		limiterKey,
		queue: executionOf(this),
		credential: credentialNameOf(node),
		secrets: secretsOf(credentials),
		timeoutMs: ownTimeout(this),
	};
	const qs = (options.qs ?? {}) as Record<string, unknown>;
	const state = itemState(this);
	limiterOfItem.set(state, limiterFor(limiterKey));
	const send = async (data: DeclarativeRestApiSettings.ResultOptions, findStored?: (firstAttemptAt: number) => Promise<unknown>) =>
		await sendPaced(
			{ ...base, method: String(data.options.method ?? 'GET').toUpperCase(), path: String(data.options.url ?? ''), findStored },
			async ({ timeoutMs }) => await this.makeRoutingRequest({ ...data, options: { ...data.options, timeout: timeoutMs } }),
		);
	if (qs.pageSize === undefined) {
		const lookup = base.method === 'POST' ? state.createdLookup : undefined;
		// A create found stored after an ambiguous failure answers as a read of it, through the same post-processing.
		const findStored =
			lookup &&
			(async (firstAttemptAt: number) => {
				const stored = await findStoredEntity(this, lookup, firstAttemptAt, itemIndex);
				if (!stored) return undefined;
				const url = lookup.entity.replace('{id}', encodeURIComponent(stored));
				return await send({ ...requestData, options: { ...options, method: 'GET', url, body: undefined } });
			});
		return pairedWith(itemIndex, await followUps(state, (await send(requestData, findStored)) as INodeExecutionData[]));
	}

	const limit = wantedResults(this);
	const pageSize = Math.min(limit, MAX_PAGE_SIZE);
	const collected: INodeExecutionData[] = [];
	for (let page = 1; ; page++) {
		const pageRequest = { ...requestData, options: { ...options, qs: { ...qs, page, pageSize } } };
		state.totalItems = undefined;
		state.pageLength = undefined;
		const items = await followUps(state, (await send(pageRequest)) as INodeExecutionData[]);
		collected.push(...items);
		const received = state.pageLength ?? items.length;
		if (received < pageSize || collected.length >= limit) break;
		if (state.totalItems !== undefined && page * pageSize >= state.totalItems) break;
	}
	return pairedWith(itemIndex, Number.isFinite(limit) ? collected.slice(0, limit) : collected);
}

/** The ID of the entity a create stored after all, if the list it adds to shows one (createdLookup.ts). */
async function findStoredEntity(
	context: IExecutePaginationFunctions,
	lookup: CreatedLookup,
	firstAttemptAt: number,
	itemIndex: number,
): Promise<string | undefined> {
	const candidates = await aworkRequest.call(context, { method: 'GET', path: lookup.list, qs: lookup.filtered ? lookupQuery(firstAttemptAt) : undefined, itemIndex });
	const stored = findCreated(candidates, lookup);
	if (!stored) return undefined;
	claimCreated(stored.id);
	return stored.id as string;
}

/**
 * Links each output item to the input item it came from. RoutingNode does not, and n8n guesses the
 * link only when a node returns as many items as it got, so after a list or a skipped item
 * `$('Node').item` would fail for the whole run.
 */
export function pairedWith(itemIndex: number, items: INodeExecutionData[]): INodeExecutionData[] {
	return items.map((item) => (item.pairedItem === undefined ? { ...item, pairedItem: { item: itemIndex } } : item));
}

/** The credential of one node run, read once for all its items (for redaction only). */
const credentialsByRun = new WeakMap<object, Promise<unknown>>();

/**
 * Reads the credential once per node run, not per item: in a queue-mode worker each read is a
 * database query, and 500 items at once wait on the worker's small connection pool.
 */
async function credentialsOfRun(context: IExecutePaginationFunctions, type: string): Promise<unknown> {
	let run: object | undefined;
	try {
		run = context.getExecuteData() as object | undefined;
	} catch {
		run = undefined;
	}
	const read = () => context.getCredentials(type).catch(() => undefined);
	if (!run) return await read();
	let pending = credentialsByRun.get(run);
	if (!pending) {
		pending = read();
		credentialsByRun.set(run, pending);
	}
	return await pending;
}

/**
 * Which execution an item belongs to, for fair turns in the limiter: its ID, or, where the run has
 * none (a bare WorkflowExecute run), the node run's execute data, one object shared by all its items.
 */
function executionOf(context: IExecutePaginationFunctions): unknown {
	try {
		return context.getExecutionId() || context.getExecuteData();
	} catch {
		return undefined;
	}
}

/**
 * The "Timeout" of n8n's request options, when a person set one. Read from the parameter, not the
 * request: n8n writes its own 300 s default into every request that has none.
 */
function ownTimeout(context: IExecutePaginationFunctions): number | undefined {
	let requestOptions: unknown;
	try {
		requestOptions = context.getNodeParameter('requestOptions', {});
	} catch {
		return undefined;
	}
	const timeout = (requestOptions as { timeout?: unknown } | undefined)?.timeout;
	return typeof timeout === 'number' && timeout > 0 ? timeout : undefined;
}

/** An operation's follow-up requests, run outside the main request's paced attempt. */
async function followUps(state: ItemState, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const pending = state.afterResponse;
	if (!pending) return items;
	state.afterResponse = undefined;
	return await pending(items);
}

/**
 * Runs first among an item's post-processing steps: feeds awork's rate-limit headers to the
 * workspace's limiter (a success says how much budget is left as much as a 429 does), records
 * awork's paging headers for the loop above and turns a JSON array into one item per element (n8n
 * does that only when a node declares no post-processing of its own, and operations do).
 */
export async function readAworkResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const state = itemState(this);
	limiterOfItem.get(state)?.observe(response.headers);
	// What a create returned is its own: no other create's lookup may take it for theirs.
	if (state.createdLookup && !Array.isArray(response.body)) claimCreated((response.body as { id?: unknown } | undefined)?.id);
	const total = Number(response.headers?.['aw-totalitems']);
	state.totalItems = Number.isFinite(total) ? total : undefined;
	if (Array.isArray(response.body)) {
		state.pageLength = response.body.length;
		return (response.body as INodeExecutionData['json'][]).map((json) => ({ json }));
	}
	return items;
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
		output: { postReceive: [readAworkResponse] },
	},
};
