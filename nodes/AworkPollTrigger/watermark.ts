/**
 * The poll cursor kept in the node's static data: the latest timestamp emitted and the IDs emitted
 * at exactly that timestamp, so the next poll can ask for `>=` that time and drop what it already
 * emitted. This is what makes many changes within the same second, and more changes than one page
 * or one poll, come out exactly once.
 */
import type { IDataObject } from 'n8n-workflow';

import type { PollTimestamp } from './events';

export interface PollCursor {
	/** Which list and timestamp the cursor belongs to; a changed parameter starts over. */
	key: string;
	/** Epoch milliseconds of the latest emitted (or, after activation, latest existing) item; null: the list was empty. */
	mark: number | null;
	/** IDs of items whose timestamp is exactly `mark` (in milliseconds) that are already emitted. */
	idsAtMark: string[];
}

export function cursorKey(event: string, timestamp: PollTimestamp): string {
	return `${event}:${timestamp}`;
}

/** The stored cursor for `key`, or undefined when there is none yet (first poll after activation or a changed parameter). */
export function readCursor(staticData: IDataObject, key: string): PollCursor | undefined {
	const stored = staticData.cursor as PollCursor | undefined;
	if (!stored || stored.key !== key || !Array.isArray(stored.idsAtMark)) return undefined;
	if (stored.mark !== null && typeof stored.mark !== 'number') return undefined;
	return stored;
}

export function writeCursor(staticData: IDataObject, cursor: PollCursor): void {
	// Plain JSON only: n8n stores static data as JSON between polls.
	staticData.cursor = { key: cursor.key, mark: cursor.mark, idsAtMark: [...cursor.idsAtMark] } as unknown as IDataObject;
}

/** Milliseconds of an item's timestamp; undefined when awork gave none. */
export function timeOf(item: IDataObject, timestamp: PollTimestamp): number | undefined {
	const value = item[timestamp];
	if (typeof value !== 'string') return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : ms;
}

/** Walks items in ascending timestamp order, keeping the cursor; `accept` says whether an item is new. */
export class CursorWalk {
	mark: number | null;
	private seen: Set<string>;

	constructor(cursor: PollCursor) {
		this.mark = cursor.mark;
		this.seen = new Set(cursor.idsAtMark);
	}

	/** Whether the item comes after the cursor (so it is to be emitted). */
	isNew(id: string, ms: number): boolean {
		if (this.mark === null) return true;
		// Earlier items were handled by an earlier page or poll: the list is read in ascending order.
		if (ms < this.mark) return false;
		return ms > this.mark || !this.seen.has(id);
	}

	/** Moves the cursor over an emitted item; true when the mark moved forward. */
	advance(id: string, ms: number): boolean {
		if (this.mark === null || ms > this.mark) {
			this.mark = ms;
			this.seen = new Set([id]);
			return true;
		}
		this.seen.add(id);
		return false;
	}

	toCursor(key: string): PollCursor {
		return { key, mark: this.mark, idsAtMark: [...this.seen] };
	}
}
