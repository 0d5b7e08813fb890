/** The resources the node offers, in the order the editor lists them. */
import type { INodeProperties } from 'n8n-workflow';

import { mergeIdenticalProperties } from '../shared/descriptions/merge';
import { nameResources } from '../endpoints/load';
import { absenceProperties } from './absence';
import { apiCallProperties } from './apiCall';
import { checklistItemProperties } from './checklistItem';
import { commentProperties } from './comment';
import { companyProperties } from './company';
import { customFieldProperties } from './customField';
import { fileProperties } from './file';
import { projectProperties } from './project';
import { projectTemplateProperties } from './projectTemplate';
import { projectTypeProperties } from './projectType';
import { searchProperties } from './search';
import { statusProperties } from './status';
import { tagProperties } from './tag';
import { taskProperties } from './task';
import { taskListProperties } from './taskList';
import { teamProperties } from './team';
import { timeEntryProperties } from './timeEntry';
import { timeTrackingProperties } from './timeTracking';
import { typeOfWorkProperties } from './typeOfWork';
import { userProperties } from './user';

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Absence', value: 'absence', description: 'Absences of people: vacation, sickness, other time off' },
		{ name: 'API Call', value: 'apiCall', description: 'Any endpoint of awork’s API that has no operation of its own (automations, retainers, documents, …)' },
		{ name: 'Checklist Item', value: 'checklistItem', description: 'The to-do items inside a task' },
		{ name: 'Comment', value: 'comment', description: 'Comments on a task or a project' },
		{ name: 'Company', value: 'company', description: 'Client companies, their tags and contact details' },
		{ name: 'Custom Field', value: 'customField', description: 'Custom field definitions of projects and tasks' },
		{ name: 'File', value: 'file', description: 'Files of tasks, projects and companies: upload, download, list' },
		{ name: 'Project', value: 'project', description: 'Projects: create, find, change, close, members, tags' },
		{ name: 'Project Template', value: 'projectTemplate', description: 'Templates projects are created from' },
		{ name: 'Project Type', value: 'projectType', description: 'Project types, which define default statuses' },
		{ name: 'Search', value: 'search', description: 'Search projects, tasks, companies and users at once' },
		{ name: 'Status', value: 'status', description: 'Project statuses and task statuses' },
		{ name: 'Tag', value: 'tag', description: 'Tags in use on projects, tasks and companies' },
		{ name: 'Task', value: 'task', description: 'Project tasks and private tasks: create, find, assign, move, change' },
		{ name: 'Task List', value: 'taskList', description: 'The lists that group a project’s tasks' },
		{ name: 'Team', value: 'team', description: 'Teams of users' },
		{ name: 'Time Entry', value: 'timeEntry', description: 'Tracked time: create, find, change, mark as billed' },
		{ name: 'Time Tracking', value: 'timeTracking', description: 'The running timer of a user (the credentials’ user by default): start, stop, pause, resume' },
		{ name: 'Type of Work', value: 'typeOfWork', description: 'Types of work that tasks and time entries are booked on' },
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
	...absenceProperties,
	...companyProperties,
	...customFieldProperties,
	...fileProperties,
	...projectTemplateProperties,
	...projectTypeProperties,
	...searchProperties,
	...tagProperties,
	...teamProperties,
	...timeEntryProperties,
	...timeTrackingProperties,
	...typeOfWorkProperties,
	...userProperties,
	...apiCallProperties,
]);

nameResources(resourceProperty.options as Array<{ name: string; value: string }>);

/**
 * Every resource's operation selector first, then the fields: n8n resolves a parameter's display
 * rules in declaration order, and a field shared by several resources (Limit, Simplify) must not
 * come before the selector of a resource it is shown for.
 */
export const resourceProperties: INodeProperties[] = [
	...allProperties.filter((property) => property.name === 'operation'),
	...allProperties.filter((property) => property.name !== 'operation'),
];
