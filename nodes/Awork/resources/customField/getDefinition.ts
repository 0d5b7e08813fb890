/** One custom field definition: awork has no endpoint for one, so it is picked from GET /customfielddefinitions. */
import { NodeOperationError, type IExecuteSingleFunctions, type INodeExecutionData } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { itemState } from '../../shared/routing/itemState';
import { definitionFields, entityField } from './fields';

async function pickDefinition(this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	const id = itemState(this).values._definitionId as string;
	const found = items.filter((item) => String(item.json.id).toLowerCase() === id);
	if (!found.length) {
		throw new NodeOperationError(this.getNode(), `awork has no custom field definition with the ID ${id}`, { itemIndex: this.getItemIndex() });
	}
	return found;
}

export const getDefinition = operation({
	value: 'getDefinition',
	name: 'Get Definition',
	action: 'Get a custom field definition',
	description: 'Get one custom field definition with its selection options',
	method: 'GET',
	path: '/customfielddefinitions',
	fields: [entityField('Whether the field is a project or a task custom field', '_entity'), ...definitionFields('_entity', '_definitionId')],
	output: [pickDefinition],
});
