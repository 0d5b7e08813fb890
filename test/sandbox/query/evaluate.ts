/**
 * Compiles a `filterby` AST once per request into a predicate over plain entity objects.
 *
 * Semantics (OData v2 as awork documents it):
 * - property names match case-insensitively; with an item schema, unknown names are a 400;
 * - strings compare ordinally and case-sensitively (`tolower` is the documented way around it);
 * - DateTime and Guid values need their `datetime'..'` / `guid'..'` prefix when the schema says the
 *   property is a date or a uuid; dates compare as instants, GUIDs case-insensitively;
 * - `today`/`today±Nd` stand for the whole UTC day (`dueOn eq today` is "due some time today",
 *   `lt today` is "before today", `le today` is "today or earlier");
 * - null: `null eq null` is true, any other comparison with null is false except `ne`.
 */
import type { ExprNode, LambdaNode, PathNode } from './ast';
import { compileCompare, describeType, type Compiled, type Condition, type Evaluator, type ValueType } from './compare';
import { filterSyntaxError, unknownPropertyError } from './errors';
import { parseFilter } from './parser';
import { compilePath } from './paths';
import { SchemaNavigator, type ItemSchema } from './schema';
import { resolveDateTerm } from './specialTerms';

export interface FilterContext {
	/** The requesting user's id (`me.id`). */
	meId: string;
	/** The sandbox clock (`now`, `today`, `sow`, ...). */
	now: Date;
	itemSchema?: ItemSchema;
}

export type FilterPredicate = (item: object) => boolean;

type Schema = Record<string, any>;

interface Scope {
	navigator?: SchemaNavigator;
	meId: string;
	now: Date;
	rootSchema?: Schema;
	/** Lambda variables in scope, outermost first; `index` is the position in `Vars`. */
	variables: Array<{ name: string; schema?: Schema; index: number }>;
}

/** Parses and compiles `text`; throws `ApiError` 400 `invalid-filter-or-order` when it is invalid. */
export function compileFilter(text: string, ctx: FilterContext): FilterPredicate {
	const ast = parseFilter(text);
	const scope: Scope = {
		navigator: ctx.itemSchema ? new SchemaNavigator(ctx.itemSchema.resolve) : undefined,
		meId: ctx.meId,
		now: ctx.now,
		rootSchema: ctx.itemSchema?.schema as Schema | undefined,
		variables: [],
	};
	const condition = compileCondition(ast, scope);
	return (item) => condition(item, []);
}

function compileCondition(node: ExprNode, scope: Scope): Condition {
	switch (node.kind) {
		case 'and': {
			const left = compileCondition(node.left, scope);
			const right = compileCondition(node.right, scope);
			return (root, vars) => left(root, vars) && right(root, vars);
		}
		case 'or': {
			const left = compileCondition(node.left, scope);
			const right = compileCondition(node.right, scope);
			return (root, vars) => left(root, vars) || right(root, vars);
		}
		case 'not': {
			const operand = compileCondition(node.operand, scope);
			return (root, vars) => !operand(root, vars);
		}
		default: {
			const value = compileValue(node, scope);
			if (value.type !== 'boolean' && value.type !== 'unknown') {
				throw filterSyntaxError(`expected a condition but found ${describeType(value.type)}`, node.pos);
			}
			const ev = value.ev;
			return (root, vars) => ev(root, vars) === true;
		}
	}
}

function compileValue(node: ExprNode, scope: Scope): Compiled {
	switch (node.kind) {
		case 'literal': {
			const value = node.value;
			const type: ValueType = node.type === 'datetime' ? 'date' : node.type;
			return { ev: () => value, type, constant: true, instant: node.type === 'datetime', stringLiteral: node.type === 'string', node };
		}
		case 'special': {
			if (node.term === 'me.id') {
				const id = scope.meId.toLowerCase();
				return { ev: () => id, type: 'guid', constant: true, node };
			}
			const resolved = resolveDateTerm(node.term, node.offsetDays, scope.now);
			const instant = resolved.instant;
			return { ev: () => instant, type: 'date', constant: true, instant: true, wholeDay: resolved.wholeDay ? instant : undefined, node };
		}
		case 'path':
			return compilePathValue(node, scope);
		case 'call':
			return compileCall(node, scope);
		case 'any':
		case 'count':
			return compileLambda(node, scope);
		case 'compare':
			return { ev: compileCompare(node.op, compileValue(node.left, scope), compileValue(node.right, scope)), type: 'boolean', node };
		case 'in':
			return { ev: compileIn(node.operand, node.values, scope), type: 'boolean', node };
		case 'and':
		case 'or':
		case 'not':
			return { ev: compileCondition(node, scope), type: 'boolean', node };
	}
}

function compilePathValue(node: PathNode, scope: Scope): Compiled {
	const first = node.segments[0].toLowerCase();
	const variable = [...scope.variables].reverse().find((v) => v.name.toLowerCase() === first);
	const display = node.segments.join('/');
	if (variable) {
		const rest = node.segments.slice(1);
		const index = variable.index;
		if (rest.length === 0) return { ev: (_root, vars) => vars[index], type: typeOf(variable.schema, scope), node };
		const path = compilePath(rest, { parameter: 'filterby', navigator: scope.navigator, schema: variable.schema, display });
		const read = path.read;
		return { ev: (_root, vars) => read(vars[index]), type: typeOf(path.schema, scope), node };
	}
	const path = compilePath(node.segments, { parameter: 'filterby', navigator: scope.navigator, schema: scope.rootSchema, display });
	const read = path.read;
	return { ev: (root) => read(root), type: typeOf(path.schema, scope), node };
}

