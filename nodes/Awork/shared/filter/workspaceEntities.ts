/**
 * The list entities of time tracking and the workspace: time entries, companies, users, absences,
 * teams, project templates, project types, types of work and files. (awork's custom field
 * definition lists take no `filterby`, `orderby` or paging, so there is no entity for them.)
 */
import { dateFilter, dynamicFilter, ME, nameContainsFilter, SEVERAL, tagFilter, type ListQueryEntity } from './entity';
import type { FieldSpec, ListEndpoint } from './fieldSpec';
import type { TypedFilter } from './typedFilters';
import * as generated from './generated/fields';

const GUID_PLACEHOLDER = 'e.g. 1b3f4c5d-0000-4a5b-8c9d-0123456789ab';

function idsFilter(name: string, displayName: string, field: string, what: string): TypedFilter {
	return { kind: 'ids', name, displayName, field, description: `Only ${what}: an ID (GUID); ${SEVERAL}`, placeholder: GUID_PLACEHOLDER };
}

function userFilter(name: string, displayName: string, field: string, what: string): TypedFilter {
	return {
		kind: 'ids',
		name,
		displayName,
		field,
		allowMe: true,
		description: `Only ${what}: a user ID (GUID)${ME}; ${SEVERAL}`,
		placeholder: 'e.g. me',
	};
}

function booleanFilter(name: string, displayName: string, field: string, on: string, off: string): TypedFilter {
	return { kind: 'boolean', name, displayName, field, description: `Whether to return only ${on} (on) or only ${off} (off)` };
}

function containsFilter(name: string, displayName: string, field: string, what: string, placeholder: string): TypedFilter {
	return { kind: 'contains', name, displayName, field, description: `Only ${what} contains this text (case as awork compares it)`, placeholder };
}

/** An entity whose only typed filters are name contains (and `extra`), sorted by name and dates. */
function namedEntity(
	name: string,
	plural: string,
	fields: readonly FieldSpec[],
	endpoints: readonly ListEndpoint[],
	extra: TypedFilter[] = [],
	extraSort: string[] = [],
): ListQueryEntity {
	return {
		name,
		plural,
		filterable: true,
		sortable: true,
		fields,
		endpoints,
		sortFields: ['name', 'createdOn', 'updatedOn', ...extraSort],
		typedFilters: [nameContainsFilter(plural), ...extra],
	};
}

export const timeEntryEntity: ListQueryEntity = {
	name: 'time entry',
	plural: 'time entries',
	filterable: true,
	sortable: true,
	fields: generated.timeEntryFields,
	endpoints: generated.timeEntryEndpoints,
	sortFields: ['startDateUtc', 'startDateLocal', 'endDateUtc', 'duration', 'createdOn', 'updatedOn', 'isBillable', 'isBilled']
		.concat(['project/name', 'task/name', 'user/firstName', 'user/lastName', 'typeOfWork/name']),
	typedFilters: [
		idsFilter('project', 'Project', 'projectId', 'time entries on this project (project ID)'),
		idsFilter('task', 'Task', 'taskId', 'time entries on this task (task ID)'),
		userFilter('user', 'User', 'userId', 'time entries of this user'),
		dateFilter('startedFrom', 'Started From', 'startDateUtc', 'ge', 'time entries started at or after this date and time'),
		dateFilter('startedBefore', 'Started Before', 'startDateUtc', 'lt', 'time entries started before this date and time'),
		booleanFilter('billable', 'Billable', 'isBillable', 'billable time entries', 'non-billable ones'),
		booleanFilter('billed', 'Billed', 'isBilled', 'time entries already billed', 'ones not billed yet'),
		dynamicFilter('typeOfWork', 'Type of Work Names or IDs', 'typeOfWorkId', 'getTypesOfWork', 'time entries with one of these types of work'),
		containsFilter('noteContains', 'Note Contains', 'note', 'time entries whose note', 'e.g. sitemap'),
	],
};

export const companyEntity: ListQueryEntity = {
	name: 'company',
	plural: 'companies',
	filterable: true,
	sortable: true,
	fields: generated.companyFields,
	endpoints: generated.companyEndpoints,
	sortFields: ['name', 'industry', 'createdOn', 'updatedOn', 'projectsCount', 'projectsInProgressCount'],
	typedFilters: [
		nameContainsFilter('companies'),
		tagFilter('companies'),
		{
			kind: 'names',
			name: 'industry',
			displayName: 'Industry',
			field: 'industry',
			description: `Only companies of this industry (the exact industry text); ${SEVERAL}`,
			placeholder: 'e.g. Brand Agency',
		},
		dateFilter('createdSince', 'Created Since', 'createdOn', 'ge', 'companies created at or after this date and time'),
	],
};

