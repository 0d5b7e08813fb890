import { ApiError } from '../http/errors';
import { compileOrder } from './order';

const people = [
	{ id: 1, lastName: 'Miller', firstName: 'Anna', priority: 2, company: { name: 'b' }, birthDate: '1990-01-01T00:00:00Z' },
	{ id: 2, lastName: 'adams', firstName: 'Zoe', priority: null, company: null, birthDate: null },
	{ id: 3, lastName: 'Miller', firstName: 'Ben', priority: 1, company: { name: 'A' }, birthDate: '1989-12-31T23:00:00-02:00' },
	{ id: 4, lastName: 'Baker', firstName: 'Carl', priority: 2, company: { name: 'c' }, birthDate: '1985-06-01T00:00:00Z' },
	{ id: 5, lastName: 'Miller', firstName: 'Anna', priority: 3, company: { name: 'a' } },
];

const ids = (order: string, items: object[] = people) => compileOrder(order, {})(items).map((p) => (p as { id: number }).id);

function orderError(order: string): string {
	try {
		compileOrder(order, {});
	} catch (error) {
		if (error instanceof ApiError) {
			expect(error.code).toBe('invalid-filter-or-order');
			return error.description;
		}
		throw error;
	}
	throw new Error(`expected '${order}' to be rejected`);
}

describe('orderby', () => {
	it('orders ascending by default, text case-insensitively', () => {
		expect(ids('lastName')).toEqual([2, 4, 1, 3, 5]);
		expect(ids('LastName asc')).toEqual([2, 4, 1, 3, 5]);
	});

	it('orders descending and keeps equal items in their original order (stable)', () => {
		expect(ids('lastName desc')).toEqual([1, 3, 5, 4, 2]);
		expect(ids('firstName DESC')).toEqual([2, 4, 3, 1, 5]);
	});

	it('orders by several keys', () => {
		expect(ids('lastName,firstName desc')).toEqual([2, 4, 3, 1, 5]);
		expect(ids('priority desc,lastName')).toEqual([5, 4, 1, 3, 2]);
	});

	it('puts nulls and missing values first ascending and last descending', () => {
		expect(ids('priority')).toEqual([2, 3, 1, 4, 5]);
		expect(ids('priority desc')).toEqual([5, 1, 4, 3, 2]);
		expect(ids('birthDate')).toEqual([2, 5, 4, 1, 3]);
	});

	it('orders timestamps as instants, whatever their offset notation', () => {
		// person 3 was born 1990-01-01T01:00Z, one hour after person 1
		expect(ids('birthDate desc')).toEqual([3, 1, 4, 2, 5]);
	});

	it('orders by nested paths', () => {
		expect(ids('company/name')).toEqual([2, 3, 5, 1, 4]);
		expect(ids('Company/Name desc,priority desc')).toEqual([4, 1, 5, 3, 2]);
	});

	it('orders numbers numerically and booleans false before true', () => {
		const items = [
			{ id: 1, n: 10, b: true },
			{ id: 2, n: 9, b: false },
			{ id: 3, n: 100, b: true },
		];
		expect(ids('n', items)).toEqual([2, 1, 3]);
		expect(ids('b,n desc', items)).toEqual([2, 3, 1]);
	});

	it('does not modify the input list', () => {
		const copy = [...people];
		compileOrder('lastName desc', {})(people);
		expect(people).toEqual(copy);
	});

	it('rejects spaces around commas, empty keys and bad directions', () => {
		expect(orderError('lastName, firstName')).toMatch(/no spaces are allowed around ','/);
		expect(orderError('lastName ,firstName')).toMatch(/no spaces are allowed around ','/);
		expect(orderError('lastName,,firstName')).toMatch(/an order key is empty/);
		expect(orderError('lastName,')).toMatch(/an order key is empty/);
		expect(orderError('lastName up')).toMatch(/'lastName up' is not a property path optionally followed by asc or desc/);
		expect(orderError('company/')).toMatch(/not a property path/);
		expect(orderError('_secret')).toMatch(/'_secret' does not exist/);
	});
});
