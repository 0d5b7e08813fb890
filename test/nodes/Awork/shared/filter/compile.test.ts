/** Operators, combinations, field checks and sort of the filter compiler. */
import {
	checkExpression,
	checkFieldPath,
	combineWithAnd,
	compileFilter,
	compileSort,
	type FilterNode,
} from '../../../../../nodes/Awork/shared/filter/compile';
import { compileOrder, parseFilter } from '../../../../sandbox/query';
import { errorOf } from './errorOf';

const GUID = '1b3f4c5d-0000-4a5b-8c9d-0123456789ab';

describe('operators', () => {
	it.each<[FilterNode, string]>([
		[{ field: 'name', op: 'eq', value: { type: 'text', value: 'a' } }, "name eq 'a'"],
		[{ field: 'name', op: 'ne', value: { type: 'text', value: 'a' } }, "name ne 'a'"],
		[{ field: 'plannedDuration', op: 'gt', value: { type: 'number', value: 3600 } }, 'plannedDuration gt 3600'],
		[{ field: 'plannedDuration', op: 'ge', value: { type: 'number', value: 1.5 } }, 'plannedDuration ge 1.5'],
		[{ field: 'dueOn', op: 'lt', value: { type: 'date', value: '2024-05-01T10:00:00Z' } }, "dueOn lt datetime'2024-05-01T10:00:00Z'"],
		[{ field: 'dueOn', op: 'le', value: { type: 'special', value: 'today+5d' } }, 'dueOn le today+5d'],
		[{ field: 'name', op: 'contains', value: "it's" }, "substringof('it''s',name)"],
		[{ field: 'name', op: 'startswith', value: 'Web' }, "startswith(name,'Web')"],
		[{ field: 'name', op: 'endswith', value: 'site' }, "endswith(name,'site')"],
		[{ field: 'dueOn', op: 'isNull' }, 'dueOn eq null'],
		[{ field: 'dueOn', op: 'isNotNull' }, 'dueOn ne null'],
		[{ field: 'isPrio', op: 'eq', value: { type: 'boolean', value: true } }, 'isPrio eq true'],
		[{ field: 'projectId', op: 'eq', value: { type: 'null' } }, 'projectId eq null'],
		[{ field: 'createdBy', op: 'eq', value: { type: 'special', value: 'me' } }, 'createdBy eq me.id'],
		[
			{ field: 'taskStatus/type', op: 'in', values: [{ type: 'text', value: 'todo' }, { type: 'text', value: 'done' }] },
			"taskStatus/type in ('todo','done')",
		],
		[
			{ field: 'assignees', op: 'any', where: { field: 'id', op: 'eq', value: { type: 'guid', value: GUID.toUpperCase() } } },
			`assignees/any(a: a/id eq guid'${GUID}')`,
		],
		[{ field: 'tags', op: 'any', where: { field: 'name', op: 'eq', value: { type: 'text', value: 'x' } } }, "tags/any(t: t/name eq 'x')"],
		[{ field: 'tags', op: 'any' }, 'tags/any()'],
		[{ field: 'lists', op: 'none', where: { field: 'name', op: 'eq', value: { type: 'text', value: 'Draft' } } }, "lists/any(l: l/name eq 'Draft') eq false"],
		[{ field: 'tags', op: 'none' }, 'tags/any() eq false'],
		[
			{ field: 'project/members', op: 'any', where: { field: 'userId', op: 'eq', value: { type: 'special', value: 'me' } } },
			'project/members/any(m: m/userId eq me.id)',
		],
	])('compiles %j to %s, which the sandbox parses', (node, expected) => {
		const text = compileFilter(node);
		expect(text).toBe(expected);
		expect(() => parseFilter(text)).not.toThrow();
	});

	it('names nested lambda variables apart and prefixes element paths', () => {
		const text = compileFilter({
			field: 'lists',
			op: 'any',
			where: { field: 'tasks', op: 'any', where: { field: 'name', op: 'contains', value: 'x' } },
		});
		expect(text).toBe("lists/any(l: l/tasks/any(t1: substringof('x',t1/name)))");
	});

	it('uses the text operators with the value as text, whatever its type', () => {
		expect(compileFilter({ field: 'name', op: 'contains', value: 12 })).toBe("substringof('12',name)");
	});

	it('wants at least one value for in', () => {
		expect(errorOf(() => compileFilter({ field: 'name', op: 'in', values: [], label: 'Names' })).message).toBe(
			'Names must be at least one value, got []',
		);
	});
});