export const contactInfoEntity: ListQueryEntity = {
	name: 'contact info',
	plural: 'contact infos',
	filterable: true,
	sortable: true,
	fields: generated.contactInfoFields,
	endpoints: generated.contactInfoEndpoints,
	sortFields: ['type', 'label', 'value', 'createdOn', 'updatedOn'],
	typedFilters: [
		{
			kind: 'choice',
			name: 'type',
			displayName: 'Type',
			field: 'type',
			description: 'Only contact infos of this type',
			choices: [
				{ name: 'Address', value: 'address', description: 'Postal addresses' },
				{ name: 'Custom', value: 'custom', description: 'Entries with their own label' },
				{ name: 'Email', value: 'email', description: 'E-mail addresses' },
				{ name: 'Phone', value: 'phone', description: 'Phone numbers' },
				{ name: 'Website', value: 'url', description: 'Web addresses' },
			],
		},
		containsFilter('valueContains', 'Value Contains', 'value', 'contact infos whose value', 'e.g. @acme.com'),
	],
};

export const userEntity: ListQueryEntity = {
	name: 'user',
	plural: 'users',
	filterable: true,
	sortable: true,
	fields: generated.userFields,
	endpoints: generated.userEndpoints,
	sortFields: ['firstName', 'lastName', 'position', 'createdOn', 'updatedOn', 'isArchived', 'isDeactivated'],
	typedFilters: [
		{
			kind: 'containsAny',
			name: 'nameContains',
			displayName: 'Name Contains',
			fields: ['firstName', 'lastName'],
			description: 'Only users whose first name or last name contains this text (one word: the text is not split into first and last name)',
			placeholder: 'e.g. Carla',
		},
		{
			kind: 'contains',
			name: 'emailContains',
			displayName: 'Email Contains',
			collection: 'userContactInfos',
			field: 'value',
			where: { field: 'type', equals: 'email' },
			description: "Only users with an email address (contact info of type 'email') containing this text",
			placeholder: 'e.g. @example.com',
		},
		containsFilter('positionContains', 'Position Contains', 'position', 'users whose position', 'e.g. designer'),
		dynamicFilter('team', 'Team Names or IDs', 'id', 'getTeams', 'users in one of these teams', { collection: 'teams' }),
		tagFilter('users'),
		booleanFilter('archived', 'Archived', 'isArchived', 'archived users', 'users who are not archived'),
		booleanFilter('deactivated', 'Deactivated', 'isDeactivated', 'deactivated users', 'active ones'),
	],
};

export const absenceEntity: ListQueryEntity = {
	name: 'absence',
	plural: 'absences',
	filterable: true,
	sortable: true,
	fields: generated.absenceFields,
	endpoints: generated.absenceEndpoints,
	sortFields: ['startOn', 'endOn', 'createdOn', 'updatedOn', 'userId'],
	typedFilters: [
		userFilter('user', 'User', 'userId', 'absences of this user'),
		dateFilter('endsOnOrAfter', 'Ends On or After', 'endOn', 'ge', 'absences ending at or after this date and time; with Starts Before, the absences overlapping a period'),
		dateFilter('startsBefore', 'Starts Before', 'startOn', 'lt', 'absences starting before this date and time; with Ends On or After, the absences overlapping a period'),
		containsFilter('reasonContains', 'Reason Contains', 'description', 'absences whose reason (description)', 'e.g. vacation'),
	],
};

export const teamEntity = namedEntity('team', 'teams', generated.teamFields, generated.teamEndpoints);

export const projectTemplateEntity = namedEntity(
	'project template',
	'project templates',
	generated.projectTemplateFields,
	generated.projectTemplateEndpoints,
	[
		dynamicFilter('projectType', 'Project Type Names or IDs', 'projectTypeId', 'getProjectTypes', 'project templates of one of these project types'),
		dynamicFilter('workflow', 'Workflow Names or IDs', 'workflowId', 'getWorkflows', 'project templates linked to one of these workflows'),
	],
	['timeBudget'],
);

const archivedFilter = (plural: string) => booleanFilter('archived', 'Archived', 'isArchived', `archived ${plural}`, 'ones not archived');

export const projectTypeEntity = namedEntity('project type', 'project types', generated.projectTypeFields, generated.projectTypeEndpoints, [
	archivedFilter('project types'),
]);

/** `/typeofwork` takes filterby and orderby; `/projects/{projectId}/typeofwork` takes neither (pass `{ filter: false, sort: false }`). */
export const typeOfWorkEntity = namedEntity('type of work', 'types of work', generated.typeOfWorkFields, generated.typeOfWorkEndpoints, [
	archivedFilter('types of work'),
]);

export const fileEntity: ListQueryEntity = {
	name: 'file',
	plural: 'files',
	filterable: true,
	sortable: true,
	fields: generated.fileFields,
	endpoints: generated.fileEndpoints,
	sortFields: ['name', 'fileName', 'mimeType', 'createdOn', 'updatedOn'],
	typedFilters: [
		nameContainsFilter('files'),
		containsFilter('fileNameContains', 'File Name Contains', 'fileName', 'files whose file name (with extension)', 'e.g. .pdf'),
		containsFilter('mimeTypeContains', 'MIME Type Contains', 'mimeType', 'files whose MIME type', 'e.g. image/'),
		userFilter('uploadedBy', 'Uploaded By', 'createdBy', 'files uploaded by this user'),
		dateFilter('createdSince', 'Created Since', 'createdOn', 'ge', 'files uploaded at or after this date and time'),
	],
};
