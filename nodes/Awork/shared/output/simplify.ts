/**
 * Simplify: bulky awork entities (projects, tasks) come back with the fields workflows use, unless
 * the user switches it off. One `simplify` parameter for all operations that offer it.
 */
import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import type { Field } from '../fields/field';

export const simplifyField: Field = {
	property: {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to return a compact version of each entity with the fields most workflows use, instead of the full awork object',
	},
};

export type Simplifier = (entity: IDataObject) => IDataObject;

export function simplifyOutput(simplify: Simplifier): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
		return items.map((item) => ({ ...item, json: simplify(item.json) }));
	};
}

/** `{ id, name }` of a nested reference, or undefined when absent. */
export function ref(value: unknown, ...extra: string[]): IDataObject | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const source = value as IDataObject;
	const picked: IDataObject = { id: source.id, name: source.name };
	for (const key of extra) if (source[key] !== undefined) picked[key] = source[key];
	return picked;
}

/** Drops undefined values so simplified output has no empty keys. */
export function compact(entity: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(entity).filter(([, value]) => value !== undefined));
}

/** Seconds → hours, rounded to minutes, for people reading the output. */
export function secondsToHours(value: unknown): number | undefined {
	return typeof value === 'number' ? Math.round((value / 3600) * 100) / 100 : undefined;
}
