/** Return All / Limit, the same two fields on every list (so the node declares them once). */
import type { Field } from '../fields/field';

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
