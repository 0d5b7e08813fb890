/** Where awork's API lives, from the credential's Base URL (the v1 root; v2 is its sibling). */
export type ApiVersion = 'v1' | 'v2';

/** For declarative `routing.request.baseURL` of v2 operations: the v1 root with `/v1` swapped for `/v2`. */
export const V2_BASE_URL_EXPRESSION = '={{$credentials.baseUrl.replace(/\\/+$/, "").replace(/\\/v1$/i, "/v2")}}';

/** For `requestDefaults.baseURL`: the credential's Base URL without trailing slashes. */
export const V1_BASE_URL_EXPRESSION = '={{$credentials.baseUrl.replace(/\\/+$/, "")}}';

export function apiRoot(baseUrl: unknown, api: ApiVersion = 'v1'): string {
	if (typeof baseUrl !== 'string' || !/^https?:\/\/[^/\s]+/i.test(baseUrl.trim())) {
		throw new Error(
			`The credential's Base URL must be an http(s) URL such as https://api.awork.com/api/v1, got '${String(baseUrl ?? '')}'`,
		);
	}
	const v1 = baseUrl.trim().replace(/\/+$/, '');
	return api === 'v2' ? v1.replace(/\/v1$/i, '/v2') : v1;
}
