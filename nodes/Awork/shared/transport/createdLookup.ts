/**
 * Finding out whether a create that failed ambiguously (a 502/503/504, a timeout, a connection
 * lost on the way back) was stored after all. awork has no idempotency keys, so resending such a
 * POST blindly may create the entity twice, and not resending loses it when awork never got it.
 * Instead the request path looks for it: the newest entities of the list the create adds to,
 * created since the first attempt, whose fields equal what was sent, and that no other create of
 * this process has already returned. Found: that entity is the answer. Not found: the create is
 * sent again.
 *
 * Limits, stated where they are decided: two creates with identical fields in flight at the same
 * moment on the same list can each be taken for the other (both entities exist once; one output
 * names the other's ID), and a server clock more than CLOCK_SKEW_MS behind this one hides the entity.
 */
import type { IDataObject } from 'n8n-workflow';

/** How an operation's new entity is found again. */
export interface CreatedLookupSpec {
	/** The list the create adds to, below the API root, with the create's placeholders (e.g. `/tasks/{taskId}/comments`). */
	list: string;
	/** One entity of that list, `{id}` standing for its ID; default `<list>/{id}`. */
	entity?: string;
	/** The body fields that must equal what was sent (e.g. `['message']`). */
	match: string[];
	/** False for a list that takes no filterby/orderby/paging (it is read whole). */
	filtered?: boolean;
}

/** A lookup made concrete for one item's request. */
export interface CreatedLookup {
	list: string;
	filtered: boolean;
	/** With `{id}` still in it. */
	entity: string;
	/** Field → the value sent. */
	sent: IDataObject;
}

/** Allowance for the server's clock against ours when comparing `createdOn` with the first attempt. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** The newest entities looked at; creates of other clients in the same seconds come on top. */
export const LOOKUP_PAGE_SIZE = 100;
/** IDs of entities this process's creates returned, kept for matching (oldest dropped first). */
const MAX_CLAIMED = 20_000;

const claimed = new Set<string>();

/** Notes that a create returned this entity, so no other ambiguous create takes it for its own. */
export function claimCreated(id: unknown): void {
	if (typeof id !== 'string' || id === '') return;
	claimed.delete(id);
	claimed.add(id);
	if (claimed.size > MAX_CLAIMED) claimed.delete(claimed.values().next().value as string);
}

export function isClaimed(id: string): boolean {
	return claimed.has(id);
}

/** How many IDs are kept (for the test of the bound). */
export function claimedCount(): number {
	return claimed.size;
}

/** The list query: the entities created since the first attempt (less the skew), newest first. */
export function lookupQuery(firstAttemptAt: number): IDataObject {
	const since = new Date(firstAttemptAt - CLOCK_SKEW_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
	return { filterby: `createdOn ge datetime'${since}'`, orderby: 'createdOn desc', pageSize: LOOKUP_PAGE_SIZE };
}

function sameValue(sent: unknown, stored: unknown): boolean {
	if (sent === stored) return true;
	if (sent === undefined || sent === null) return stored === undefined || stored === null;
	return JSON.stringify(sent) === JSON.stringify(stored);
}

/** The first candidate (the list is newest first) that equals what was sent and is nobody else's. */
export function findCreated(candidates: unknown, lookup: CreatedLookup): IDataObject | undefined {
	if (!Array.isArray(candidates)) return undefined;
	return (candidates as IDataObject[]).find(
		(candidate) =>
			typeof candidate?.id === 'string' &&
			!claimed.has(candidate.id) &&
			Object.entries(lookup.sent).every(([field, value]) => sameValue(value, candidate[field])),
	);
}

/**
 * The lookup of one item's create, from the operation's spec and the body sent. `fill` fills a path
 * template from the create's values (the operation's own `fillPath`, which throws on a missing one);
 * `{id}` in the entity path is left for the ID found.
 */
export function createdLookupOf(spec: CreatedLookupSpec, fill: (template: string) => string, body: unknown): CreatedLookup | undefined {
	if (typeof body !== 'object' || body === null) return undefined;
	let list: string;
	let entity: string;
	try {
		list = fill(spec.list);
		entity = (spec.entity ?? `${spec.list}/{id}`).split('{id}').map(fill).join('{id}');
	} catch {
		return undefined;
	}
	const sent: IDataObject = {};
	for (const field of spec.match) sent[field] = (body as IDataObject)[field];
	return { list, entity, sent, filtered: spec.filtered !== false };
}
