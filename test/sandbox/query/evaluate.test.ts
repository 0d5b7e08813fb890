import { ApiError } from '../http/errors';
import { compileFilter, type FilterContext } from './evaluate';

const ME = 'aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa';
/** Wednesday 2024-05-15 10:30 UTC: week Mon 13th .. Sun 19th, month May. */
const NOW = new Date('2024-05-15T10:30:00Z');

const tasks = [
	{
		id: 'AAAAAAAA-0000-4000-8000-000000000001',
		name: 'Alpha',
		plannedDuration: 100,
		isPrio: true,
		dueOn: '2024-05-15T08:00:00Z',
		tags: [{ name: 'Draft' }],
		company: { name: 'awork', address: { city: 'Hamburg' } },
		userId: ME.toUpperCase(),
	},
	{
		id: 'aaaaaaaa-0000-4000-8000-000000000002',
		name: "Bob's task",
		plannedDuration: 250.5,
		isPrio: false,
		dueOn: '2024-05-14T23:59:59Z',
		tags: [{ name: 'In Progress' }, { name: 'x' }],
		company: { name: 'Other', address: { city: 'Berlin' } },
		userId: 'bbbbbbbb-1111-4111-8111-bbbbbbbbbbbb',
	},
	{ id: 'aaaaaaaa-0000-4000-8000-000000000003', name: 'charlie', plannedDuration: null, isPrio: false, dueOn: null, tags: [], company: null },
	{
		id: 'aaaaaaaa-0000-4000-8000-000000000004',
		name: 'Delta',
		plannedDuration: 300,
		isPrio: true,
		// 2024-04-09T22:00Z written with an offset
		dueOn: '2024-04-10T00:00:00+02:00',
		tags: [{ name: 'Draft' }, { name: 'Draft' }],
		company: { name: 'awork', address: null },
	},
];

function names(filter: string, items: object[] = tasks, ctx: Partial<FilterContext> = {}): string[] {
	const predicate = compileFilter(filter, { meId: ME, now: NOW, ...ctx });
	return items.filter(predicate).map((item) => (item as { name: string }).name);
}

function filterError(filter: string, ctx: Partial<FilterContext> = {}): string {
	try {
		compileFilter(filter, { meId: ME, now: NOW, ...ctx });
	} catch (error) {
		if (error instanceof ApiError) {
			expect(error.status).toBe(400);
			expect(error.code).toBe('invalid-filter-or-order');
			return error.description;
		}
		throw error;
	}
	throw new Error(`expected '${filter}' to be rejected`);
}

