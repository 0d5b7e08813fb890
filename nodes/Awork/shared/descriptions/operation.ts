/**
 * An operation as one row of a table: method, path, fields, output. `operation()` turns it into
 * the option of a resource's `operation` selector whose routing runs ONE preSend: every field
 * checks and contributes its value (so a bad value stops the item before anything is sent), the
 * path is filled, the rest becomes query or body. `operationSelector` gives each field the
 * display rules of its operation.
 */
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
} from 'n8n-workflow';

import type { Field, FieldContext } from '../fields/field';
import { itemState } from '../routing/itemState';
import { createdLookupOf, type CreatedLookupSpec } from '../transport/createdLookup';
import { MAX_PAGE_SIZE } from '../transport/declarative';
import { pagingFields } from './paging';

export interface OperationSpec {
	value: string;
	name: string;
	/** The AI tool's and the editor's action text, e.g. "Create a project". */
	action: string;
	description: string;
	method: IHttpRequestMethods;
	/** Below the API root; `{name}` is filled from the value of that name (URL-encoded). */
	path: string;
	api?: 'v2';
	fields?: Field[];
	/**
	 * Placeholders of `path` a field fills from a fixed set (e.g. `_parent`: tasks or projects),
	 * so the endpoint catalog can name this operation for each endpoint it calls.
	 */
	pathChoices?: Record<string, string[]>;
	/** A list: adds Return All / Limit and pages through the request path. */
	paged?: boolean;
	/** Values sent as query parameters. */
	query?: string[];
	/** The request body from the values not used by path or query; default: those values as an object. */
	body?: (values: IDataObject, context: FieldContext) => unknown;
	/** Runs after the body is built, before sending (e.g. merging with the current entity). */
	before?: Array<(context: FieldContext, request: IHttpRequestOptions) => Promise<void>>;
	/**
	 * Follow-up requests once awork answered (e.g. tags and custom fields of a new task), given the
	 * answer's entity; they may return it changed. Values named `_…` are for these steps only and are
	 * never sent with the main request.
	 */
	after?: Array<(context: FieldContext, entity: IDataObject) => Promise<IDataObject | void>>;
	output?: PostReceiveAction[];
	/**
	 * For a create: where its new entity is found again, so that a create which failed ambiguously
	 * (503, timeout, lost connection) is looked up in awork and sent again only when not stored.
	 * Without it such a create is never sent twice and its item reports the failure.
	 */
	findCreated?: CreatedLookupSpec;
}

export interface OperationModule {
	option: INodePropertyOptions;
	fields: INodeProperties[];
	/** The awork endpoints it calls (for the endpoint catalog's "curated" marks; not part of the description). */
	routes: Array<{ method: IHttpRequestMethods; path: string; api: 'v1' | 'v2' }>;
}

/** An endpoint a curated operation calls, recorded when its resource's selector is built. */
export interface CuratedRoute {
	resource: string;
	operation: string;
	/** The operation's name in the editor, e.g. "Create". */
	name: string;
	method: IHttpRequestMethods;
	/** As the operation writes it, e.g. `/projects/{id}`; compare with `routeKey`. */
	path: string;
	api: 'v1' | 'v2';
}

export const curatedRoutes: CuratedRoute[] = [];

/** `v1:GET /projects/{}`: a route with its placeholders' names left out, to compare with the spec's. */
export function routeKey(route: { api: string; method: string; path: string }): string {
	return `${route.api}:${route.method.toUpperCase()} ${route.path.replace(PLACEHOLDER, '{}').toLowerCase()}`;
}

/**
 * Whether an operation's route calls the spec's endpoint: same API and method, and each path
 * segment equal, or a placeholder of the spec's (which a literal of ours may fill, as in
 * `/timeentries/batch/setIsBilled` for `/timeentries/batch/{operation}`).
 */
export function routeMatches(endpoint: { api: string; method: string; path: string }, route: { api: string; method: string; path: string }): boolean {
	if (endpoint.api !== route.api || endpoint.method.toUpperCase() !== route.method.toUpperCase()) return false;
	const wanted = endpoint.path.toLowerCase().split('/');
	const ours = route.path.toLowerCase().split('/');
	if (wanted.length !== ours.length) return false;
	const isPlaceholder = (segment: string) => /^\{\w+\}$/.test(segment);
	return wanted.every((segment, i) => segment === ours[i] || (isPlaceholder(segment) && (isPlaceholder(ours[i]) || ours[i] !== '')));
}

