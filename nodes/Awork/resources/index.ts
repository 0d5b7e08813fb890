/** The resources the node offers, in the order the editor lists them. */
import type { INodeProperties } from 'n8n-workflow';

import { mergeIdenticalProperties } from '../shared/descriptions/merge';
import { projectProperties } from './project';
import { userProperties } from './user';

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Project', value: 'project', description: 'Projects: create, find, change, close, members, tags' },
		{ name: 'User', value: 'user', description: 'People in the awork workspace' },
	],
	default: 'project',
};

export const resourceProperties: INodeProperties[] = mergeIdenticalProperties([...projectProperties, ...userProperties]);
