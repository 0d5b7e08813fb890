/**
 * `orderby`: comma-separated keys, each a property path with an optional `asc` (default) or
 * `desc`, e.g. `LastName,FirstName desc` or `ProjectStatus/Type desc`. The docs forbid spaces
 * around the comma, so `a, b` is rejected. Ordering follows SQL Server, which backs awork: null
 * sorts lowest (first when ascending), text compares case-insensitively (ties broken ordinally),
 * ISO timestamps as instants. The sort is stable.
 */
import { orderSyntaxError, unknownPropertyError } from './errors';
import { compilePath } from './paths';
import { SchemaNavigator, type ItemSchema } from './schema';
import { looksLikeIsoDate, parseIsoInstant } from './values';

export interface OrderContext {
	itemSchema?: ItemSchema;
}

export type OrderFunction = <T extends object>(items: readonly T[]) => T[];

interface OrderKey {
	read: (item: unknown) => unknown;
	descending: boolean;
}

const KEY = /^([A-Za-z_][A-Za-z0-9_]*(?:\/[A-Za-z_][A-Za-z0-9_]*)*)(?:\s+(asc|desc))?$/i;

export function compileOrder(text: string, ctx: OrderContext): OrderFunction {
	const navigator = ctx.itemSchema ? new SchemaNavigator(ctx.itemSchema.resolve) : undefined;
	const keys = text
		.trim()
		.split(',')
		.map((part) => parseKey(part, navigator, ctx.itemSchema?.schema as Record<string, any> | undefined));
	return (items) => sortStable(items, keys);
}

function parseKey(part: string, navigator: SchemaNavigator | undefined, schema: Record<string, any> | undefined): OrderKey {
	if (part.trim() === '') throw orderSyntaxError('an order key is empty');
	if (part !== part.trim()) throw orderSyntaxError(`no spaces are allowed around ',' (in '${part}')`);
	const match = KEY.exec(part);
	if (!match) throw orderSyntaxError(`'${part}' is not a property path optionally followed by asc or desc`);
	const segments = match[1].split('/');
	const path = compilePath(segments, { parameter: 'orderby', navigator, schema, display: match[1] });
	if (path.schema && navigator) {
		const kind = navigator.kind(path.schema);
		if (kind === 'array' || kind === 'object') {
			throw unknownPropertyError('orderby', match[1], `is ${kind === 'array' ? 'a collection' : 'a complex object'} and cannot be ordered by`);
		}
	}
	return { read: path.read, descending: (match[2] ?? 'asc').toLowerCase() === 'desc' };
}

/** Comparable form of one value: a rank (null < boolean < number < date < text) and a primitive. */
type SortValue = { rank: number; value: number | string; ordinal?: string };

function sortValue(raw: unknown): SortValue {
	switch (typeof raw) {
		case 'boolean':
			return { rank: 1, value: raw ? 1 : 0 };
		case 'number':
			return { rank: 2, value: raw };
		case 'string': {
			if (looksLikeIsoDate(raw)) {
				const instant = parseIsoInstant(raw);
				if (instant !== undefined) return { rank: 3, value: instant };
			}
			return { rank: 4, value: raw.toLowerCase(), ordinal: raw };
		}
		default:
			return { rank: 0, value: 0 }; // null, missing, or not orderable
	}
}

function compareSortValues(a: SortValue, b: SortValue): number {
	if (a.rank !== b.rank) return a.rank - b.rank;
	if (a.value !== b.value) return a.value < b.value ? -1 : 1;
	if (a.ordinal !== undefined && b.ordinal !== undefined && a.ordinal !== b.ordinal) return a.ordinal < b.ordinal ? -1 : 1;
	return 0;
}

/** Decorate-sort-undecorate: each value is read and normalised once, not once per comparison. */
function sortStable<T extends object>(items: readonly T[], keys: OrderKey[]): T[] {
	const decorated = items.map((item, index) => ({ item, index, values: keys.map((key) => sortValue(key.read(item))) }));
	decorated.sort((x, y) => {
		for (let k = 0; k < keys.length; k++) {
			const c = compareSortValues(x.values[k], y.values[k]);
			if (c !== 0) return keys[k].descending ? -c : c;
		}
		return x.index - y.index;
	});
	return decorated.map((entry) => entry.item);
}
