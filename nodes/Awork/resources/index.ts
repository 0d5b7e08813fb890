/** The resources the node offers, in the order the editor lists them. */
import type { INodeProperties } from 'n8n-workflow';

import { userProperties } from './user';

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [{ name: 'User', value: 'user' }],
	default: 'user',
};

export const resourceProperties: INodeProperties[] = [...userProperties];