function typeOf(schema: Schema | undefined, scope: Scope): ValueType {
	const navigator = scope.navigator;
	if (!schema || !navigator) return 'unknown';
	switch (navigator.kind(schema)) {
		case 'array':
			return 'collection';
		case 'object':
			return 'object';
		case 'number':
			return 'number';
		case 'boolean':
			return 'boolean';
		case 'string': {
			const format = navigator.format(schema);
			if (format === 'date-time' || format === 'date') return 'date';
			if (format === 'uuid') return 'guid';
			return 'string';
		}
		default:
			return 'unknown';
	}
}

function compileCall(node: Extract<ExprNode, { kind: 'call' }>, scope: Scope): Compiled {
	const args = node.args.map((arg) => compileValue(arg, scope));
	for (const arg of args) {
		if (!['string', 'guid', 'unknown', 'null'].includes(arg.type)) {
			throw filterSyntaxError(`'${node.name}' expects text arguments but got ${describeType(arg.type)}`, arg.node.pos);
		}
	}
	const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
	const [a, b] = args.map((arg) => arg.ev);
	switch (node.name) {
		case 'tolower':
			return { ev: (root, vars) => text(a(root, vars))?.toLowerCase() ?? null, type: 'string', node };
		case 'startswith':
			return { ev: both(a, b, (s, prefix) => s.startsWith(prefix)), type: 'boolean', node };
		case 'endswith':
			return { ev: both(a, b, (s, suffix) => s.endsWith(suffix)), type: 'boolean', node };
		case 'substringof':
			// OData v2 order: substringof(needle, haystack).
			return { ev: both(a, b, (needle, haystack) => haystack.includes(needle)), type: 'boolean', node };
	}
}

function both(a: Evaluator, b: Evaluator, test: (x: string, y: string) => boolean): Evaluator {
	return (root, vars) => {
		const x = a(root, vars);
		const y = b(root, vars);
		return typeof x === 'string' && typeof y === 'string' && test(x, y);
	};
}

function compileLambda(node: LambdaNode, scope: Scope): Compiled {
	const collection = compilePathValue(node.collection, scope);
	const display = node.collection.segments.join('/');
	if (collection.type !== 'collection' && collection.type !== 'unknown') {
		throw unknownPropertyError('filterby', display, `is not a collection, so '${node.kind}' cannot be applied`);
	}
	const readCollection = collection.ev;
	let body: Condition | undefined;
	if (node.body && node.variable) {
		const collectionSchema = schemaOfPath(node.collection, scope);
		const elementSchema = collectionSchema && scope.navigator?.itemsOf(collectionSchema);
		const index = scope.variables.length;
		const inner: Scope = { ...scope, variables: [...scope.variables, { name: node.variable, schema: elementSchema, index }] };
		body = compileCondition(node.body, inner);
	}
	const test = body;
	if (node.kind === 'any') {
		const ev: Evaluator = (root, vars) => {
			const list = readCollection(root, vars);
			if (!Array.isArray(list)) return false;
			if (!test) return list.length > 0;
			for (const element of list) {
				vars.push(element);
				const hit = test(root, vars);
				vars.pop();
				if (hit) return true;
			}
			return false;
		};
		return { ev, type: 'boolean', node };
	}
	const ev: Evaluator = (root, vars) => {
		const list = readCollection(root, vars);
		if (!Array.isArray(list)) return 0;
		if (!test) return list.length;
		let count = 0;
		for (const element of list) {
			vars.push(element);
			if (test(root, vars)) count++;
			vars.pop();
		}
		return count;
	};
	return { ev, type: 'number', node };
}

/** The schema a path reaches (already validated by `compilePathValue`). */
function schemaOfPath(node: PathNode, scope: Scope): Schema | undefined {
	if (!scope.navigator) return undefined;
	const first = node.segments[0].toLowerCase();
	const variable = [...scope.variables].reverse().find((v) => v.name.toLowerCase() === first);
	const segments = variable ? node.segments.slice(1) : node.segments;
	const start = variable ? variable.schema : scope.rootSchema;
	if (segments.length === 0) return start;
	return compilePath(segments, { parameter: 'filterby', navigator: scope.navigator, schema: start, display: node.segments.join('/') }).schema;
}

function compileIn(operandNode: ExprNode, valueNodes: ExprNode[], scope: Scope): Condition {
	const operand = compileValue(operandNode, scope);
	const tests = valueNodes.map((valueNode) => {
		const value = compileValue(valueNode, scope);
		if (!value.constant) throw filterSyntaxError("'in' lists take literal values only", valueNode.pos);
		return compileCompare('eq', operand, value);
	});
	return (root, vars) => {
		for (const test of tests) if (test(root, vars)) return true;
		return false;
	};
}
