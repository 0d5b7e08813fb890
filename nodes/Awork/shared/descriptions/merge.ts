/**
 * Declares a field once when several operations show the very same field (Return All, Limit,
 * Simplify, …): n8n evaluates the display rules of every top-level property for every item, so
 * fewer properties make every operation cheaper. Only merges that keep the display rules exact:
 * first the operations of one resource, then the resources of one set of operations.
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

function mergeBy(properties: INodeProperties[], fixed: 'resource' | 'operation', merged: 'resource' | 'operation'): INodeProperties[] {
	const result: INodeProperties[] = [];
	const byKey = new Map<string, INodeProperties>();
	for (const property of properties) {
		const show = property.displayOptions?.show;
		if (!show?.resource || !show.operation) {
			result.push(property);
			continue;
		}
		const key = `${signature(property)}|${JSON.stringify(show[fixed])}`;
		const existing = byKey.get(key);
		if (!existing) {
			const copy = { ...property, displayOptions: { ...property.displayOptions, show: { ...show, [merged]: [...(show[merged] ?? [])] } } };
			byKey.set(key, copy);
			result.push(copy);
			continue;
		}
		const values = existing.displayOptions!.show![merged] as unknown[];
		for (const value of show[merged] ?? []) if (!values.includes(value)) values.push(value);
	}
	return result;
}

export function mergeIdenticalProperties(properties: INodeProperties[]): INodeProperties[] {
	return mergeBy(mergeBy(properties, 'resource', 'operation'), 'operation', 'resource');
}
