/**
 * Matches `METHOD /api/v{1,2}/...` to a spec operation. Paths are compiled into a segment trie per
 * API version: literal segments are looked up case-insensitively (like ASP.NET routing) and win
 * over `{placeholders}`; when a literal branch leads nowhere the placeholder branch is tried.
 * Where two templates differ only in a placeholder's name (`/me/filters/{entityType}` and
 * `/me/filters/{filterId}`), the one whose parameter schema accepts the value wins, as a typed
 * route constraint (`{filterId:guid}`) decides in ASP.NET.
 */
import type { ApiVersion, SpecOperation } from '../types';
import type { SpecDocuments } from './load';
import { deref, documentOf, listOperations, operationParameters } from './operations';

interface Route {
	op: SpecOperation;
	/** This template's placeholders and their segment positions (templates spell names differently). */
	placeholders: Array<{ name: string; position: number; accepts: (value: string) => boolean }>;
	/** How many placeholders are constrained; the more constrained template is tried first. */
	constrained: number;
}

interface TrieNode {
	literals: Map<string, TrieNode>;
	placeholder?: TrieNode;
	/** Routes ending at this node, by upper-case method; more than one when only placeholder names differ. */
	routes?: Map<string, Route[]>;
}

export type RouteMatch =
	| { op: SpecOperation; params: Record<string, string> }
	| { error: 'not-found' | 'method-not-allowed' };

const newNode = (): TrieNode => ({ literals: new Map() });

const API_PREFIX = /^\/api\/(v1|v2)(?=\/|$)/i;

export class Router {
	private readonly roots: Record<ApiVersion, TrieNode> = { v1: newNode(), v2: newNode() };
	private readonly all: SpecOperation[];

	constructor(specs: SpecDocuments) {
		this.all = listOperations(specs);
		for (const op of this.all) this.add(op, specs);
	}

	operations(): SpecOperation[] {
		return this.all;
	}

	match(method: string, pathname: string): RouteMatch {
		const queryStart = pathname.indexOf('?');
		if (queryStart >= 0) pathname = pathname.slice(0, queryStart);
		const prefix = API_PREFIX.exec(pathname);
		if (!prefix) return { error: 'not-found' };
		const api = prefix[1].toLowerCase() as ApiVersion;
		const segments = splitPath(pathname.slice(prefix[0].length));
		if (!segments) return { error: 'not-found' };

		const leaves: TrieNode[] = [];
		collectLeaves(this.roots[api], segments, 0, leaves);
		if (leaves.length === 0) return { error: 'not-found' };
		const upper = method.toUpperCase();
		// Leaves come most-specific first; like ASP.NET, a less specific template still serves a
		// method that the more specific one lacks.
		for (const leaf of leaves) {
			const routes = leaf.routes!.get(upper);
			if (!routes) continue;
			// The first template whose constraints accept the values; else the first, so validation explains.
			const route = routes.find((r) => r.placeholders.every((p) => p.accepts(segments[p.position]))) ?? routes[0];
			return { op: route.op, params: extractParams(route, segments) };
		}
		return { error: 'method-not-allowed' };
	}

	private add(op: SpecOperation, specs: SpecDocuments): void {
		let node = this.roots[op.api];
		for (const segment of op.pathTemplate.split('/').filter(Boolean)) {
			if (/^\{[^}]+\}$/.test(segment)) {
				node = node.placeholder ??= newNode();
			} else {
				const key = segment.toLowerCase();
				let next = node.literals.get(key);
				if (!next) node.literals.set(key, (next = newNode()));
				node = next;
			}
		}
		node.routes ??= new Map();
		const routes = node.routes.get(op.method) ?? [];
		const placeholders = placeholdersOf(op, specs);
		routes.push({ op, placeholders, constrained: placeholders.filter((p) => p.accepts !== ANY).length });
		routes.sort((a, b) => b.constrained - a.constrained);
		node.routes.set(op.method, routes);
	}
}

function placeholdersOf(op: SpecOperation, specs: SpecDocuments): Route['placeholders'] {
	const doc = documentOf(op, specs);
	const declared = operationParameters(op, doc).filter((p) => p.in === 'path');
	return op.pathTemplate
		.split('/')
		.filter(Boolean)
		.flatMap((segment, position) => {
			const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
			if (!name) return [];
			const schema = declared.find((p) => p.name === name)?.schema;
			return [{ name, position, accepts: constraintOf(schema ? deref(doc, schema) : undefined) }];
		});
}

const ANY = () => true;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The route constraint a path parameter's schema implies (uuid, integer, enum); anything else matches. */
function constraintOf(schema: any): (value: string) => boolean {
	if (!schema) return ANY;
	if (schema.format === 'uuid') return (value) => UUID.test(value);
	if (schema.type === 'integer') return (value) => /^-?\d+$/.test(value);
	if (Array.isArray(schema.enum)) {
		const allowed = schema.enum.map((v: unknown) => String(v).toLowerCase());
		return (value) => allowed.includes(value.toLowerCase());
	}
	return ANY;
}

/** URL-decoded segments; a trailing slash is ignored, empty inner segments never match. */
function splitPath(rest: string): string[] | undefined {
	if (rest === '' || rest === '/') return [];
	const raw = rest.slice(1).split('/');
	if (raw[raw.length - 1] === '') raw.pop();
	if (raw.some((s) => s === '')) return undefined;
	return raw.map(decodeSegment);
}

function decodeSegment(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** Depth-first, literal before placeholder, so leaves arrive in precedence order. */
function collectLeaves(node: TrieNode, segments: string[], index: number, out: TrieNode[]): void {
	if (index === segments.length) {
		if (node.routes) out.push(node);
		return;
	}
	const literal = node.literals.get(segments[index].toLowerCase());
	if (literal) collectLeaves(literal, segments, index + 1, out);
	if (node.placeholder) collectLeaves(node.placeholder, segments, index + 1, out);
}

function extractParams(route: Route, segments: string[]): Record<string, string> {
	const params: Record<string, string> = {};
	for (const { name, position } of route.placeholders) params[name] = segments[position];
	return params;
}
