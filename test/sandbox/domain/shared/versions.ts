/**
 * awork's `resourceVersion`: an int64 that grows with every change of an entity. awork counts .NET
 * ticks (~6.4e17), beyond 2^53, where JSON numbers in JavaScript clients stop being exact (`v + 1`
 * is `v` again). The sandbox counts microseconds of its clock instead (exact until the year 2255),
 * one sequence per store, so every change gets a larger value even when the clock stands still.
 */
import type { Store } from '../../store';

const MICROSECONDS_PER_MS = 1000;
const lastVersion = new WeakMap<Store, number>();

/** A version larger than every one handed out before in this store (and than `previous`). */
export function nextResourceVersion(store: Store, previous = 0): number {
	const version = Math.max(store.now().getTime() * MICROSECONDS_PER_MS, (lastVersion.get(store) ?? 0) + 1, previous + 1);
	lastVersion.set(store, version);
	return version;
}
