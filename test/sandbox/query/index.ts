/**
 * The query layer's entry point: `applyListQuery` answers a list request's `filterby`, `orderby`,
 * `page` and `pageSize` (query keys matched case-insensitively, as ASP.NET binds them) and
 * produces the `aw-*` paging headers. Filter first, then order, then page.
 */
import { compileFilter } from './evaluate';
import { compileOrder } from './order';
import { pageOf, parsePaging } from './paging';
import type { ItemSchema } from './schema';

export interface ListQueryContext {
	/** The requesting user's id, for `me.id`. */
	meId: string;
	/** The sandbox clock, for `now`, `today`, `sow`, ... */
	now: Date;
	/** `pageSize` when the request names none. */
	defaultPageSize: number;
	/** The response item schema; with it, unknown property names are rejected. */
	itemSchema?: ItemSchema;
}

export function applyListQuery(
	items: readonly object[],
	query: Record<string, string | string[]>,
	ctx: ListQueryContext,
): { items: object[]; headers: Record<string, string> } {
	const filterText = queryValue(query, 'filterby');
	const orderText = queryValue(query, 'orderby');
	// Validate everything before doing any work, so a bad pageSize fails fast even on big lists.
	const paging = parsePaging(queryValue(query, 'page'), queryValue(query, 'pagesize'), ctx.defaultPageSize);
	const filter = filterText?.trim() ? compileFilter(filterText, ctx) : undefined;
	const order = orderText?.trim() ? compileOrder(orderText, ctx) : undefined;

	let result: readonly object[] = filter ? items.filter(filter) : items;
	if (order) result = order(result);
	return pageOf(result, paging);
}

/** First value of a query key, matched case-insensitively (a repeated key binds its first value). */
export function queryValue(query: Record<string, string | string[]>, name: string): string | undefined {
	const lower = name.toLowerCase();
	for (const [key, value] of Object.entries(query)) {
		if (key.toLowerCase() !== lower) continue;
		return Array.isArray(value) ? value[0] : value;
	}
	return undefined;
}

export { compileFilter, type FilterContext, type FilterPredicate } from './evaluate';
export { compileOrder, type OrderContext, type OrderFunction } from './order';
export { parseFilter } from './parser';
export { tokenize } from './lexer';
export { MAX_PAGE_SIZE } from './paging';
export type { ItemSchema } from './schema';
