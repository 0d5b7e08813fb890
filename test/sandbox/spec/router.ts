/**
 * Matches `METHOD /api/v{1,2}/...` to a spec operation. Paths are compiled into a segment trie per
 * API version: literal segments are looked up case-insensitively (like ASP.NET routing) and win
 * over `{placeholders}`; when a literal branch leads nowhere the placeholder branch is tried.
 */
import type { ApiVersion, SpecOperation } from '../types';
import type { SpecDocuments } from './load';
import { listOperations } from './operations';

interface Route {
	op: SpecOperation;
	/** This template's placeholders and their segment positions (templates spell names differently). */
	placeholders: Array<{ name: string; position: number }>;
}

interface TrieNode {
	literals: Map<string, TrieNode>;
	placeholder?: TrieNode;
	/** Routes ending at this node, by upper-case method. */
	routes?: Map<string, Route>;
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
		for (const op of this.all) this.add(op);
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
			const route = leaf.routes!.get(upper);
			if (route) return { op: route.op, params: extractParams(route, segments) };
		}
		return { error: 'method-not-allowed' };
	}

	private add(op: SpecOperation): void {
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
		node.routes.set(op.method, { op, placeholders: placeholdersOf(op.pathTemplate) });
	}
}

function placeholdersOf(pathTemplate: string): Route['placeholders'] {
	return pathTemplate
		.split('/')
		.filter(Boolean)
		.flatMap((segment, position) => {
			const name = /^\{([^}]+)\}$/.exec(segment)?.[1];
			return name ? [{ name, position }] : [];
		});
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