describe('filter evaluation: operators and literals', () => {
	it('compares numbers with every operator, including decimals and suffixes', () => {
		expect(names('plannedDuration eq 100')).toEqual(['Alpha']);
		expect(names('plannedDuration ne 100')).toEqual(["Bob's task", 'charlie', 'Delta']);
		expect(names('plannedDuration gt 250.5')).toEqual(['Delta']);
		expect(names('plannedDuration ge 250.5M')).toEqual(["Bob's task", 'Delta']);
		expect(names('plannedDuration lt 250.5d')).toEqual(['Alpha']);
		expect(names('plannedDuration le 300L')).toEqual(['Alpha', "Bob's task", 'Delta']);
		expect(names('plannedDuration le 200 and plannedDuration gt 3.5f')).toEqual(['Alpha']);
	});

	it('compares strings ordinally and case-sensitively', () => {
		expect(names("name eq 'Alpha'")).toEqual(['Alpha']);
		expect(names("name eq 'alpha'")).toEqual([]);
		expect(names("name gt 'Bob'")).toEqual(["Bob's task", 'charlie', 'Delta']); // 'c' > 'D' ordinally
		expect(names("name eq 'Bob''s task'")).toEqual(["Bob's task"]);
	});

	it('compares booleans', () => {
		expect(names('isPrio eq true')).toEqual(['Alpha', 'Delta']);
		expect(names('isPrio ne true')).toEqual(["Bob's task", 'charlie']);
		expect(names('isPrio')).toEqual(['Alpha', 'Delta']);
		expect(names('not isPrio')).toEqual(["Bob's task", 'charlie']);
		expect(names('true')).toHaveLength(4);
	});

	it('applies null semantics like OData', () => {
		expect(names('plannedDuration eq null')).toEqual(['charlie']);
		expect(names('plannedDuration ne null')).toEqual(['Alpha', "Bob's task", 'Delta']);
		expect(names('plannedDuration gt null')).toEqual([]);
		expect(names('null eq null')).toHaveLength(4);
		expect(names('missingEverywhere eq null')).toHaveLength(4);
		// a comparison with a null value is false, so `not` makes it true
		expect(names('not plannedDuration gt 0')).toEqual(['charlie']);
	});

	it('compares dates as instants whatever their notation', () => {
		expect(names("dueOn lt datetime'2024-05-01T00:00'")).toEqual(['Delta']);
		expect(names("dueOn eq datetime'2024-04-09T22:00:00Z'")).toEqual(['Delta']);
		expect(names("dueOn ge datetime'2024-05-15T08:00:00.000+00:00'")).toEqual(['Alpha']);
		expect(names("dueOn gt datetime'2024-05-14T23:59:58Z' and dueOn lt datetime'2024-05-15'")).toEqual(["Bob's task"]);
	});

	it('compares guids case-insensitively, and me.id with the requesting user', () => {
		expect(names("id eq guid'aaaaaaaa-0000-4000-8000-000000000001'")).toEqual(['Alpha']);
		expect(names("id eq GUID'AAAAAAAA-0000-4000-8000-000000000002'")).toEqual(["Bob's task"]);
		expect(names('userId eq me.id')).toEqual(['Alpha']);
		expect(names('userId ne me.id')).toEqual(["Bob's task", 'charlie', 'Delta']);
		expect(names('userId eq me.id', tasks, { meId: 'bbbbbbbb-1111-4111-8111-bbbbbbbbbbbb' })).toEqual(["Bob's task"]);
	});

	it('matches property names case-insensitively, also in nested paths', () => {
		expect(names('PLANNEDDURATION eq 100')).toEqual(['Alpha']);
		expect(names("Company/Name eq 'awork'")).toEqual(['Alpha', 'Delta']);
		expect(names("company/address/city eq 'Berlin'")).toEqual(["Bob's task"]);
		expect(names('company/address/city eq null')).toEqual(['charlie', 'Delta']);
	});
});

