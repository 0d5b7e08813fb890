/** The task statuses of a project, a workflow, a project template or the private tasks. */
import { operation } from '../../shared/descriptions/operation';
import { taskStatusEntity } from '../../shared/filter';
import { locator } from '../../shared/locators/locator';
import { orderAndLimitUnpaged, orderAndPaging, scopedListQuery, scopeFields, workflowOwner, type StatusScope } from './scope';

// awork has no workspace-wide list of task statuses: every task status belongs to one of these.
const SCOPES: StatusScope[] = [
	{
		value: 'project',
		name: 'Project',
		description: 'The statuses the project’s tasks can have, its own or those shared by its workflow (the recommended scope)',
		path: '/projects/{projectId}/taskstatuses',
		owner: locator('project', { description: 'The project whose task statuses to list: pick it, paste its awork link, or enter its ID (GUID)' }),
	},
	{
		value: 'workflow',
		name: 'Workflow',
		description: 'The task statuses a workflow shares with every project linked to it',
		path: '/workflows/{workflowId}/taskstatuses',
		owner: workflowOwner(),
	},
	{
		value: 'projectTemplate',
		name: 'Project Template',
		description: 'The task statuses of a project template, its own or those of its workflow',
		path: '/projecttemplates/{projectTemplateId}/taskstatuses',
		owner: locator('projectTemplate', { description: 'The project template whose task statuses to list: pick it, paste its awork link, or enter its ID (GUID)' }),
	},
	{
		value: 'privateTasks',
		name: 'My Private Tasks',
		description: 'The statuses of the private tasks (tasks without project) of the user the credentials act as',
		path: '/me/privatetasks/taskstatuses',
	},
];

export const getManyTaskStatuses = operation({
	value: 'getManyTaskStatuses',
	name: 'Get Many Task Statuses',
	action: 'Get many task statuses',
	description:
		'List task statuses in their order. Projects on the same workflow share its task statuses: the same IDs in each project, with a workflowId and no projectId. Do not key statuses from several projects by ID alone.',
	method: 'GET',
	path: '/projects/{projectId}/taskstatuses',
	paged: true,
	fields: [
		...scopeFields(SCOPES, 'project', 'Whose task statuses to list. Project gives exactly the statuses a task of that project can have, whether its own or shared by its workflow.'),
		...scopedListQuery(taskStatusEntity, SCOPES),
	],
	before: [orderAndPaging(SCOPES)],
	output: [orderAndLimitUnpaged(SCOPES)],
});
