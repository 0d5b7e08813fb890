/**
 * The endpoint catalog, loaded on first use: the generated module is large, so it is read only when
 * the API Call operation (its picker, its field list or a request) needs it, never when n8n builds
 * the node description, and once per process after that.
 */
import { curatedRoutes, routeMatches } from '../shared/descriptions/operation';
import type { Endpoint } from './types';

let loading: Promise<Endpoint[]> | undefined;
let byId: Map<string, Endpoint> | undefined;

/** Whether the catalog module has been loaded in this process (for the laziness test). */
export function catalogLoaded(): boolean {
	return byId !== undefined;
}

export async function loadEndpoints(): Promise<Endpoint[]> {
	loading ??= import('./generated/catalog').then(({ ENDPOINTS }) => {
		byId = new Map(ENDPOINTS.map((endpoint) => [endpoint.id.toLowerCase(), endpoint]));
		return ENDPOINTS;
	});
	return await loading;
}

/**
 * The endpoint a text names: its catalog ID (`v1:GET /projects/{projectId}`), or the same without
 * the API version (`GET /projects/{projectId}`, v1 first). Undefined when there is none.
 */
export async function findEndpoint(text: string): Promise<Endpoint | undefined> {
	await loadEndpoints();
	const wanted = text.trim().replace(/\s+/g, ' ').toLowerCase();
	const direct = byId!.get(wanted);
	if (direct) return direct;
	return byId!.get(`v1:${wanted}`) ?? byId!.get(`v2:${wanted}`);
}

/** Resource display names by value, set by the node's resource list (kept here to avoid an import cycle). */
const resourceNames = new Map<string, string>();

export function nameResources(options: Array<{ name: string; value: string | number | boolean }>): void {
	for (const option of options) resourceNames.set(String(option.value), option.name);
}

/** "Project → Create" for each curated operation that calls the endpoint (curated operations win). */
export function curatedOperationsOf(endpoint: Pick<Endpoint, 'api' | 'method' | 'path'>): string[] {
	const names = curatedRoutes
		.filter((route) => route.resource !== 'apiCall' && routeMatches(endpoint, route))
		.map((route) => `${resourceNames.get(route.resource) ?? route.resource} → ${route.name}`);
	return [...new Set(names)];
}
