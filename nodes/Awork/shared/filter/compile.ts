/**
 * The one filter and sort compiler of the node: a small condition model turned into awork's
 * `filterby` and `orderby` text (docs/filtering.md, docs/ordering.md). Field paths are checked
 * against an identifier pattern and values go through `formatLiteral`, so neither can inject
 * syntax; only the expert expression is taken as written, and it must stay inside its parentheses.
 */
import { FilterInputError, formatLiteral, type Literal, type LiteralOptions } from './literal';

export type CompareOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type TextOperator = 'contains' | 'startswith' | 'endswith';

/** One condition on `field` (a property path such as `taskStatus/type`); `label` names it in errors. */
export type Condition =
	| { field: string; op: CompareOperator; value: Literal; label?: string }
	/**
	 * Text matching; the value is always used as text. `contains` is `substringof('v',field)`;
	 * with `ignoreCase`, both sides are lower-cased (`substringof('v',tolower(field))`).
	 */
	| { field: string; op: TextOperator; value: unknown; label?: string; ignoreCase?: boolean }
	/** `field eq null` / `field ne null`. */
	| { field: string; op: 'isNull' | 'isNotNull'; label?: string }
	/** `field in (v1,v2)`; at least one value. */
	| { field: string; op: 'in'; values: Literal[]; label?: string }
	/**
	 * A collection: `any` is `field/any(x: where)` (without `where`: the list is not empty), `none`
	 * is the same followed by `eq false`. Paths in `where` are relative to the element.
	 */
	| { field: string; op: 'any' | 'none'; where?: FilterNode; label?: string };

export type FilterNode = Condition | { and: FilterNode[] } | { or: FilterNode[] } | { not: FilterNode };

const SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Words the filter grammar reads as operators, literals or terms; never a property name. */
const RESERVED = new Set(
	['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'and', 'or', 'not', 'in', 'null', 'true', 'false'].concat(
		['now', 'today', 'sow', 'eow', 'som', 'eom', 'any', 'count'],
	),
);
const FIELD_EXPECTED = "a property path of letters, digits and '_' separated by '/' (e.g. name or taskStatus/type)";

/** Checks a property path (`a/b/c`): identifiers only, no keywords. */
export function checkFieldPath(path: unknown, label: string): string {
	const text = typeof path === 'string' ? path.trim() : '';
	const segments = text.split('/');
	if (!segments.every((segment) => SEGMENT.test(segment) && !RESERVED.has(segment.toLowerCase()))) {
		throw new FilterInputError(label, FIELD_EXPECTED, path);
	}
	return text;
}

/** The `filterby` text of `node`; an empty string when it sets no condition. */
export function compileFilter(node: FilterNode, options: LiteralOptions = {}): string {
	return compileNode(node, { options, prefix: '', depth: 0 });
}

interface Scope {
	options: LiteralOptions;
	/** `x/` inside a lambda, so element paths read `x/name`. */
	prefix: string;
	depth: number;
}

function compileNode(node: FilterNode, scope: Scope): string {
	if ('and' in node) return joinGroup(node.and, 'and', scope);
	if ('or' in node) return joinGroup(node.or, 'or', scope);
	if ('not' in node) {
		const inner = compileNode(node.not, scope);
		return inner ? `not (${inner})` : '';
	}
	return compileCondition(node, scope);
}

function joinGroup(items: FilterNode[], combinator: 'and' | 'or', scope: Scope): string {
	const parts = items.map((item) => compileNode(item, scope)).filter((part) => part !== '');
	if (parts.length <= 1) return parts[0] ?? '';
	return parts.map((part) => `(${part})`).join(` ${combinator} `);
}

function compileCondition(condition: Condition, scope: Scope): string {
	const label = condition.label ?? condition.field;
	const field = scope.prefix + checkFieldPath(condition.field, label);
	const literal = (value: Literal) => formatLiteral(value, label, scope.options);
	switch (condition.op) {
		case 'eq':
		case 'ne':
		case 'gt':
		case 'ge':
		case 'lt':
		case 'le':
			return `${field} ${condition.op} ${literal(condition.value)}`;
		case 'contains':
			if (condition.ignoreCase) return `substringof(${literal({ type: 'text', value: String(condition.value ?? '').toLowerCase() })},tolower(${field}))`;
			return `substringof(${literal({ type: 'text', value: condition.value })},${field})`;
		case 'startswith':
		case 'endswith':
			return `${condition.op}(${field},${literal({ type: 'text', value: condition.value })})`;
		case 'isNull':
			return `${field} eq null`;
		case 'isNotNull':
			return `${field} ne null`;
		case 'in':
			if (condition.values.length === 0) throw new FilterInputError(label, 'at least one value', condition.values);
			return `${field} in (${condition.values.map(literal).join(',')})`;
		case 'any':
		case 'none':
			return compileLambda(field, condition, scope);
	}
}

function compileLambda(field: string, condition: Extract<Condition, { op: 'any' | 'none' }>, scope: Scope): string {
	const last = field.split('/').pop() ?? 'x';
	const variable = `${last[0].toLowerCase()}${scope.depth || ''}`;
	const body = condition.where
		? compileNode(condition.where, { ...scope, prefix: `${variable}/`, depth: scope.depth + 1 })
		: '';
	const any = body ? `${field}/any(${variable}: ${body})` : `${field}/any()`;
	return condition.op === 'none' ? `${any} eq false` : any;
}

/**
 * The parts of a list query combined with AND, each in parentheses when there is more than one:
 * the typed filters, the condition builder and the expert expression.
 */
export function combineWithAnd(parts: Array<string | undefined>): string {
	const present = parts.map((part) => part?.trim() ?? '').filter((part) => part !== '');
	if (present.length <= 1) return present[0] ?? '';
	return present.map((part) => `(${part})`).join(' and ');
}

/**
 * An expert `filterby` expression, taken as written but checked to keep its quotes and
 * parentheses balanced, so it cannot close the parentheses it is put in and undo the other parts.
 */
export function checkExpression(expression: unknown, label: string): string {
	if (expression === undefined || expression === null) return '';
	if (typeof expression !== 'string') throw new FilterInputError(label, 'a filterby expression (text)', expression);
	let depth = 0;
	let quoted = false;
	for (const char of expression) {
		if (char === "'") quoted = !quoted;
		else if (!quoted && char === '(') depth++;
		else if (!quoted && char === ')' && --depth < 0) break;
	}
	if (quoted || depth !== 0) {
		throw new FilterInputError(label, 'a filterby expression with balanced quotes and parentheses', expression);
	}
	return expression.trim();
}

export interface SortKey {
	field: string;
	direction?: 'asc' | 'desc';
}

/** `orderby` text: `name asc,dueOn desc` (awork allows no spaces around the comma). */
export function compileSort(keys: SortKey[], label = 'Sort'): string {
	const seen = new Set<string>();
	return keys
		.map((key) => {
			const field = checkFieldPath(key.field, `${label} field`);
			const direction = key.direction ?? 'asc';
			if (direction !== 'asc' && direction !== 'desc') {
				throw new FilterInputError(`${label} direction`, "'asc' or 'desc'", direction);
			}
			if (seen.has(field.toLowerCase())) throw new FilterInputError(`${label} field`, 'listed once', field);
			seen.add(field.toLowerCase());
			return `${field} ${direction}`;
		})
		.join(',');
}
