/**
 * Declares a field once when several operations show the very same field (Return All, Limit,
 * Simplify, …): n8n evaluates the display rules of every top-level property for every item, so
 * fewer properties make every operation cheaper. Only merges that keep the display rules exact:
 * first the operations of one resource, then the resources of one set of operations. The editor
 * lists a form's fields in array order, so the merged list is ordered to keep every form's order
 * (a merge that cannot keep it is left out).
 */
import type { INodeProperties } from 'n8n-workflow';

const functionIds = new WeakMap<object, number>();
let nextFunctionId = 1;

function signature(property: INodeProperties): string {
	const { displayOptions, ...rest } = property;
	const otherShow = { ...displayOptions?.show };
	delete otherShow.resource;
	delete otherShow.operation;
	return JSON.stringify({ ...rest, displayOptions: { ...displayOptions, show: otherShow } }, (_key, value: unknown) => {
		if (typeof value !== 'function') return value;
		if (!functionIds.has(value)) functionIds.set(value, nextFunctionId++);
		return `fn#${functionIds.get(value)}`;
	});
}

/** Properties that end up as one declaration, shown for `resources` × `operations`. */
interface Group {
	first: number;
	resources: unknown[];
	operations: unknown[];
	mergeable: boolean;
}

const listOf = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

/** The (resource, operation) forms a property may appear in; missing rules mean every one. */
function formsOf(property: INodeProperties, forms: Array<[unknown, unknown]>): number[] {
	const resources = listOf(property.displayOptions?.show?.resource);
	const operations = listOf(property.displayOptions?.show?.operation);
	const indexes: number[] = [];
	forms.forEach(([resource, operation], index) => {
		if ((!resources || resources.includes(resource)) && (!operations || operations.includes(operation))) indexes.push(index);
	});
	return indexes;
}

class Merger {
	private readonly groupOf: number[];
	private readonly groups: Group[];
	/** For every form, the indexes of the properties it shows, in their original order. */
	private readonly sequences: number[][];

	constructor(private readonly properties: INodeProperties[]) {
		const forms: Array<[unknown, unknown]> = [];
		const seen = new Set<string>();
		for (const property of properties) {
			for (const resource of listOf(property.displayOptions?.show?.resource) ?? []) {
				for (const operation of listOf(property.displayOptions?.show?.operation) ?? []) {
					const key = JSON.stringify([resource, operation]);
					if (!seen.has(key)) forms.push([resource, operation]);
					seen.add(key);
				}
			}
		}
		this.sequences = forms.map(() => []);
		properties.forEach((property, index) => {
			for (const form of formsOf(property, forms)) this.sequences[form].push(index);
		});
		this.groupOf = properties.map((_, index) => index);
		this.groups = properties.map((property, index) => {
			const show = property.displayOptions?.show;
			const resources = listOf(show?.resource);
			const operations = listOf(show?.operation);
			return { first: index, resources: [...(resources ?? [])], operations: [...(operations ?? [])], mergeable: Boolean(resources && operations) };
		});
	}

	/** Merges group `from` into `into` unless some form would then need a field both before and after another. */
	tryMerge(into: number, from: number, resources: unknown[], operations: unknown[]): boolean {
		const moved = this.groupOf.map((group, index) => (group === from ? index : -1)).filter((index) => index >= 0);
		for (const index of moved) this.groupOf[index] = into;
		if (this.order(false) === undefined) {
			for (const index of moved) this.groupOf[index] = from;
			return false;
		}
		const target = this.groups[into];
		for (const value of resources) if (!target.resources.includes(value)) target.resources.push(value);
		for (const value of operations) if (!target.operations.includes(value)) target.operations.push(value);
		target.first = Math.min(target.first, this.groups[from].first);
		return true;
	}

	liveGroups(): number[] {
		return [...new Set(this.groupOf)];
	}

	/** Groups in an order that keeps every form's order (`stable`: earliest original first), or undefined when none does. */
	order(stable = true): number[] | undefined {
		const ids = this.liveGroups();
		const after = new Map<number, Set<number>>(ids.map((id) => [id, new Set<number>()]));
		const before = new Map<number, number>(ids.map((id) => [id, 0]));
		for (const sequence of this.sequences) {
			for (let k = 1; k < sequence.length; k++) {
				const a = this.groupOf[sequence[k - 1]];
				const b = this.groupOf[sequence[k]];
				// Two members of one declaration next to each other in a form become one; apart, they make a cycle below.
				if (a === b) continue;
				if (!after.get(a)!.has(b)) {
					after.get(a)!.add(b);
					before.set(b, before.get(b)! + 1);
				}
			}
		}
		const first = new Map<number, number>();
		this.groupOf.forEach((group, index) => {
			if (!first.has(group)) first.set(group, index);
		});
		const ready = ids.filter((id) => before.get(id) === 0);
		const ordered: number[] = [];
		while (ready.length) {
			if (stable) ready.sort((x, y) => first.get(x)! - first.get(y)!);
			const next = ready.shift()!;
			ordered.push(next);
			for (const b of after.get(next)!) {
				before.set(b, before.get(b)! - 1);
				if (before.get(b) === 0) ready.push(b);
			}
		}
		return ordered.length === ids.length ? ordered : undefined;
	}

	/** One pass: groups alike in signature and in their `fixed` values (e.g. the same resources) merge the other values. */
	pass(fixed: 'resources' | 'operations'): void {
		const candidates = new Map<string, number[]>();
		for (const id of this.liveGroups().sort((x, y) => this.groups[x].first - this.groups[y].first)) {
			const group = this.groups[id];
			if (!group.mergeable) continue;
			const key = `${signature(this.properties[group.first])}|${JSON.stringify([...group[fixed]].map(String).sort())}`;
			const earlier = candidates.get(key) ?? [];
			const into = earlier.find((target) => this.tryMerge(target, id, group.resources, group.operations));
			if (into === undefined) candidates.set(key, [...earlier, id]);
		}
	}

	result(): INodeProperties[] {
		return this.order()!.map((id) => {
			const group = this.groups[id];
			const property = this.properties[group.first];
			if (!group.mergeable) return property;
			const show = property.displayOptions!.show!;
			return { ...property, displayOptions: { ...property.displayOptions, show: { ...show, resource: [...group.resources], operation: [...group.operations] } } } as INodeProperties;
		});
	}
}

export function mergeIdenticalProperties(properties: INodeProperties[]): INodeProperties[] {
	const merger = new Merger(properties);
	merger.pass('resources');
	merger.pass('operations');
	return merger.result();
}
