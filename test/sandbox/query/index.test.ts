import { ApiError } from '../http/errors';
import { applyListQuery, queryValue } from './index';

const ME = 'aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa';
const NOW = new Date('2024-05-15T10:30:00Z');
const ctx = { meId: ME, now: NOW, defaultPageSize: 1000 };

const numbers = Array.from({ length: 25 }, (_, i) => ({ n: i + 1, even: (i + 1) % 2 === 0 }));

function apiError(run: () => unknown): ApiError {
	try {
		run();
	} catch (error) {
		if (error instanceof ApiError) return error;
		throw error;
	}
	throw new Error('expected a rejection');
}

describe('applyListQuery', () => {
	it('filters, then orders, then pages, and reports the aw-* headers', () => {
		const result = applyListQuery(numbers, { filterby: 'even eq true', orderby: 'n desc', page: '2', pageSize: '5' }, ctx);
		expect(result.items.map((x) => (x as { n: number }).n)).toEqual([14, 12, 10, 8, 6]);
		expect(result.headers).toEqual({ 'aw-page': '2', 'aw-pagesize': '5', 'aw-items': '5', 'aw-totalitems': '12' });
	});

	it('returns a short last page and an empty page past the end', () => {
		const last = applyListQuery(numbers, { page: '3', pageSize: '10' }, ctx);
		expect(last.items).toHaveLength(5);
		expect(last.headers).toMatchObject({ 'aw-page': '3', 'aw-items': '5', 'aw-totalitems': '25' });
		const beyond = applyListQuery(numbers, { page: '9', pageSize: '10' }, ctx);
		expect(beyond.items).toEqual([]);
		expect(beyond.headers).toMatchObject({ 'aw-items': '0', 'aw-totalitems': '25' });
	});

	it('defaults to page 1 and the context page size, keeping the input order', () => {
		const result = applyListQuery(numbers, {}, { ...ctx, defaultPageSize: 10 });
		expect(result.items).toEqual(numbers.slice(0, 10));
		expect(result.headers).toEqual({ 'aw-page': '1', 'aw-pagesize': '10', 'aw-items': '10', 'aw-totalitems': '25' });
	});

	it('matches query keys case-insensitively and takes the first of repeated values', () => {
		const result = applyListQuery(numbers, { FilterBy: 'n le 3', ORDERBY: 'n desc', PageSize: ['2', '50'], PAGE: '1' }, ctx);
		expect(result.items.map((x) => (x as { n: number }).n)).toEqual([3, 2]);
		expect(result.headers['aw-pagesize']).toBe('2');
		expect(queryValue({ filterBy: 'x' }, 'filterby')).toBe('x');
		expect(queryValue({}, 'filterby')).toBeUndefined();
	});

	it('ignores empty filterby and orderby', () => {
		expect(applyListQuery(numbers, { filterby: '', orderby: ' ' }, ctx).headers['aw-totalitems']).toBe('25');
	});

	it('accepts pageSize 1000 and rejects pages and sizes the API refuses', () => {
		expect(applyListQuery(numbers, { pageSize: '1000' }, ctx).headers['aw-pagesize']).toBe('1000');
		for (const [query, property] of [
			[{ pageSize: '1001' }, 'pageSize'],
			[{ pageSize: '0' }, 'pageSize'],
			[{ pageSize: 'ten' }, 'pageSize'],
			[{ page: '0' }, 'page'],
			[{ page: '-1' }, 'page'],
			[{ page: '1.5' }, 'page'],
		] as const) {
			const error = apiError(() => applyListQuery(numbers, query, ctx));
			expect(error.status).toBe(400);
			expect(error.code).toBe('validation-failed');
			expect(error.validationErrors?.[0].property).toBe(property);
		}
	});

	it('answers a malformed filter or order with 400 invalid-filter-or-order', () => {
		const queries: Array<Record<string, string>> = [{ filterby: "n eq 'open" }, { filterby: 'n eq' }, { filterby: '(n eq 1' }, { filterby: 'foo(n)' }, { orderby: 'n, even' }];
		for (const query of queries) {
			const error = apiError(() => applyListQuery(numbers, query, ctx));
			expect(error.status).toBe(400);
			expect(error.code).toBe('invalid-filter-or-order');
		}
	});

	it('checks properties against the item schema when given', () => {
		const itemSchema = {
			schema: { type: 'object', properties: { n: { type: 'integer' }, even: { type: 'boolean' } } },
			resolve: () => ({}),
		};
		expect(applyListQuery(numbers, { filterby: 'N gt 20' }, { ...ctx, itemSchema }).items).toHaveLength(5);
		expect(apiError(() => applyListQuery(numbers, { filterby: 'odd eq true' }, { ...ctx, itemSchema })).description).toMatch(/'odd'/);
		expect(apiError(() => applyListQuery(numbers, { orderby: 'odd' }, { ...ctx, itemSchema })).description).toMatch(/'odd'/);
	});

	it('filters 50,000 time entries quickly (compiled once per request)', () => {
		const users = [ME, 'bbbbbbbb-1111-4111-8111-bbbbbbbbbbbb', 'cccccccc-1111-4111-8111-cccccccccccc'];
		const entries = Array.from({ length: 50_000 }, (_, i) => ({
			id: `e${i}`,
			userId: users[i % 3],
			isBillable: i % 2 === 0,
			duration: (i % 480) * 60,
			startDateUtc: new Date(NOW.getTime() - (i % 90) * 86_400_000).toISOString(),
			typeOfWork: { name: i % 5 === 0 ? 'Design' : 'Development' },
		}));
		const query = {
			filterby: "userId eq me.id and isBillable eq true and startDateUtc ge today-30d and typeOfWork/name ne 'Design'",
			orderby: 'startDateUtc desc,duration',
			pageSize: '100',
		};
		const started = performance.now();
		const result = applyListQuery(entries, query, ctx);
		const elapsed = performance.now() - started;
		const expected = entries.filter(
			(e) => e.userId === ME && e.isBillable && Date.parse(e.startDateUtc) >= Date.UTC(2024, 3, 15) && e.typeOfWork.name !== 'Design',
		);
		expect(result.headers['aw-totalitems']).toBe(String(expected.length));
		expect(expected.length).toBeGreaterThan(1000);
		expect(result.items).toHaveLength(100);
		expect(elapsed).toBeLessThan(1500);
	});
});
