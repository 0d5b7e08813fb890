/**
 * No value can change the structure of a filter: 1,000 hostile strings (seeded, so every run is
 * the same), each compiled into conditions and parsed back with the sandbox's own parser, must
 * give exactly one comparison or call whose literal is the input, character for character.
 */
import { compileFilter } from '../../../../../nodes/Awork/shared/filter/compile';
import { buildListQuery } from '../../../../../nodes/Awork/shared/filter/description';
import { taskEntity } from '../../../../../nodes/Awork/shared/filter/entities';
import { Rng } from '../../../../sandbox/store';
import { parseFilter } from '../../../../sandbox/query';
import type { ExprNode } from '../../../../sandbox/query/ast';

const FRAGMENTS = [
	"'", "''", "''''", "' or 1 eq 1 or '", "') or (name ne '", "x' eq 'x", '(', ')', '((', '))', ',', '/', ':', '\\', '\\\\', "\\'",
	"datetime'", "datetime'2024-01-01'", "guid'", "guid'1b3f4c5d-0000-4a5b-8c9d-0123456789ab'", 'me.id', 'today-3d', 'null', 'true',
	' and ', ' or ', 'not ', ' eq ', 'substringof(', 'any(a: a/id', '%27', '%26', '&', '=', '?', '#', '+', '"', '`', '$', '{{ $json }}',
	'\u200f', '\u202e', '\u2066', '\u200b', '\ufeff', '\u0301', '😀', '𝕏', '👩🏽‍💻', '中文', 'ümlaut', 'עברית', 'العربية', '\t', '\n', '\r\n',
];

function hostileString(rng: Rng): string {
	let text = '';
	const parts = rng.int(1, 8);
	for (let i = 0; i < parts; i++) {
		const roll = rng.next();
		if (roll < 0.6) text += rng.pick(FRAGMENTS);
		else if (roll < 0.75) text += String.fromCharCode(rng.int(0, 31)); // control characters
		else if (roll < 0.9) text += String.fromCharCode(rng.int(32, 126));
		else text += String.fromCodePoint(rng.int(0x10000, 0x10ffff)); // astral, as a surrogate pair
	}
	return text;
}

const rng = new Rng(20240501);
const inputs = Array.from({ length: 1000 }, () => hostileString(rng));

function expectStringLiteral(node: ExprNode | undefined, value: string): void {
	expect(node).toMatchObject({ kind: 'literal', type: 'string' });
	// toBe, not toMatchObject: exactly the same code units.
	expect(node?.kind === 'literal' && node.value).toBe(value);
}

function expectPath(node: ExprNode | undefined, path: string): void {
	expect(node).toMatchObject({ kind: 'path', segments: path.split('/') });
}

describe('hostile values never change the structure of a filter', () => {
	it('uses 1,000 distinct inputs with quotes, parentheses and unicode in them', () => {
		expect(new Set(inputs).size).toBeGreaterThan(900);
		expect(inputs.filter((s) => s.includes("'")).length).toBeGreaterThan(300);
		expect(inputs.some((s) => /[\u{10000}-\u{10ffff}]/u.test(s))).toBe(true);
	});

	it('name contains <value>: one substringof call with the value as its literal', () => {
		for (const value of inputs) {
			const tree = parseFilter(compileFilter({ field: 'name', op: 'contains', value }));
			expect(tree.kind).toBe('call');
			if (tree.kind !== 'call') continue;
			expect(tree.name).toBe('substringof');
			expect(tree.args).toHaveLength(2);
			expectStringLiteral(tree.args[0], value);
			expectPath(tree.args[1], 'name');
		}
	});

	it('name eq <value>: one comparison of the path with the value', () => {
		for (const value of inputs) {
			const tree = parseFilter(compileFilter({ field: 'name', op: 'eq', value: { type: 'text', value } }));
			expect(tree).toMatchObject({ kind: 'compare', op: 'eq' });
			if (tree.kind !== 'compare') continue;
			expectPath(tree.left, 'name');
			expectStringLiteral(tree.right, value);
		}
	});

	it('tags/any(t: t/name eq <value>): one lambda holding one comparison', () => {
		for (const value of inputs) {
			const text = compileFilter({ field: 'tags', op: 'any', where: { field: 'name', op: 'eq', value: { type: 'text', value } } });
			const tree = parseFilter(text);
			expect(tree).toMatchObject({ kind: 'any', variable: 't', collection: { segments: ['tags'] } });
			if (tree.kind !== 'any') continue;
			expect(tree.body).toMatchObject({ kind: 'compare', op: 'eq', left: { kind: 'path', segments: ['t', 'name'] } });
			expectStringLiteral(tree.body?.kind === 'compare' ? tree.body.right : undefined, value);
		}
	});

	it('the Name Contains filter next to a condition: exactly two ANDed parts, the value intact', () => {
		for (const value of inputs.filter((s) => s !== '')) {
			const { filterby } = buildListQuery(taskEntity, {
				filters: { nameContains: value },
				conditions: { all: [{ field: 'description', operator: 'eq', value }] },
			});
			const tree = parseFilter(filterby!);
			expect(tree.kind).toBe('and');
			if (tree.kind !== 'and') continue;
			expect(tree.left).toMatchObject({ kind: 'call', name: 'substringof' });
			expectStringLiteral(tree.left.kind === 'call' ? tree.left.args[0] : undefined, value);
			expect(tree.right).toMatchObject({ kind: 'compare', op: 'eq', left: { kind: 'path', segments: ['description'] } });
			expectStringLiteral(tree.right.kind === 'compare' ? tree.right.right : undefined, value);
		}
	});
});