describe('filter evaluation: logic, functions, in, any, count', () => {
	it('honours precedence and parentheses', () => {
		// a or (b and c)
		expect(names("name eq 'Alpha' or isPrio eq true and plannedDuration gt 250")).toEqual(['Alpha', 'Delta']);
		// (a or b) and c
		expect(names("(name eq 'Alpha' or isPrio eq true) and plannedDuration gt 250")).toEqual(['Delta']);
		// (not a) and b
		expect(names("not name eq 'Alpha' and isPrio eq true")).toEqual(['Delta']);
		expect(names("not (name eq 'Alpha' and isPrio eq true)")).toEqual(["Bob's task", 'charlie', 'Delta']);
	});

	it('evaluates startswith, endswith, substringof and tolower', () => {
		expect(names("startswith(name,'Al')")).toEqual(['Alpha']);
		expect(names("startswith(name,'al')")).toEqual([]);
		expect(names("endswith(name,'task')")).toEqual(["Bob's task"]);
		expect(names("substringof('lt', name)")).toEqual(['Delta']);
		expect(names("substringof(name, 'lt')")).toEqual([]);
		expect(names("tolower(name) eq 'alpha'")).toEqual(['Alpha']);
		expect(names("startswith(tolower(name),'c') eq true")).toEqual(['charlie']);
		expect(names("endswith(name,'a') eq false")).toEqual(["Bob's task", 'charlie']);
	});

	it('evaluates in lists', () => {
		expect(names("name in ('Alpha','Delta','nobody')")).toEqual(['Alpha', 'Delta']);
		expect(names('plannedDuration in (100, 300)')).toEqual(['Alpha', 'Delta']);
		expect(names("id in (guid'AAAAAAAA-0000-4000-8000-000000000003')")).toEqual(['charlie']);
		expect(names("tags/any(t: t/name in ('Draft','In Progress'))")).toEqual(['Alpha', "Bob's task", 'Delta']);
	});

	it('evaluates any, including the documented "eq false" form and empty any()', () => {
		expect(names("tags/any(t: t/name eq 'x')")).toEqual(["Bob's task"]);
		expect(names("tags/any(t: t/name eq 'Draft') eq false")).toEqual(["Bob's task", 'charlie']);
		expect(names('tags/any()')).toEqual(['Alpha', "Bob's task", 'Delta']);
		// the lambda body can still see the root entity
		expect(names("tags/any(t: t/name eq 'Draft' and plannedDuration gt 200)")).toEqual(['Delta']);
	});

	it('evaluates count with and without a condition', () => {
		expect(names('tags/count() eq 2')).toEqual(["Bob's task", 'Delta']);
		expect(names('tags/count() lt 1')).toEqual(['charlie']);
		expect(names("tags/count(t: t/name eq 'Draft') gt 1")).toEqual(['Delta']);
	});

	it('supports nested lambdas', () => {
		const projects = [
			{ name: 'P1', members: [{ firstName: 'Neil', tags: [{ name: 'lead' }] }] },
			{ name: 'P2', members: [{ firstName: 'Neil', tags: [] }, { firstName: 'Ann', tags: [{ name: 'lead' }] }] },
		];
		expect(names("members/any(m: m/firstName eq 'Neil' and m/tags/any(t: t/name eq 'lead'))", projects)).toEqual(['P1']);
		expect(names("members/any(m: m/tags/any(t: t/name eq 'lead'))", projects)).toEqual(['P1', 'P2']);
	});

	it('rejects non-conditions where a condition is needed', () => {
		expect(filterError("name eq 'x' and 5")).toMatch(/expected a condition but found a number value at position 17/);
		expect(filterError('tolower(name)')).toMatch(/expected a condition but found a string value/);
		expect(filterError('tags/count()')).toMatch(/expected a condition but found a number value/);
		expect(filterError('null')).toMatch(/expected a condition but found a null value/);
		expect(filterError("name in ('a', name)")).toMatch(/'in' lists take literal values only/);
		expect(filterError("startswith(name, 5)")).toMatch(/'startswith' expects text arguments but got a number value/);
		expect(filterError("plannedDuration eq 'x' and 1 eq 'x'")).toMatch(/cannot compare number with string/);
	});
});

