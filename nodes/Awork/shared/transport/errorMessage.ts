/**
 * Turns an awork failure into a NodeApiError whose message says what to do. Built from a plain
 * object, never from the raw HTTP error, so the request's Authorization header cannot leak.
 */
import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import type { Failure } from './failure';

export interface RequestDescription {
	method: string;
	/** Path relative to the API root, e.g. `/projects/…`. */
	path: string;
	itemIndex: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/projects/<id>/tasklists` → `{ resource: 'project', id }`: the last ID and the collection it belongs to. */
export function describeTarget(path: string): { resource?: string; id?: string } {
	const segments = path.split('?')[0].split('/').filter(Boolean);
	for (let i = segments.length - 1; i > 0; i--) {
		if (UUID.test(segments[i])) {
			return { resource: singular(segments[i - 1]), id: segments[i] };
		}
	}
	return { resource: segments.length ? singular(segments[segments.length - 1]) : undefined };
}

function singular(collection: string): string {
	const name = collection.toLowerCase();
	if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
	if (name.endsWith('ses')) return name.slice(0, -2);
	return name.endsWith('s') ? name.slice(0, -1) : name;
}

function validationSummary(failure: Failure): string | undefined {
	const errors = failure.body?.validationErrors ?? [];
	if (!errors.length) return undefined;
	return errors
		.map((e) => (e.property ? `${e.property}: ${e.message ?? 'is invalid'}` : e.message ?? 'invalid'))
		.join('; ');
}

export function failureMessage(failure: Failure, request: RequestDescription, extra: { retried?: string } = {}): string {
	const where = `${request.method} ${request.path.split('?')[0]}`;
	const awork = failure.body?.description;
	const suffix = extra.retried ? ` (${extra.retried})` : '';
	switch (failure.status) {
		case undefined:
			return `Could not reach awork for ${where}: ${failure.networkCode ?? failure.message}${suffix}`;
		case 400: {
			const fields = validationSummary(failure);
			if (fields) return `awork rejected the request: ${fields}`;
			if (failure.body?.code === 'invalid-filter-or-order') {
				return `awork could not apply the filter or sort order: ${awork ?? 'it is not valid'}`;
			}
			return `awork rejected the request (${failure.body?.code ?? 'bad request'}): ${awork ?? where}`;
		}
		case 401:
			return 'awork rejected the credentials: the API key or access token is invalid, expired or was revoked';
		case 403:
			return `awork denied ${where}: the user behind these credentials lacks the permission for it${awork ? ` (${awork})` : ''}`;
		case 404: {
			const { resource, id } = describeTarget(request.path);
			// awork's own reason wins when it is about something else than the path's ID (e.g. a user in the body).
			if (awork && (!id || !awork.toLowerCase().includes(id.toLowerCase()))) {
				return `awork could not find what ${where} refers to: ${awork}`;
			}
			if (id) return `The ${resource} with ID '${id}' does not exist in awork or is not visible to these credentials`;
			return `awork has no ${where}: check the Base URL of the credential${awork ? ` (${awork})` : ''}`;
		}
		case 429:
			return `awork's rate limit was still exceeded for ${where}${suffix}`;
		default:
			if (failure.status >= 500) {
				return `awork answered ${failure.status} for ${where}${suffix}${awork ? `: ${awork}` : ''}`;
			}
			return `awork answered ${failure.status} for ${where}${awork ? `: ${awork}` : ''}`;
	}
}

function descriptionOf(failure: Failure): string | undefined {
	const parts: string[] = [];
	if (failure.body?.code) parts.push(`code: ${failure.body.code}`);
	if (failure.body?.description) parts.push(failure.body.description);
	for (const detail of failure.body?.details ?? []) parts.push(detail);
	if (failure.body?.traceId) parts.push(`traceId: ${failure.body.traceId}`);
	return parts.length ? parts.join('\n') : undefined;
}

export function toNodeApiError(
	node: INode,
	failure: Failure,
	request: RequestDescription,
	extra: { retried?: string } = {},
): NodeApiError {
	const message = failureMessage(failure, request, extra);
	const plain: JsonObject = {
		message,
		httpCode: failure.status !== undefined ? String(failure.status) : null,
		...(failure.body ? { body: failure.body as JsonObject } : {}),
	};
	const error = new NodeApiError(node, plain, {
		message,
		description: descriptionOf(failure),
		httpCode: failure.status !== undefined ? String(failure.status) : undefined,
		itemIndex: request.itemIndex,
	});
	// NodeApiError swaps messages that mention network codes for generic texts; keep ours.
	error.message = message;
	return error;
}
