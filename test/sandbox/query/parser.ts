/**
 * Recursive-descent parser for `filterby`. Precedence, loosest first:
 *
 *   or  :=  and ('or' and)*
 *   and :=  unary ('and' unary)*
 *   unary := 'not' unary | comparison          -- `not a eq 1` negates the whole comparison
 *   comparison := operand [ compareOp operand | 'in' '(' operand (',' operand)* ')' ]
 *   operand := '(' or ')' | literal | special term | function '(' args ')' | path [lambda]
 *   path := ident ('/' ident)* ; lambda := '/' ('any'|'count') '(' [ident ':' or] ')'
 *
 * Keywords are case-insensitive. Whether an operand is usable as a condition (and the property
 * names themselves) is checked later, in `evaluate.ts`, where the item schema is known.
 */
import {
	COMPARE_OPS,
	FUNCTION_ARITY,
	type CompareOp,
	type ExprNode,
	type FunctionName,
	type PathNode,
	type SpecialTermName,
} from './ast';
import { filterSyntaxError } from './errors';
import { tokenize, type Token } from './lexer';
import { GUID, parseIsoInstant } from './values';

const DATE_TERMS: ReadonlySet<string> = new Set(['now', 'today', 'sow', 'eow', 'som', 'eom']);
const RESERVED: ReadonlySet<string> = new Set([...COMPARE_OPS, 'and', 'or', 'not', 'in']);

export function parseFilter(text: string): ExprNode {
	const parser = new FilterParser(tokenize(text));
	return parser.parseAll();
}

class FilterParser {
	private index = 0;

	constructor(private readonly tokens: Token[]) {}

	parseAll(): ExprNode {
		if (this.peek().type === 'eof') throw filterSyntaxError('the expression is empty', 0);
		const expr = this.parseOr();
		const next = this.peek();
		if (next.type !== 'eof') throw filterSyntaxError(`unexpected ${describe(next)}`, next.pos);
		return expr;
	}

	private parseOr(): ExprNode {
		let left = this.parseAnd();
		while (this.isKeyword('or')) {
			const pos = this.next().pos;
			left = { kind: 'or', left, right: this.parseAnd(), pos };
		}
		return left;
	}

	private parseAnd(): ExprNode {
		let left = this.parseUnary();
		while (this.isKeyword('and')) {
			const pos = this.next().pos;
			left = { kind: 'and', left, right: this.parseUnary(), pos };
		}
		return left;
	}

	private parseUnary(): ExprNode {
		if (this.isKeyword('not')) {
			const pos = this.next().pos;
			return { kind: 'not', operand: this.parseUnary(), pos };
		}
		return this.parseComparison();
	}

	private parseComparison(): ExprNode {
		const left = this.parseOperand();
		const token = this.peek();
		if (token.type !== 'ident') return left;
		const word = token.text.toLowerCase();
		if ((COMPARE_OPS as readonly string[]).includes(word)) {
			this.next();
			return { kind: 'compare', op: word as CompareOp, left, right: this.parseOperand(), pos: token.pos };
		}
		if (word === 'in') {
			this.next();
			this.expectPunct('(', "after 'in'");
			const values = [this.parseOperand()];
			while (this.isPunct(',')) {
				this.next();
				values.push(this.parseOperand());
			}
			this.expectPunct(')', "to close the 'in' list");
			return { kind: 'in', operand: left, values, pos: token.pos };
		}
		return left;
	}

	private parseOperand(): ExprNode {
		const token = this.next();
		switch (token.type) {
			case 'punct':
				if (token.text === '(') {
					const inner = this.parseOr();
					this.expectPunct(')', `to close the '(' at position ${token.pos + 1}`);
					return inner;
				}
				throw filterSyntaxError(`expected a value but found ${describe(token)}`, token.pos);
			case 'string':
				return { kind: 'literal', type: 'string', value: token.value, pos: token.pos };
			case 'number':
				return { kind: 'literal', type: 'number', value: token.value, pos: token.pos };
			case 'typed':
				return this.typedLiteral(token);
			case 'special':
				return { kind: 'special', term: token.term, offsetDays: token.offsetDays, pos: token.pos };
			case 'eof':
				throw filterSyntaxError('expected a value but the expression ended', token.pos);
			case 'ident':
				return this.identOperand(token);
		}
	}

