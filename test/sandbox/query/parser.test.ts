import type { ExprNode } from './ast';
import { ApiError } from '../http/errors';
import { parseFilter } from './parser';

/** A compact rendering of the tree so precedence is easy to read in assertions. */
function show(node: ExprNode): string {
	switch (node.kind) {
		case 'literal':
			return node.type === 'string' ? `'${node.value}'` : `${node.type}:${node.value}`;
		case 'special':
			return `@${node.term}${node.offsetDays ? node.offsetDays : ''}`;
		case 'path':
			return node.segments.join('/');
		case 'call':
			return `${node.name}(${node.args.map(show).join(',')})`;
		case 'any':
		case 'count':
			return `${show(node.collection)}/${node.kind}(${node.variable ? `${node.variable}:${show(node.body!)}` : ''})`;
		case 'compare':
			return `(${show(node.left)} ${node.op} ${show(node.right)})`;
		case 'in':
			return `(${show(node.operand)} in [${node.values.map(show).join(',')}])`;
		case 'and':
		case 'or':
			return `{${show(node.left)} ${node.kind} ${show(node.right)}}`;
		case 'not':
			return `not ${show(node.operand)}`;
	}
}

function parseError(text: string): string {
	try {
		parseFilter(text);
	} catch (error) {
		if (error instanceof ApiError) {
			expect(error.status).toBe(400);
			expect(error.code).toBe('invalid-filter-or-order');
			return error.description;
		}
		throw error;
	}
	throw new Error(`expected '${text}' to be rejected`);
}

describe('filter parser', () => {
	it('parses every comparison operator, case-insensitively', () => {
		for (const op of ['eq', 'ne', 'gt', 'ge', 'lt', 'le']) {
			expect(show(parseFilter(`a ${op.toUpperCase()} 1`))).toBe(`(a ${op} number:1)`);
		}
	});

	it('binds and tighter than or', () => {
		expect(show(parseFilter('a eq 1 or b eq 2 and c eq 3'))).toBe('{(a eq number:1) or {(b eq number:2) and (c eq number:3)}}');
		expect(show(parseFilter('a eq 1 and b eq 2 or c eq 3'))).toBe('{{(a eq number:1) and (b eq number:2)} or (c eq number:3)}');
	});

	it('binds not tighter than and, and lets it negate a whole comparison', () => {
		expect(show(parseFilter("not firstName eq 'Sebastian'"))).toBe("not (firstName eq 'Sebastian')");
		expect(show(parseFilter('not a eq 1 and b eq 2'))).toBe('{not (a eq number:1) and (b eq number:2)}');
		expect(show(parseFilter('NOT not a'))).toBe('not not a');
	});

	it('lets parentheses override precedence', () => {
		expect(show(parseFilter('(a eq 1 or b eq 2) and c eq 3'))).toBe('{{(a eq number:1) or (b eq number:2)} and (c eq number:3)}');
		expect(show(parseFilter('not (a eq 1 and b eq 2)'))).toBe('not {(a eq number:1) and (b eq number:2)}');
	});

	it('parses literals of every documented type', () => {
		expect(show(parseFilter("a eq 'x' or a eq NULL or a eq True or a eq false"))).toBe(
			"{{{(a eq 'x') or (a eq null:null)} or (a eq boolean:true)} or (a eq boolean:false)}",
		);
		const dt = parseFilter("birthDate ge datetime'2018-04-03T00:00'");
		expect(dt).toMatchObject({ right: { type: 'datetime', value: Date.UTC(2018, 3, 3) } });
		const guid = parseFilter("id eq guid'12345678-AAAA-bbbb-cccc-ddddeeeeffff'");
		expect(guid).toMatchObject({ right: { type: 'guid', value: '12345678-aaaa-bbbb-cccc-ddddeeeeffff' } });
	});

	it('parses special terms', () => {
		expect(show(parseFilter('id eq me.id'))).toBe('(id eq @me.id)');
		expect(show(parseFilter('dueOn gt today-30d and dueOn lt today+5d'))).toBe('{(dueOn gt @today-30) and (dueOn lt @today5)}');
		expect(show(parseFilter('a lt NOW or a gt sow or a gt eow or a gt som or a lt eom or a eq today'))).toContain('@now');
	});

	it('parses functions with their documented argument order', () => {
		expect(show(parseFilter("substringof('Neil',firstName)"))).toBe("substringof('Neil',firstName)");
		expect(show(parseFilter("StartsWith(firstName, 'N') eq true"))).toBe("(startswith(firstName,'N') eq boolean:true)");
		expect(show(parseFilter("tolower(name) eq 'website'"))).toBe("(tolower(name) eq 'website')");
	});

	it('parses in lists, any and count lambdas and nested paths', () => {
		expect(show(parseFilter("tags/any(t: t/name in ('Draft','In Progress'))"))).toBe("tags/any(t:(t/name in ['Draft','In Progress']))");
		expect(show(parseFilter("lists/any(l: l/name eq 'Draft') eq false"))).toBe("(lists/any(l:(l/name eq 'Draft')) eq boolean:false)");
		expect(show(parseFilter('members/count() lt 10'))).toBe('(members/count() lt number:10)');
		expect(show(parseFilter("members/count(m: m/firstName eq 'Neil') gt 0"))).toBe("(members/count(m:(m/firstName eq 'Neil')) gt number:0)");
		expect(show(parseFilter('tags/any()'))).toBe('tags/any()');
		expect(show(parseFilter("project/company/name eq 'x'"))).toBe("(project/company/name eq 'x')");
	});

	it('rejects a dangling operator', () => {
		expect(parseError('name eq')).toMatch(/expected a value but the expression ended at position 8/);
		expect(parseError('a eq 1 and')).toMatch(/expression ended/);
		expect(parseError('eq 1')).toMatch(/expected a value but found 'eq' at position 1/);
	});

	it('rejects unbalanced parentheses', () => {
		expect(parseError('(a eq 1')).toMatch(/expected '\)' to close the '\(' at position 1 but found the end/);
		expect(parseError('a eq 1)')).toMatch(/unexpected '\)' at position 7/);
		expect(parseError("startswith(a, 'x'")).toMatch(/expected '\)'/);
	});

	it('rejects unknown functions and wrong arity', () => {
		expect(parseError("contains(name, 'x')")).toMatch(/unknown function 'contains' at position 1/);
		expect(parseError("startswith(name)")).toMatch(/takes 2 argument\(s\) but got 1/);
		expect(parseError('members/all(m: m/x eq 1)')).toMatch(/unexpected '\('/);
	});

	it('rejects other malformed input', () => {
		expect(parseError('')).toMatch(/empty/);
		expect(parseError('a eq 1 b eq 2')).toMatch(/unexpected 'b'/);
		expect(parseError('a eq 1 eq 2')).toMatch(/unexpected 'eq'/);
		expect(parseError('a in 1')).toMatch(/expected '\(' after 'in'/);
		expect(parseError("id eq guid'nope'")).toMatch(/invalid guid 'nope'/);
		expect(parseError("d eq datetime'2024-02-31'")).toMatch(/invalid datetime/);
		expect(parseError('a/ eq 1')).toMatch(/expected a property name after '\/'/);
		expect(parseError('tags/any(t t/x eq 1)')).toMatch(/expected ':'/);
	});
});
