/** The smaller list entities: task lists, comments, checklist items, project and task statuses. */
import { dateFilter, ME, nameContainsFilter, PROJECT_STATUS_TYPES, SEVERAL, TASK_STATUS_TYPES, type ListQueryEntity } from './entity';
import type { FieldSpec, ListEndpoint } from './fieldSpec';
import * as generated from './generated/fields';

export const taskListEntity: ListQueryEntity = {
	name: 'task list',
	plural: 'task lists',
	filterable: true,
	sortable: true,
	fields: generated.taskListFields,
	endpoints: generated.taskListEndpoints,
	sortFields: ['name', 'order', 'createdOn', 'updatedOn'],
	typedFilters: [nameContainsFilter('task lists')],
};

export const commentEntity: ListQueryEntity = {
	name: 'comment',
	plural: 'comments',
	filterable: true,
	sortable: true,
	fields: generated.commentFields,
	endpoints: generated.commentEndpoints,
	sortFields: ['createdOn', 'updatedOn'],
	typedFilters: [
		{
			kind: 'contains',
			name: 'messageContains',
			displayName: 'Message Contains',
			field: 'message',
			description: 'Only comments whose message contains this text',
			placeholder: 'e.g. feedback',
		},
		{
			kind: 'ids',
			name: 'author',
			displayName: 'Author',
			field: 'userId',
			allowMe: true,
			description: `Only comments written by this user: a user ID (GUID)${ME}; ${SEVERAL}`,
			placeholder: 'e.g. me',
		},
		dateFilter('createdAfter', 'Created After', 'createdOn', 'gt', 'comments written after this date and time'),
		dateFilter('createdBefore', 'Created Before', 'createdOn', 'lt', 'comments written before this date and time'),
	],
};

/** awork's checklist item lists take no `filterby`, `orderby` or paging: nothing to offer. */
export const checklistItemEntity: ListQueryEntity = {
	name: 'checklist item',
	plural: 'checklist items',
	filterable: false,
	sortable: false,
	fields: generated.checklistItemFields,
	endpoints: generated.checklistItemEndpoints,
	sortFields: [],
	typedFilters: [],
};

function statusEntity(
	name: string,
	types: typeof TASK_STATUS_TYPES,
	fields: readonly FieldSpec[],
	endpoints: readonly ListEndpoint[],
): ListQueryEntity {
	return {
		name,
		plural: `${name}es`,
		filterable: true,
		sortable: true,
		fields,
		endpoints,
		sortFields: ['name', 'order', 'type', 'createdOn', 'updatedOn'],
		typedFilters: [
			nameContainsFilter(`${name}es`),
			{
				kind: 'choice',
				name: 'type',
				displayName: 'Type',
				field: 'type',
				choices: types,
				description: `Only ${name}es of one of these general types`,
			},
		],
	};
}

export const projectStatusEntity = statusEntity(
	'project status',
	PROJECT_STATUS_TYPES,
	generated.projectStatusFields,
	generated.projectStatusEndpoints,
);
export const taskStatusEntity = statusEntity('task status', TASK_STATUS_TYPES, generated.taskStatusFields, generated.taskStatusEndpoints);
