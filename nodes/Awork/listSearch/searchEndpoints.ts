/** "From List" of API Call's endpoint picker: the catalog searched by words, curated operations named. */
import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { curatedOperationsOf, loadEndpoints } from '../endpoints/load';
import type { Endpoint } from '../endpoints/types';

const PAGE = 100;

const haystack = (endpoint: Endpoint) => `${endpoint.label} ${endpoint.method} ${endpoint.path} ${endpoint.api} ${endpoint.tag}`.toLowerCase();

/** Endpoints whose label, method, path or tag contain every word of `filter`, in catalog order. */
export async function searchEndpoints(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const words = (filter ?? '').toLowerCase().split(/\s+/).filter(Boolean);
	const matching = (await loadEndpoints()).filter((endpoint) => {
		const text = haystack(endpoint);
		return words.every((word) => text.includes(word));
	});
	const start = Math.max(0, Number(token) || 0);
	const results = matching.slice(start, start + PAGE).map((endpoint) => {
		const curated = curatedOperationsOf(endpoint);
		return {
			name: `${endpoint.label}${curated.length ? ` (also: ${curated.join(', ')})` : ''}`,
			value: endpoint.id,
			description: `${endpoint.method} ${endpoint.api === 'v2' ? '/v2' : ''}${endpoint.path}`,
		};
	});
	return { results, ...(start + PAGE < matching.length ? { paginationToken: String(start + PAGE) } : {}) };
}
