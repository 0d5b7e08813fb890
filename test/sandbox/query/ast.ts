/**
 * The syntax tree of an awork `filterby` expression (docs/filtering.md). The parser produces it,
 * `evaluate.ts` compiles it once per request into a closure over plain entity objects.
 * Every node carries `pos`, the 0-based offset in the filter text, for error messages.
 */

export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export const COMPARE_OPS: readonly CompareOp[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];

/** The functions the docs list; anything else is rejected by the parser. */
export type FunctionName = 'startswith' | 'endswith' | 'substringof' | 'tolower';
export const FUNCTION_ARITY: Readonly<Record<FunctionName, number>> = {
	startswith: 2,
	endswith: 2,
	substringof: 2,
	tolower: 1,
};

/** Terms resolved against the request: the current user and the sandbox clock. */
export type SpecialTermName = 'me.id' | 'now' | 'today' | 'sow' | 'eow' | 'som' | 'eom';

export type LiteralNode =
	| { kind: 'literal'; type: 'null'; value: null; pos: number }
	| { kind: 'literal'; type: 'boolean'; value: boolean; pos: number }
	| { kind: 'literal'; type: 'number'; value: number; pos: number }
	| { kind: 'literal'; type: 'string'; value: string; pos: number }
	/** `datetime'...'`: value is the instant in epoch milliseconds (zone-less text is UTC). */
	| { kind: 'literal'; type: 'datetime'; value: number; pos: number }
	/** `guid'...'`: value is the lower-cased GUID. */
	| { kind: 'literal'; type: 'guid'; value: string; pos: number };

export interface SpecialTermNode {
	kind: 'special';
	term: SpecialTermName;
	/** Day offset of `today-30d` / `today+5d`; 0 otherwise. */
	offsetDays: number;
	pos: number;
}

/** `a/b/c`; the first segment may name a lambda variable in scope. */
export interface PathNode {
	kind: 'path';
	segments: string[];
	pos: number;
}

export interface CallNode {
	kind: 'call';
	name: FunctionName;
	args: ExprNode[];
	pos: number;
}

/** `coll/any()`, `coll/any(x: body)`, `coll/count()`, `coll/count(x: body)`. */
export interface LambdaNode {
	kind: 'any' | 'count';
	collection: PathNode;
	variable?: string;
	body?: ExprNode;
	pos: number;
}

export interface CompareNode {
	kind: 'compare';
	op: CompareOp;
	left: ExprNode;
	right: ExprNode;
	pos: number;
}

export interface InNode {
	kind: 'in';
	operand: ExprNode;
	values: ExprNode[];
	pos: number;
}

export interface LogicalNode {
	kind: 'and' | 'or';
	left: ExprNode;
	right: ExprNode;
	pos: number;
}

export interface NotNode {
	kind: 'not';
	operand: ExprNode;
	pos: number;
}

export type ExprNode =
	| LiteralNode
	| SpecialTermNode
	| PathNode
	| CallNode
	| LambdaNode
	| CompareNode
	| InNode
	| LogicalNode
	| NotNode;
