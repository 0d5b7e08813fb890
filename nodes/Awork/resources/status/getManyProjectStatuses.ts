/** The project statuses of a project, a workflow, a project template or the whole workspace. */
import { operation } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { projectStatusEntity } from '../../shared/filter';
import { locator } from '../../shared/locators/locator';
import { forScope, orderAndLimitUnpaged, orderAndPaging, scopedListQuery, scopeFields, workflowOwner, type StatusScope } from './scope';

const SCOPES: StatusScope[] = [
	{
		value: 'project',
		name: 'Project',
		description: 'The statuses a project can be in, its own or those shared by its workflow (the recommended scope)',
		path: '/projects/{projectId}/projectstatuses',
		owner: locator('project', { description: 'The project whose statuses to list: pick it, paste its awork link, or enter its ID (GUID)' }),
	},
	{
		value: 'workflow',
		name: 'Workflow',
		description: 'The statuses a workflow shares with every project linked to it',
		path: '/workflows/{workflowId}/projectstatuses',
		owner: workflowOwner(),
	},
	{
		value: 'projectTemplate',
		name: 'Project Template',
		description: 'The statuses of a project template, its own or those of its workflow',
		path: '/projecttemplates/{projectTemplateId}/projectstatuses',
		owner: locator('projectTemplate', { description: 'The project template whose statuses to list: pick it, paste its awork link, or enter its ID (GUID)' }),
		paged: false,
	},
	{
		value: 'workspace',
		name: 'Whole Workspace',
		description: 'Every project status of every project, template and workflow; the same name appears once per owner',
		path: '/projectstatuses',
	},
];

export const getManyProjectStatuses = operation({
	value: 'getManyProjectStatuses',
	name: 'Get Many Project Statuses',
	action: 'Get many project statuses',
	description:
		'List project statuses in their order. A project linked to a workflow uses the workflow’s shared statuses (they carry a workflowId and no projectId), so list them by Project rather than filtering the workspace by projectId.',
	method: 'GET',
	path: '/projects/{projectId}/projectstatuses',
	paged: true,
	fields: [
		...scopeFields(SCOPES, 'project', 'Whose project statuses to list. Project gives exactly the statuses a project can move to, whether its own or shared by its workflow.'),
		forScope(
			'workspace',
			boolean({ name: 'showArchived', displayName: 'Include Archived', description: 'Whether to include archived project statuses, which projects may still have but cannot be moved to' }),
		),
		...scopedListQuery(projectStatusEntity, SCOPES),
	],
	query: ['showArchived'],
	before: [orderAndPaging(SCOPES)],
	output: [orderAndLimitUnpaged(SCOPES)],
});
