/**
 * The "From List" mode of every locator: awork searches (an escaped `substringof` filter) and
 * pages (`page`/`pageSize`, the page number as n8n's pagination token) server-side.
 */
import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { aworkRequestFull } from '../shared/transport/request';
import { searchFilter } from './searchFilter';

export const SEARCH_PAGE_SIZE = 50;

export interface ListSource {
	path: string;
	/** Properties the search text is looked for in (OR). */
	searchIn: string[];
	orderby: string;
	/** A filter that always applies (already valid awork syntax). */
	filter?: string;
	qs?: IDataObject;
	name: (entity: IDataObject) => string;
}

export async function searchList(
	context: ILoadOptionsFunctions,
	source: ListSource,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Math.max(1, Number(paginationToken) || 1);
	const parts: string[] = [];
	if (source.filter) parts.push(`(${source.filter})`);
	const text = filter?.trim();
	if (text) parts.push(`(${searchFilter(source.searchIn, text)})`);
	const response = await aworkRequestFull.call(context, {
		method: 'GET',
		path: source.path,
		qs: {
			...source.qs,
			page,
			pageSize: SEARCH_PAGE_SIZE,
			orderby: source.orderby,
			...(parts.length ? { filterby: parts.join(' and ') } : {}),
		},
	});
	const entities = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
	const total = Number(response.headers['aw-totalitems']);
	const more = Number.isFinite(total) ? page * SEARCH_PAGE_SIZE < total : entities.length === SEARCH_PAGE_SIZE;
	return {
		results: entities.map((entity) => ({ name: source.name(entity) || String(entity.id), value: String(entity.id) })),
		...(more ? { paginationToken: String(page + 1) } : {}),
	};
}
