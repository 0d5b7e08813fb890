/**
 * The list entities the node filters and sorts: tasks and projects here, the smaller ones in
 * `moreEntities.ts`. Each has its typed filters, the model fields the condition builder offers
 * (generated from the spec) and the fields worth sorting by.
 */
import {
	dateFilter,
	dynamicFilter,
	ME,
	nameContainsFilter,
	PROJECT_STATUS_TYPES,
	SEVERAL,
	tagFilter,
	TASK_STATUS_TYPES,
	type ListQueryEntity,
} from './entity';
import * as generated from './generated/fields';

export type { ListQueryEntity } from './entity';
export * from './moreEntities';
export * from './workspaceEntities';

export const taskEntity: ListQueryEntity = {
	name: 'task',
	plural: 'tasks',
	filterable: true,
	sortable: true,
	fields: generated.taskFields,
	endpoints: generated.taskEndpoints,
	sortFields: ['name', 'dueOn', 'startOn', 'createdOn', 'updatedOn', 'closedOn', 'order', 'taskNumber', 'plannedDuration']
		.concat(['isPrio', 'taskStatus/type', 'taskStatus/name', 'project/name']),
	typedFilters: [
		dynamicFilter('status', 'Status Names or IDs', 'taskStatusId', 'getTaskStatuses', 'tasks in one of these statuses of the chosen project', {
			inProject: true,
		}),
		{
			kind: 'choice',
			name: 'statusType',
			displayName: 'Status Type',
			field: 'taskStatus/type',
			choices: TASK_STATUS_TYPES,
			description: 'Only tasks whose status is of one of these general types',
		},
		{
			kind: 'ids',
			name: 'assignee',
			displayName: 'Assignee',
			collection: 'assignees',
			field: 'id',
			allowMe: true,
			description: `Only tasks assigned to this user: a user ID (GUID)${ME}; ${SEVERAL}`,
			placeholder: 'e.g. me',
		},
		dateFilter('dueBefore', 'Due Before', 'dueOn', 'lt', 'tasks due before this date and time'),
		dateFilter('dueAfter', 'Due After', 'dueOn', 'gt', 'tasks due after this date and time'),
		dynamicFilter('taskList', 'Task List Names or IDs', 'id', 'getTaskLists', 'tasks on one of these task lists of the chosen project', {
			inProject: true,
			collection: 'lists',
		}),
		tagFilter('tasks'),
		nameContainsFilter('tasks'),
		{
			kind: 'flag',
			name: 'done',
			displayName: 'Done',
			field: 'taskStatus/type',
			equals: 'done',
			description: 'Whether to return only done tasks (on) or only tasks that are not done (off)',
		},
		dynamicFilter('typeOfWork', 'Type of Work Names or IDs', 'typeOfWorkId', 'getTypesOfWork', 'tasks with one of these types of work'),
		dateFilter('updatedSince', 'Updated Since', 'updatedOn', 'ge', 'tasks changed at or after this date and time'),
	],
};

export const projectEntity: ListQueryEntity = {
	name: 'project',
	plural: 'projects',
	filterable: true,
	sortable: true,
	fields: generated.projectFields,
	endpoints: generated.projectEndpoints,
	sortFields: ['name', 'startDate', 'dueDate', 'createdOn', 'updatedOn', 'closedOn', 'projectKey', 'projectStatus/type']
		.concat(['projectStatus/name', 'projectType/name', 'company/name']),
	typedFilters: [
		dynamicFilter('status', 'Status Names or IDs', 'projectStatusId', 'getProjectStatuses', 'projects in one of these project statuses'),
		{
			kind: 'choice',
			name: 'statusType',
			displayName: 'Status Type',
			field: 'projectStatus/type',
			choices: PROJECT_STATUS_TYPES,
			description: "Only projects whose status is of one of these general types ('closed' is how awork archives a project)",
		},
		dynamicFilter('type', 'Project Type Names or IDs', 'projectTypeId', 'getProjectTypes', 'projects of one of these project types'),
		{
			kind: 'ids',
			name: 'company',
			displayName: 'Company',
			field: 'companyId',
			description: `Only projects of this company: a company ID (GUID); ${SEVERAL}`,
			placeholder: 'e.g. 1b3f4c5d-0000-4a5b-8c9d-0123456789ab',
		},
		{
			kind: 'ids',
			name: 'member',
			displayName: 'Member',
			collection: 'members',
			field: 'userId',
			allowMe: true,
			description: `Only projects this user is a member of: a user ID (GUID)${ME}; ${SEVERAL}`,
			placeholder: 'e.g. me',
		},
		tagFilter('projects'),
		nameContainsFilter('projects'),
		dateFilter('startDateFrom', 'Start Date From', 'startDate', 'ge', 'projects starting at or after this date and time'),
		dateFilter('startDateTo', 'Start Date To', 'startDate', 'le', 'projects starting at or before this date and time'),
		dateFilter('dueDateFrom', 'Due Date From', 'dueDate', 'ge', 'projects due at or after this date and time'),
		dateFilter('dueDateTo', 'Due Date To', 'dueDate', 'le', 'projects due at or before this date and time'),
		{
			kind: 'flag',
			name: 'archived',
			displayName: 'Archived',
			field: 'projectStatus/type',
			equals: 'closed',
			description: "Whether to return only archived projects, those with a status of type 'closed' (on), or only open ones (off)",
		},
	],
};
export * from './timeEntryV2';
