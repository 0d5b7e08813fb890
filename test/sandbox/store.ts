/**
 * The sandbox's in-memory, deterministic state: named collections of entities, a seeded random
 * source and an ID generator, so the same seed always yields the same workspace.
 */
import { notFound } from './http/errors';

export class Rng {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0 || 0x9e3779b9;
	}

	/** mulberry32: small, fast, good enough for test data. */
	next(): number {
		let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	int(minInclusive: number, maxInclusive: number): number {
		return minInclusive + Math.floor(this.next() * (maxInclusive - minInclusive + 1));
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	/** An RFC 4122 version-4 UUID drawn from this generator. */
	uuid(): string {
		const hex: string[] = [];
		for (let i = 0; i < 16; i++) hex.push(this.int(0, 255).toString(16).padStart(2, '0'));
		hex[6] = ((parseInt(hex[6], 16) & 0x0f) | 0x40).toString(16).padStart(2, '0');
		hex[8] = ((parseInt(hex[8], 16) & 0x3f) | 0x80).toString(16).padStart(2, '0');
		const h = hex.join('');
		return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
	}
}

export class Collection<T extends { id: string }> {
	private readonly byId = new Map<string, T>();

	constructor(readonly entityName: string) {}

	get(id: string): T | undefined {
		return this.byId.get(id.toLowerCase());
	}

	/** The entity, or awork's 404 naming the entity and ID. */
	require(id: string): T {
		const found = this.get(id);
		if (!found) throw notFound(this.entityName, id);
		return found;
	}

	has(id: string): boolean {
		return this.byId.has(id.toLowerCase());
	}

	all(): T[] {
		return [...this.byId.values()];
	}

	where(predicate: (entity: T) => boolean): T[] {
		return this.all().filter(predicate);
	}

	insert(entity: T): T {
		this.byId.set(entity.id.toLowerCase(), entity);
		return entity;
	}

	delete(id: string): boolean {
		return this.byId.delete(id.toLowerCase());
	}

	get size(): number {
		return this.byId.size;
	}
}

export interface StoreOptions {
	seed: number;
	now: () => Date;
}

export class Store {
	readonly rng: Rng;
	readonly now: () => Date;
	/** API key → the user it authenticates as. */
	readonly apiKeys = new Map<string, string>();
	private readonly collections = new Map<string, Collection<any>>();

	constructor(options: StoreOptions) {
		this.rng = new Rng(options.seed);
		this.now = options.now;
	}

	/** The named collection (created on first use); `entityName` is what a 404 calls it. */
	collection<T extends { id: string }>(name: string, entityName = name): Collection<T> {
		let found = this.collections.get(name);
		if (!found) {
			found = new Collection<T>(entityName);
			this.collections.set(name, found);
		}
		return found;
	}

	newId(): string {
		return this.rng.uuid();
	}

	/** ISO timestamp of the sandbox clock, as awork writes them. */
	timestamp(): string {
		return this.now().toISOString();
	}
}
