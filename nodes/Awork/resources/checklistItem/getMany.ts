/** GET /tasks/{taskId}/checklistitems: the whole checklist in one answer (no paging, filter or sort), so Limit only shortens the output. */
import type { IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { pagingFields } from '../../shared/descriptions/paging';
import { inputError } from '../../shared/fields/inputError';
import { taskField } from './fields';

async function keepUpToLimit(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('returnAll', false) as boolean) return items;
	const limit = this.getNodeParameter('limit', 50) as number;
	if (!(Number.isInteger(limit) && limit >= 1)) {
		throw inputError(this.getNode(), this.getItemIndex(), 'Limit', 'a whole number of at least 1 (or switch on Return All)', limit);
	}
	return items.slice(0, limit);
}

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many checklist items',
	description: 'List the checklist items of a task in their order (awork returns the whole checklist in one answer)',
	method: 'GET',
	path: '/tasks/{taskId}/checklistitems',
	fields: [taskField(), ...pagingFields],
	output: [keepUpToLimit],
});
