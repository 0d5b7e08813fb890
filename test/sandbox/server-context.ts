/** The `HandlerContext` every domain handler gets: the store, the clock, `emit` and `list`. */
import { applyListQuery } from './query';
import { responseItemSchema } from './spec/validate';
import type { Store } from './store';
import type { EntityEvent, HandlerContext } from './types';

export interface HandlerContextParts {
	store: Store;
	now: () => Date;
	/** Page size of list endpoints when the request sends none. */
	defaultPageSize: number;
	/** Receives every event a handler emits (recording and webhook delivery). */
	emit: (event: EntityEvent) => void;
}

export function createHandlerContext({ store, now, defaultPageSize, emit }: HandlerContextParts): HandlerContext {
	return {
		store,
		now,
		emit,
		list: (req, items) => {
			const page = applyListQuery(items, req.query, {
				meId: req.userId,
				now: now(),
				defaultPageSize,
				itemSchema: responseItemSchema(req.op),
			});
			return { status: 200, body: page.items.map(withoutInternalFields), headers: page.headers };
		},
	};
}

/** Drops `_`-prefixed bookkeeping fields from an entity or a list of entities (top level only). */
export function withoutInternalFields<T>(body: T): T {
	if (Array.isArray(body)) return body.map((item) => withoutInternalFields(item)) as T;
	if (body === null || typeof body !== 'object' || Buffer.isBuffer(body)) return body;
	const keys = Object.keys(body);
	if (!keys.some((key) => key.startsWith('_'))) return body;
	const copy: Record<string, unknown> = {};
	for (const key of keys) if (!key.startsWith('_')) copy[key] = (body as Record<string, unknown>)[key];
	return copy as T;
}
