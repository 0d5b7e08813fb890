/**
 * Return All / Limit, the same two fields on every list (so the node declares them once), and
 * how a Limit is read: for awork's paged lists the request path asks for just what it needs; lists
 * awork answers whole (tags in use, checklists, template statuses) are cut to it afterwards.
 */
import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import type { Field } from '../fields/field';
import { inputError } from '../fields/inputError';
import { itemState } from '../routing/itemState';

export const pagingFields: Field[] = [
	{
		property: {
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
	},
	{
		property: {
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	},
];

type ParameterReader = Pick<IExecuteSingleFunctions, 'getNodeParameter' | 'getNode' | 'getItemIndex'>;

/** How many results the item wants: Infinity for Return All; a Limit below 1 is an input error. */
export function wantedResults(context: ParameterReader): number {
	if (context.getNodeParameter('returnAll', false) as boolean) return Infinity;
	const limit = Number(context.getNodeParameter('limit', 50));
	if (!(Number.isInteger(limit) && limit >= 1)) {
		throw inputError(context.getNode(), context.getItemIndex(), 'Limit', 'a whole number of at least 1 (or switch on Return All)', limit);
	}
	return limit;
}

/** For lists awork answers whole: keeps the entries `keep` accepts (given the operation's values), then at most Limit. */
export function limitAnswer(keep?: (entity: IDataObject, values: IDataObject) => boolean): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		const { values } = itemState(this);
		const kept = keep ? items.filter((item) => keep(item.json, values)) : items;
		return kept.slice(0, wantedResults(this));
	};
}
