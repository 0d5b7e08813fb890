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
