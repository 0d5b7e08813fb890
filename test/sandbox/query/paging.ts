/**
 * `page` / `pageSize` (docs/pagination.md): page is 1-based, pageSize at most 1000. Values the
 * API's model binding would refuse (not an integer, page below 1, pageSize outside 1..1000) are
 * answered with 400 `validation-failed` naming the parameter.
 */
import { validationFailed } from '../http/errors';

export const MAX_PAGE_SIZE = 1000;

export interface Paging {
	page: number;
	pageSize: number;
}

/** `raw` values come from the case-insensitive query lookup in `index.ts`. */
export function parsePaging(rawPage: string | undefined, rawPageSize: string | undefined, defaultPageSize: number): Paging {
	const page = parseIntegerParam('page', rawPage, 1);
	const pageSize = parseIntegerParam('pageSize', rawPageSize, defaultPageSize);
	if (page < 1) throw validationFailed([{ property: 'page', message: "'page' must be greater than or equal to 1." }]);
	if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
		throw validationFailed([{ property: 'pageSize', message: `'pageSize' must be between 1 and ${MAX_PAGE_SIZE}.` }]);
	}
	return { page, pageSize };
}

function parseIntegerParam(name: string, raw: string | undefined, fallback: number): number {
	if (raw === undefined || raw.trim() === '') return fallback;
	if (!/^\s*[+-]?\d+\s*$/.test(raw) || !Number.isSafeInteger(Number(raw))) {
		throw validationFailed([{ property: name, message: `The value '${raw}' is not valid for ${name}.` }]);
	}
	return Number(raw);
}

export function pageOf<T>(items: readonly T[], paging: Paging): { items: T[]; headers: Record<string, string> } {
	const start = (paging.page - 1) * paging.pageSize;
	const slice = items.slice(start, start + paging.pageSize);
	return {
		items: slice,
		headers: {
			'aw-page': String(paging.page),
			'aw-pagesize': String(paging.pageSize),
			'aw-items': String(slice.length),
			'aw-totalitems': String(items.length),
		},
	};
}