	private identOperand(token: Extract<Token, { type: 'ident' }>): ExprNode {
		const word = token.text.toLowerCase();
		if (RESERVED.has(word)) throw filterSyntaxError(`expected a value but found '${token.text}'`, token.pos);
		if (word === 'null') return { kind: 'literal', type: 'null', value: null, pos: token.pos };
		if (word === 'true' || word === 'false') {
			return { kind: 'literal', type: 'boolean', value: word === 'true', pos: token.pos };
		}
		if (DATE_TERMS.has(word)) {
			return { kind: 'special', term: word as SpecialTermName, offsetDays: 0, pos: token.pos };
		}
		if (this.isPunct('(')) return this.functionCall(token);
		return this.pathOrLambda(token);
	}

	private functionCall(token: Extract<Token, { type: 'ident' }>): ExprNode {
		const name = token.text.toLowerCase();
		if (!Object.prototype.hasOwnProperty.call(FUNCTION_ARITY, name)) {
			throw filterSyntaxError(`unknown function '${token.text}'`, token.pos);
		}
		this.next(); // (
		const args: ExprNode[] = [];
		if (!this.isPunct(')')) {
			args.push(this.parseOr());
			while (this.isPunct(',')) {
				this.next();
				args.push(this.parseOr());
			}
		}
		this.expectPunct(')', `to close '${token.text}('`);
		const arity = FUNCTION_ARITY[name as FunctionName];
		if (args.length !== arity) {
			throw filterSyntaxError(`'${token.text}' takes ${arity} argument(s) but got ${args.length}`, token.pos);
		}
		return { kind: 'call', name: name as FunctionName, args, pos: token.pos };
	}

	private pathOrLambda(first: Extract<Token, { type: 'ident' }>): ExprNode {
		const path: PathNode = { kind: 'path', segments: [first.text], pos: first.pos };
		while (this.isPunct('/')) {
			this.next();
			const segment = this.next();
			if (segment.type !== 'ident' || RESERVED.has(segment.text.toLowerCase())) {
				throw filterSyntaxError(`expected a property name after '/' but found ${describe(segment)}`, segment.pos);
			}
			const word = segment.text.toLowerCase();
			if ((word === 'any' || word === 'count') && this.isPunct('(')) {
				return this.lambda(word, path, segment.pos);
			}
			path.segments.push(segment.text);
		}
		return path;
	}

	/** `any(...)` / `count(...)` after a collection path; the opening parenthesis is next. */
	private lambda(kind: 'any' | 'count', collection: PathNode, pos: number): ExprNode {
		this.next(); // (
		if (this.isPunct(')')) {
			this.next();
			return { kind, collection, pos };
		}
		const variable = this.next();
		if (variable.type !== 'ident' || RESERVED.has(variable.text.toLowerCase())) {
			throw filterSyntaxError(`expected a lambda variable in '${kind}(' but found ${describe(variable)}`, variable.pos);
		}
		this.expectPunct(':', `after the lambda variable '${variable.text}'`);
		const body = this.parseOr();
		this.expectPunct(')', `to close '${kind}('`);
		return { kind, collection, variable: variable.text, body, pos };
	}

	private typedLiteral(token: Extract<Token, { type: 'typed' }>): ExprNode {
		if (token.prefix === 'guid') {
			if (!GUID.test(token.value)) throw filterSyntaxError(`invalid guid '${token.value}'`, token.pos);
			return { kind: 'literal', type: 'guid', value: token.value.toLowerCase(), pos: token.pos };
		}
		const instant = parseIsoInstant(token.value);
		if (instant === undefined) throw filterSyntaxError(`invalid datetime '${token.value}'`, token.pos);
		return { kind: 'literal', type: 'datetime', value: instant, pos: token.pos };
	}

	private peek(): Token {
		return this.tokens[this.index];
	}

	private next(): Token {
		const token = this.tokens[this.index];
		if (token.type !== 'eof') this.index++;
		return token;
	}

	private isKeyword(word: string): boolean {
		const token = this.peek();
		return token.type === 'ident' && token.text.toLowerCase() === word;
	}

	private isPunct(text: string): boolean {
		const token = this.peek();
		return token.type === 'punct' && token.text === text;
	}

	private expectPunct(text: string, context: string): void {
		const token = this.next();
		if (token.type !== 'punct' || token.text !== text) {
			throw filterSyntaxError(`expected '${text}' ${context} but found ${describe(token)}`, token.pos);
		}
	}
}

function describe(token: Token): string {
	switch (token.type) {
		case 'eof':
			return 'the end of the expression';
		case 'string':
			return `string '${token.value}'`;
		case 'typed':
			return `${token.prefix}'${token.value}'`;
		case 'number':
		case 'special':
		case 'ident':
			return `'${token.text}'`;
		case 'punct':
			return `'${token.text}'`;
	}
}
