/**
 * API-key authentication as awork does it: `Authorization: Bearer <key>`. A key maps to the user
 * it acts as (awork API keys act as the workspace's API user).
 */
import { createHash } from 'crypto';
import type { IncomingHttpHeaders } from 'http';
import { ApiError } from './errors';
import type { SpecOperation } from '../types';

/** The key a sandbox accepts when none are configured: stable for a seed, so docs and scripts can rely on it. */
export function defaultApiKey(seed: number): string {
	const digest = createHash('sha256').update(`awork-sandbox-key:${seed}`).digest('hex');
	return `sandbox_${digest.slice(0, 40)}`;
}

function unauthorized(description: string): ApiError {
	// The `WWW-Authenticate` challenge is what an OAuth/JWT-protected API sends with a 401.
	return new ApiError(401, 'unauthorized', description, undefined, undefined, { 'www-authenticate': 'Bearer' });
}

/** The bearer token of the request, or undefined when the header is missing or not a bearer one. */
export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
	const header = headers.authorization;
	if (!header) return undefined;
	const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
	return match?.[1];
}

/** The user the request's key belongs to; awork's 401 when the key is missing or unknown. */
export function authenticate(headers: IncomingHttpHeaders, apiKeys: ReadonlyMap<string, string>): string {
	const token = bearerToken(headers);
	if (token === undefined) {
		throw unauthorized(
			headers.authorization
				? 'The Authorization header must have the form "Bearer <api key>".'
				: 'The request has no Authorization header. Send "Authorization: Bearer <api key>".',
		);
	}
	const userId = apiKeys.get(token);
	if (userId === undefined) throw unauthorized('The API key or token is invalid or has been revoked.');
	return userId;
}

/** Operations the spec marks as open to unauthenticated callers (`x-access.anonymous`). */
export function allowsAnonymous(op: SpecOperation | undefined): boolean {
	const anonymous = op?.operation['x-access']?.anonymous;
	return anonymous === true || anonymous === 'true';
}

/** The user of a valid key, or undefined (for anonymous operations: a bad key is simply ignored). */
export function tryAuthenticate(headers: IncomingHttpHeaders, apiKeys: ReadonlyMap<string, string>): string | undefined {
	const token = bearerToken(headers);
	return token === undefined ? undefined : apiKeys.get(token);
}