describe('combinations', () => {
	const a: FilterNode = { field: 'a', op: 'eq', value: { type: 'number', value: 1 } };
	const b: FilterNode = { field: 'b', op: 'eq', value: { type: 'number', value: 2 } };
	const c: FilterNode = { field: 'c', op: 'eq', value: { type: 'number', value: 3 } };

	it('parenthesises each member of AND and OR groups, and nests them', () => {
		expect(compileFilter({ and: [a, b] })).toBe('(a eq 1) and (b eq 2)');
		expect(compileFilter({ or: [a, b] })).toBe('(a eq 1) or (b eq 2)');
		expect(compileFilter({ and: [a, { or: [b, c] }] })).toBe('(a eq 1) and ((b eq 2) or (c eq 3))');
		expect(compileFilter({ not: { or: [a, b] } })).toBe('not ((a eq 1) or (b eq 2))');
	});

	it('keeps the precedence the sandbox parser sees', () => {
		const tree = parseFilter(compileFilter({ and: [a, { or: [b, c] }] }));
		expect(tree.kind).toBe('and');
		expect(tree.kind === 'and' && tree.right.kind).toBe('or');
	});

	it('drops empty groups and unwraps single members', () => {
		expect(compileFilter({ and: [] })).toBe('');
		expect(compileFilter({ or: [{ and: [] }, a] })).toBe('a eq 1');
		expect(compileFilter({ not: { and: [] } })).toBe('');
	});

	it('ANDs the parts of a list query, each parenthesised, skipping empty ones', () => {
		expect(combineWithAnd(['a eq 1', '(b eq 2) or (c eq 3)', "name eq 'x'"])).toBe(
			"(a eq 1) and ((b eq 2) or (c eq 3)) and (name eq 'x')",
		);
		expect(combineWithAnd(['', 'a eq 1', undefined, '  '])).toBe('a eq 1');
		expect(combineWithAnd([])).toBe('');
	});
});

describe('field paths', () => {
	it.each([['name'], ['taskStatus/type'], ['project/company/name'], ['_x1']])('accepts %s', (path) => {
		expect(checkFieldPath(path, 'Field')).toBe(path);
	});

	it.each([
		["name eq 'x' or name"],
		['name)'],
		['a//b'],
		['/a'],
		['1abc'],
		['not'],
		['tags/any'],
		['Null'],
		['today'],
		[''],
		[42],
	])('rejects %j, naming the field', (path) => {
		expect(errorOf(() => compileFilter({ field: path as string, op: 'isNull', label: 'Conditions field' })).message).toMatch(
			/^Conditions field must be a property path of letters, digits and '_' separated by '\/' \(e\.g\. name or taskStatus\/type\), got /,
		);
	});
});

describe('expert expression', () => {
	it('takes a balanced expression as written, trimmed', () => {
		expect(checkExpression("  substringof('a(b',name) and (x eq 1) ", 'Filter Expression')).toBe("substringof('a(b',name) and (x eq 1)");
		expect(checkExpression("name eq 'it''s'", 'Filter Expression')).toBe("name eq 'it''s'");
		expect(checkExpression(undefined, 'Filter Expression')).toBe('');
	});

	it.each([["a eq 1) or (b eq 2"], ["name eq 'x"], ['(a eq 1'], [')(']])('rejects %j, which could escape its parentheses', (text) => {
		expect(errorOf(() => checkExpression(text, 'Filter Expression')).message).toBe(
			`Filter Expression must be a filterby expression with balanced quotes and parentheses, got '${text}'`,
		);
	});
});

describe('sort', () => {
	it('writes keys with their direction, without spaces around the comma (awork rejects them)', () => {
		const text = compileSort([{ field: 'name' }, { field: 'dueOn', direction: 'desc' }, { field: 'taskStatus/type', direction: 'asc' }]);
		expect(text).toBe('name asc,dueOn desc,taskStatus/type asc');
		expect(() => compileOrder(text, {})).not.toThrow();
		expect(compileSort([])).toBe('');
	});

	it.each<[Parameters<typeof compileSort>[0], string]>([
		[[{ field: 'name desc,id' }], "Sort field must be a property path of letters, digits and '_' separated by '/' (e.g. name or taskStatus/type), got 'name desc,id'"],
		[[{ field: 'name', direction: 'up' as never }], "Sort direction must be 'asc' or 'desc', got 'up'"],
		[[{ field: 'name' }, { field: 'Name' }], "Sort field must be listed once, got 'Name'"],
	])('rejects %j', (keys, message) => {
		expect(errorOf(() => compileSort(keys)).message).toBe(message);
	});
});