/** Every concrete path of a template whose placeholders `choices` fills from fixed lists (e.g. the parent kind). */
function expandPath(path: string, choices: Record<string, string[]> = {}): string[] {
	let paths = [path];
	for (const [name, values] of Object.entries(choices)) {
		paths = paths.flatMap((candidate) => values.map((value) => candidate.replace(`{${name}}`, value)));
	}
	return paths;
}

const PLACEHOLDER = /\{(\w+)\}/g;
const METHODS_WITHOUT_BODY = new Set(['GET', 'DELETE', 'HEAD']);

export function fillPath(template: string, values: IDataObject, used: Set<string>): string {
	return template.replace(PLACEHOLDER, (_, name: string) => {
		const value = values[name];
		if (value === undefined || value === null || value === '') {
			// A field the operation forgot to declare: a bug here, not the user's input.
			throw new Error(`The path ${template} needs '${name}', which no field provided`);
		}
		used.add(name);
		return encodeURIComponent(String(value));
	});
}

export function operation(spec: OperationSpec): OperationModule {
	const fields = [...(spec.fields ?? []), ...(spec.paged ? pagingFields : [])];
	async function prepareRequest(this: IExecuteSingleFunctions, request: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const state = itemState(this);
		const context: FieldContext = { fn: this, node: this.getNode(), itemIndex: this.getItemIndex(), values: state.values, request };
		for (const field of fields) await field.apply?.(context, field.property.name);

		const used = new Set<string>();
		request.url = context.path ?? fillPath(spec.path, context.values, used);
		if (spec.api === 'v2' && typeof request.baseURL === 'string') request.baseURL = request.baseURL.replace(/\/v1$/i, '/v2');
		request.qs = { ...(request.qs ?? {}) };
		for (const name of spec.query ?? []) {
			if (context.values[name] !== undefined) request.qs[name] = context.values[name];
			used.add(name);
		}
		if (spec.paged) request.qs.pageSize = MAX_PAGE_SIZE; // marks a list for the request path, which sets the real size
		const rest = Object.fromEntries(Object.entries(context.values).filter(([name]) => !used.has(name) && !name.startsWith('_')));
		if (METHODS_WITHOUT_BODY.has(spec.method)) {
			delete request.body;
		} else {
			request.body = (spec.body ? spec.body(rest, context) : rest) as IDataObject;
		}
		for (const step of spec.before ?? []) await step(context, request);
		if (spec.findCreated) state.createdLookup = createdLookupOf(spec.findCreated, (template) => fillPath(template, context.values, new Set()), request.body);
		return request;
	}
	const afterSteps = spec.after ?? [];
	const outputSteps = spec.output ?? [];
	/**
	 * With follow-up steps, the rest of the output is deferred: the request path runs it once the
	 * main request has left its paced attempt (see ItemState.afterResponse).
	 */
	async function deferFollowUps(
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const state = itemState(this);
		state.afterResponse = async (received) => {
			const context: FieldContext = {
				fn: this,
				node: this.getNode(),
				itemIndex: this.getItemIndex(),
				values: state.values,
				request: {} as IHttpRequestOptions,
			};
			for (const item of received) {
				for (const step of afterSteps) item.json = (await step(context, item.json)) ?? item.json;
			}
			let result = received;
			for (const step of outputSteps) {
				if (typeof step === 'function') result = await step.call(this, result, response);
			}
			return result;
		};
		return items;
	}
	const output = afterSteps.length ? [deferFollowUps] : outputSteps;
	return {
		option: {
			name: spec.name,
			value: spec.value,
			description: spec.description,
			action: spec.action,
			routing: {
				request: { method: spec.method, url: spec.path },
				send: { preSend: [prepareRequest] },
				...(output.length ? { output: { postReceive: output } } : {}),
			},
		},
		fields: fields.map((field) => field.property),
		routes: expandPath(spec.path, spec.pathChoices).map((path) => ({ method: spec.method, path, api: spec.api ?? 'v1' })),
	};
}

export function operationSelector(resource: string, operations: OperationModule[], defaultOperation: string): INodeProperties[] {
	for (const { option, routes } of operations) {
		for (const route of routes) curatedRoutes.push({ resource, operation: String(option.value), name: option.name, ...route });
	}
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: operations.map((operation) => operation.option),
		default: defaultOperation,
	};
	const fields = operations.flatMap((operation) =>
		operation.fields.map((field) => ({
			...field,
			displayOptions: {
				...field.displayOptions,
				show: {
					resource: [resource],
					operation: [operation.option.value as string],
					...field.displayOptions?.show,
				},
			},
		})),
	);
	return [selector, ...fields];
}