describe('filter evaluation: special date terms', () => {
	const dated = (...dueOn: string[]) => dueOn.map((d) => ({ name: d, dueOn: d }));

	it('now is the clock instant', () => {
		const items = dated('2024-05-15T10:29:59Z', '2024-05-15T10:30:00Z', '2024-05-15T10:30:01Z');
		expect(names('dueOn lt now', items)).toEqual(['2024-05-15T10:29:59Z']);
		expect(names('dueOn eq now', items)).toEqual(['2024-05-15T10:30:00Z']);
	});

	it('today is the whole UTC day', () => {
		const items = dated('2024-05-14T23:59:59Z', '2024-05-15T00:00:00Z', '2024-05-15T23:59:59Z', '2024-05-16T00:00:00Z');
		expect(names('dueOn eq today', items)).toEqual(['2024-05-15T00:00:00Z', '2024-05-15T23:59:59Z']);
		expect(names('dueOn ne today', items)).toEqual(['2024-05-14T23:59:59Z', '2024-05-16T00:00:00Z']);
		expect(names('dueOn lt today', items)).toEqual(['2024-05-14T23:59:59Z']);
		expect(names('dueOn le today', items)).toEqual(['2024-05-14T23:59:59Z', '2024-05-15T00:00:00Z', '2024-05-15T23:59:59Z']);
		expect(names('dueOn gt today', items)).toEqual(['2024-05-16T00:00:00Z']);
		expect(names('dueOn ge today', items)).toEqual(['2024-05-15T00:00:00Z', '2024-05-15T23:59:59Z', '2024-05-16T00:00:00Z']);
		expect(names('today lt dueOn', items)).toEqual(['2024-05-16T00:00:00Z']);
	});

	it('today-30d and today+5d shift by whole days', () => {
		const items = dated('2024-04-14T23:00:00Z', '2024-04-15T12:00:00Z', '2024-05-20T01:00:00Z', '2024-05-21T00:00:00Z');
		expect(names('dueOn eq today-30d', items)).toEqual(['2024-04-15T12:00:00Z']);
		expect(names('dueOn gt today-30d', items)).toEqual(['2024-05-20T01:00:00Z', '2024-05-21T00:00:00Z']);
		expect(names('dueOn ge today-30d', items)).toEqual(['2024-04-15T12:00:00Z', '2024-05-20T01:00:00Z', '2024-05-21T00:00:00Z']);
		expect(names('dueOn eq today+5d', items)).toEqual(['2024-05-20T01:00:00Z']);
		// across a month and a leap day
		expect(names('dueOn eq today-30d', dated('2024-01-31T05:00:00Z'), { now: new Date('2024-03-01T09:00:00Z') })).toEqual(['2024-01-31T05:00:00Z']);
	});

	it('sow and eow are Monday 00:00 and the last instant of Sunday', () => {
		const items = dated('2024-05-12T23:59:59Z', '2024-05-13T00:00:00Z', '2024-05-19T23:59:59.999Z', '2024-05-20T00:00:00Z');
		expect(names('dueOn ge sow and dueOn le eow', items)).toEqual(['2024-05-13T00:00:00Z', '2024-05-19T23:59:59.999Z']);
		expect(names('dueOn gt eow', items)).toEqual(['2024-05-20T00:00:00Z']);
		expect(names('dueOn lt sow', items)).toEqual(['2024-05-12T23:59:59Z']);
		// on a Sunday evening the week still started the Monday before
		expect(names('dueOn eq sow', items, { now: new Date('2024-05-19T23:30:00Z') })).toEqual(['2024-05-13T00:00:00Z']);
		// on Monday 00:00 the week starts that very instant
		expect(names('dueOn eq sow', items, { now: new Date('2024-05-13T00:00:00Z') })).toEqual(['2024-05-13T00:00:00Z']);
		expect(names('dueOn eq sow', items, { now: new Date('2024-05-20T00:00:00Z') })).toEqual(['2024-05-20T00:00:00Z']);
	});

	it('som and eom are the first and last instant of the month', () => {
		const items = dated('2024-04-30T23:59:59Z', '2024-05-01T00:00:00Z', '2024-05-31T23:59:59.999Z', '2024-06-01T00:00:00Z');
		expect(names('dueOn ge som and dueOn le eom', items)).toEqual(['2024-05-01T00:00:00Z', '2024-05-31T23:59:59.999Z']);
		expect(names('dueOn gt eom', items)).toEqual(['2024-06-01T00:00:00Z']);
		const feb = dated('2024-02-29T23:59:59.999Z', '2024-03-01T00:00:00Z');
		expect(names('dueOn eq eom', feb, { now: new Date('2024-02-10T00:00:00Z') })).toEqual(['2024-02-29T23:59:59.999Z']);
		expect(names('dueOn eq som', feb, { now: new Date('2024-03-31T23:59:59Z') })).toEqual(['2024-03-01T00:00:00Z']);
	});

	it('treats zone-less timestamps as UTC', () => {
		expect(names('dueOn eq today', dated('2024-05-15T00:00:00', '2024-05-14T23:00:00'))).toEqual(['2024-05-15T00:00:00']);
	});
});
