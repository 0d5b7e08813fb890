/**
 * Comparison of two compiled operands (`eq ne gt ge lt le`, also used by `in`): type checks at
 * compile time, then one of three runtime modes. Dates compare as instants (a `today` term as its
 * whole UTC day), GUIDs case-insensitively, everything else same-typed (numbers numerically,
 * strings ordinally and case-sensitively, false < true). OData null rules: `null eq null` is
 * true, any other comparison involving null is false except `ne`.
 */
import type { CompareOp, ExprNode } from './ast';
import { filterSyntaxError } from './errors';
import { DAY_MS } from './specialTerms';
import { looksLikeIsoDate, parseIsoInstant } from './values';

/** Values of enclosing lambda variables, innermost last. */
export type Vars = unknown[];
export type Evaluator = (root: unknown, vars: Vars) => unknown;
export type Condition = (root: unknown, vars: Vars) => boolean;
export type ValueType = 'boolean' | 'number' | 'string' | 'date' | 'guid' | 'null' | 'collection' | 'object' | 'unknown';

export interface Compiled {
	ev: Evaluator;
	type: ValueType;
	/** The evaluator already yields epoch milliseconds (datetime literals, date terms). */
	instant?: boolean;
	/** A `today`-style term: the whole UTC day starting at this instant. */
	wholeDay?: number;
	/** Literal or special term (no entity access). */
	constant?: boolean;
	/** A string literal (not a property), for the prefix rules of DateTime/Guid. */
	stringLiteral?: boolean;
	node: ExprNode;
}

export function describeType(type: ValueType): string {
	if (type === 'collection') return 'a collection';
	if (type === 'object') return 'a complex object';
	return `a ${type} value`;
}

type Mode = 'date' | 'guid' | 'generic';

/** Checks the operand types and picks how the two sides are compared. */
function comparisonMode(left: Compiled, right: Compiled, opText: string, pos: number): Mode {
	for (const side of [left, right]) {
		if (side.type === 'collection' || side.type === 'object') {
			throw filterSyntaxError(`'${opText}' cannot compare ${describeType(side.type)}`, side.node.pos);
		}
	}
	const types = new Set([left.type, right.type]);
	types.delete('null');
	types.delete('unknown');
	const mode: Mode = types.has('date') ? 'date' : types.has('guid') ? 'guid' : 'generic';
	if (mode !== 'generic') {
		const label = mode === 'date' ? 'DateTime' : 'Guid';
		for (const side of [left, right]) {
			if (side.stringLiteral) {
				throw filterSyntaxError(`a ${label} value must be written as ${mode === 'date' ? "datetime'...'" : "guid'...'"}`, side.node.pos);
			}
		}
		types.delete('string'); // a plain-text property may hold dates or ids
		types.delete(mode);
	}
	if (types.size > 1 || (mode !== 'generic' && types.size > 0)) {
		throw filterSyntaxError(`'${opText}' cannot compare ${left.type} with ${right.type}`, pos);
	}
	return mode;
}

const OP_TESTS: Record<CompareOp, (c: number) => boolean> = {
	eq: (c) => c === 0,
	ne: (c) => c !== 0,
	gt: (c) => c > 0,
	ge: (c) => c >= 0,
	lt: (c) => c < 0,
	le: (c) => c <= 0,
};

const FLIPPED: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

type Normalised = { ev: Evaluator; cmp: (a: any, b: any) => number | undefined };

function normalise(mode: Mode, side: Compiled): Evaluator {
	const ev = side.ev;
	if (mode === 'date' && !side.instant) {
		return (root, vars) => {
			const v = ev(root, vars);
			if (v === null || v === undefined) return v;
			return typeof v === 'string' ? (parseIsoInstant(v) ?? NaN) : NaN;
		};
	}
	if (mode === 'guid' && !side.constant) {
		return (root, vars) => {
			const v = ev(root, vars);
			return typeof v === 'string' ? v.toLowerCase() : v;
		};
	}
	return ev;
}

function comparerFor(mode: Mode): Normalised['cmp'] {
	if (mode === 'date') return (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) ? undefined : a - b);
	if (mode === 'guid') return (a, b) => (typeof a === 'string' && typeof b === 'string' ? (a === b ? 0 : a < b ? -1 : 1) : undefined);
	return genericCompare;
}

/** Same-typed values only; anything else is incomparable (equal to nothing). */
function genericCompare(a: unknown, b: unknown): number | undefined {
	if (typeof a !== typeof b) return undefined;
	if (typeof a === 'number') return a === b ? 0 : a < (b as number) ? -1 : 1;
	if (typeof a === 'boolean') return a === b ? 0 : a ? 1 : -1;
	if (typeof a === 'string') {
		const s = b as string;
		if (a === s) return 0;
		// Two ISO timestamps in different notations (`Z` vs `+00:00`) still compare as instants.
		if (looksLikeIsoDate(a) && looksLikeIsoDate(s)) {
			const x = parseIsoInstant(a);
			const y = parseIsoInstant(s);
			if (x !== undefined && y !== undefined) return x - y;
		}
		return a < s ? -1 : 1;
	}
	return undefined;
}

/** The outcome of `a op b` with OData's null rules. */
function decide(op: CompareOp, a: unknown, b: unknown, cmp: Normalised['cmp']): boolean {
	const aNull = a === null || a === undefined;
	const bNull = b === null || b === undefined;
	if (aNull || bNull) {
		if (op === 'eq') return aNull && bNull;
		if (op === 'ne') return !(aNull && bNull);
		return false;
	}
	const c = cmp(a, b);
	if (c === undefined) return op === 'ne';
	return OP_TESTS[op](c);
}

export function compileCompare(op: CompareOp, left: Compiled, right: Compiled): Condition {
	const mode = comparisonMode(left, right, op, left.node.pos);
	if (mode === 'date' && (left.wholeDay !== undefined || right.wholeDay !== undefined)) {
		return left.wholeDay !== undefined && right.wholeDay === undefined
			? compileDayCompare(FLIPPED[op], right, left.wholeDay)
			: compileDayCompare(op, left, right.wholeDay ?? (right.ev(null, []) as number));
	}
	const a = normalise(mode, left);
	const b = normalise(mode, right);
	const cmp = comparerFor(mode);
	return (root, vars) => decide(op, a(root, vars), b(root, vars), cmp);
}

/** `value op today`: the day term covers [dayStart, dayStart + 1 day). */
function compileDayCompare(op: CompareOp, value: Compiled, dayStart: number): Condition {
	const read = normalise('date', value);
	const dayEnd = dayStart + DAY_MS;
	return (root, vars) => {
		const v = read(root, vars) as number | null | undefined;
		if (v === null || v === undefined || Number.isNaN(v)) return op === 'ne';
		switch (op) {
			case 'eq':
				return v >= dayStart && v < dayEnd;
			case 'ne':
				return v < dayStart || v >= dayEnd;
			case 'gt':
				return v >= dayEnd;
			case 'ge':
				return v >= dayStart;
			case 'lt':
				return v < dayStart;
			case 'le':
				return v < dayEnd;
		}
	};
}

