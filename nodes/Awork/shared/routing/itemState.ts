/**
 * What one item's request learns on its way through routing: the values its fields produced
 * (for `{ success: true, … }` outputs) and the paging headers of the last page. RoutingNode hands
 * preSend, postReceive and the pagination hook different context objects for the same item (the
 * pagination one is created with the item's context as prototype), so state is keyed by the
 * root of that prototype chain and lives only as long as the item's context does.
 */
import type { IDataObject } from 'n8n-workflow';

export interface ItemState {
	/** Values the operation's fields produced, by their body/path names. */
	values: IDataObject;
	/** `aw-totalitems` of the last page received, when awork sent it. */
	totalItems?: number;
	/** Length of the last page's JSON array, before any post-processing. */
	pageLength?: number;
	/**
	 * Work that must wait until the request has left the request path (follow-up requests of an
	 * operation): run by the pagination hook once the paced attempt is over, so a follow-up never
	 * waits for a limiter slot its own main request still holds, and its errors are its own.
	 */
	afterResponse?: (items: import('n8n-workflow').INodeExecutionData[]) => Promise<import('n8n-workflow').INodeExecutionData[]>;
	/** How a create's new entity is found again after an ambiguous failure (createdLookup.ts). */
	createdLookup?: import('../transport/createdLookup').CreatedLookup;
}

const states = new WeakMap<object, ItemState>();

function rootOf(context: object): object {
	let current = context;
	// ExecuteSingleContext instances are created by RoutingNode; the pagination context is one
	// Object.create() away from it. Walk up while the prototype is still such a per-item context.
	while (true) {
		const parent = Object.getPrototypeOf(current) as object | null;
		if (!parent || !Object.prototype.hasOwnProperty.call(parent, 'itemIndex')) return current;
		current = parent;
	}
}

export function itemState(context: object): ItemState {
	const key = rootOf(context);
	let state = states.get(key);
	if (!state) {
		state = { values: {} };
		states.set(key, state);
	}
	return state;
}
