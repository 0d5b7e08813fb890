/**
 * Turns an awork failure into a NodeApiError whose message says what to do. Built from a plain
 * object, never from the raw HTTP error, so the request's Authorization header cannot leak; any
 * secret the package knows is cut out of what awork answered too (a validation error may echo it).
 */
import { NodeApiError, type INode, type JsonObject } from 'n8n-workflow';

import type { Failure } from './failure';

/** The credential a request used, as the node names it (never its data). */
export interface CredentialName {
	type: string;
	name?: string;
}

export interface FailureExtra {
	retried?: string;
	credential?: CredentialName;
	/** Values to cut out of everything the error carries. */
	secrets?: string[];
	/** The per-attempt timeout the failed attempt had. */
	timeoutMs?: number;
}

export const REDACTED = '[redacted]';
// Shorter values would cut ordinary words out of messages; no key or token is this short.
const MIN_SECRET_LENGTH = 6;

/**
 * Credentials the package cannot know in advance: an OAuth2 access token n8n refreshed during the
 * request (after the secrets were read), echoed back as a bearer header, a JWT, or a token field.
 */
const UNKNOWN_CREDENTIALS: Array<[RegExp, string]> = [
	[/\b(Bearer)\s+[A-Za-z0-9._~+/=-]{6,}/gi, `$1 ${REDACTED}`],
	[/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, REDACTED],
	[/(\\?"(?:access_token|refresh_token|id_token|client_secret|apiKey|api_key)\\?"\s*:\s*\\?")[^"\\]{6,}/gi, `$1${REDACTED}`],
];

/** Replaces every known secret in `text`, and anything shaped like a bearer token, JWT or token field. */
export function redact(text: string, secrets: readonly string[] = []): string {
	let result = text;
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) continue;
		result = result.split(secret).join(REDACTED);
	}
	for (const [pattern, replacement] of UNKNOWN_CREDENTIALS) result = result.replace(pattern, replacement);
	return result;
}

function redactDeep<T>(value: T, secrets: readonly string[]): T {
	if (value === undefined) return value;
	return JSON.parse(redact(JSON.stringify(value), secrets.map((secret) => JSON.stringify(secret).slice(1, -1)))) as T;
}

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

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

function credentialLabel(credential: CredentialName | undefined): string {
	if (!credential) return 'check the credential';
	return credential.name ? `credential '${credential.name}', type ${credential.type}` : `credential type ${credential.type}`;
}

export function failureMessage(failure: Failure, request: RequestDescription, extra: FailureExtra = {}): string {
	const where = `${request.method} ${request.path.split('?')[0]}`;
	const awork = failure.body?.description;
	const suffix = extra.retried ? ` (${extra.retried})` : '';
	switch (failure.status) {
		case undefined:
			if (failure.networkCode && TIMEOUT_CODES.has(failure.networkCode) && extra.timeoutMs !== undefined) {
				return `awork did not answer ${where} within ${Math.round(extra.timeoutMs / 100) / 10} s${suffix}`;
			}
			if (!failure.networkCode && extra.retried && /time budget/.test(failure.message)) return `awork did not finish ${where} in time${suffix}`;
			if (!failure.networkCode) return `n8n could not send ${where} to awork: ${failure.message}${suffix}`;
			return `Could not reach awork for ${where}: ${failure.networkCode}${suffix}`;
		case 400: {
			const fields = validationSummary(failure);
			if (fields) return `awork rejected the request: ${fields}`;
			if (failure.body?.code === 'invalid-filter-or-order') {
				return `awork could not apply the filter or sort order: ${awork ?? 'it is not valid'}`;
			}
			return `awork rejected the request (${failure.body?.code ?? 'bad request'}): ${awork ?? where}`;
		}
		case 401:
			// awork answers 401 both for a bad key and for a missing permission (docs/error-handling.md).
			return (
				'awork rejected the credentials: the API key or access token is invalid, expired or was revoked, ' +
				`or its user lacks the permission for ${where} (${credentialLabel(extra.credential)})`
			);
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
	extra: FailureExtra = {},
): NodeApiError {
	const secrets = extra.secrets ?? [];
	failure = { ...failure, message: redact(failure.message, secrets), body: redactDeep(failure.body, secrets) };
	const message = redact(failureMessage(failure, request, extra), secrets);
	const plain: JsonObject = {
		message,
		httpCode: failure.status !== undefined ? String(failure.status) : null,
		...(failure.body ? { body: failure.body as JsonObject } : {}),
	};
	const error = new NodeApiError(node, plain, {
		message,
		description: descriptionOf(failure) && redact(descriptionOf(failure)!, secrets),
		httpCode: failure.status !== undefined ? String(failure.status) : undefined,
		itemIndex: request.itemIndex,
	});
	// NodeApiError swaps messages that mention network codes for generic texts; keep ours.
	error.message = message;
	return error;
}
