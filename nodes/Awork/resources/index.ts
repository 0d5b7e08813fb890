/** The resources the node offers, in the order the editor lists them. */
import type { INodeProperties } from 'n8n-workflow';

import { mergeIdenticalProperties } from '../shared/descriptions/merge';
import { checklistItemProperties } from './checklistItem';
import { commentProperties } from './comment';
import { projectProperties } from './project';
import { statusProperties } from './status';
import { taskProperties } from './task';
import { taskListProperties } from './taskList';
import { userProperties } from './user';

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Checklist Item', value: 'checklistItem', description: 'The to-do items inside a task' },
		{ name: 'Comment', value: 'comment', description: 'Comments on a task or a project' },
		{ name: 'Project', value: 'project', description: 'Projects: create, find, change, close, members, tags' },
		{ name: 'Status', value: 'status', description: 'Project statuses and task statuses' },
		{ name: 'Task', value: 'task', description: 'Project tasks and private tasks: create, find, assign, move, change' },
		{ name: 'Task List', value: 'taskList', description: 'The lists that group a project’s tasks' },
		{ name: 'User', value: 'user', description: 'People in the awork workspace' },
	],
	default: 'project',
};

const allProperties = mergeIdenticalProperties([
	...projectProperties,
	...taskProperties,
	...taskListProperties,
	...checklistItemProperties,
	...commentProperties,
	...statusProperties,
	...userProperties,
]);

/**
 * Every resource's operation selector first, then the fields: n8n resolves a parameter's display
 * rules in declaration order, and a field shared by several resources (Limit, Simplify) must not
 * come before the selector of a resource it is shown for.
 */
export const resourceProperties: INodeProperties[] = [
	...allProperties.filter((property) => property.name === 'operation'),
	...allProperties.filter((property) => property.name !== 'operation'),
];
