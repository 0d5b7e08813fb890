/** Stored entities carry `_`-prefixed bookkeeping fields that responses must not show. */

/** A shallow copy of a stored entity without its `_`-prefixed fields. */
export function withoutInternals<T extends object>(entity: T): T {
	const copy: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(entity)) if (!key.startsWith('_')) copy[key] = value;
	return copy as T;
}
