/** Which of the package's credential types a node uses, from its `authentication` parameter. */
import type { INode } from 'n8n-workflow';

/** Credential type for `authentication: apiKey`. */
export const API_KEY_TYPE = 'aworkSuiteApi';
/** Credential type for `authentication: oAuth2` (a person signs in). */
export const USER_LOGIN_TYPE = 'aworkSuiteOAuth2Api';

export function credentialTypeOf(node: INode): string {
	return node.parameters.authentication === 'oAuth2' ? USER_LOGIN_TYPE : API_KEY_TYPE;
}

/**
 * The limiter key for a node's workspace connection: the API's origin and the credential ID, never
 * a secret. v1 and v2 requests share it: awork counts them against the same workspace limit.
 */
export function limiterKeyOf(node: INode, baseUrl: string): string {
	const type = credentialTypeOf(node);
	let origin = baseUrl;
	try {
		origin = new URL(baseUrl).origin;
	} catch {
		// An unusable Base URL fails later with its own message; any key will do until then.
	}
	return `${origin}|${type}|${node.credentials?.[type]?.id ?? node.credentials?.[type]?.name ?? 'default'}`;
}

// Credential fields that hold secrets, wherever they sit in the credential's data.
const SECRET_FIELD = /(key|secret|token|password)$/i;

/** Every secret in a credential's data (API key, client secret, access and refresh tokens). */
export function secretsOf(data: unknown, depth = 0): string[] {
	if (!data || typeof data !== 'object' || depth > 3) return [];
	const secrets: string[] = [];
	for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
		if (typeof value === 'string' && SECRET_FIELD.test(field) && value) secrets.push(value);
		else if (value && typeof value === 'object') secrets.push(...secretsOf(value, depth + 1));
	}
	return secrets;
}

/** The credential a node uses, by type and the name a person gave it. */
export function credentialNameOf(node: INode): { type: string; name?: string } {
	const type = credentialTypeOf(node);
	return { type, name: node.credentials?.[type]?.name };
}
