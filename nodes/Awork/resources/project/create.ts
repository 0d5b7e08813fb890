import { operation } from '../../shared/descriptions/operation';
import { optional } from '../../shared/fields/structured';
import { choice, text } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { isGuidText, projectDetailFields } from './fields';

/** POST /projects: from scratch, from a project template, or linked to a workflow. */
export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create a project',
	description: 'Create a project, optionally from a project template',
	method: 'POST',
	path: '/projects',
	fields: [
		text({ name: 'name', displayName: 'Name', description: 'The name of the new project', required: true }),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				...projectDetailFields(),
				locator('projectTemplate', {
					required: false,
					displayName: 'Project Template',
					description: 'Create the project from this template (its task lists, tasks, statuses and automations)',
				}),
				choice({
					name: 'projectStatusId',
					displayName: 'Project Status Name or ID',
					description: 'The status the project starts in.',
					loadOptionsMethod: 'getProjectStatuses',
					dependsOn: ['additionalFields.projectTemplate.value'],
					expected: 'a project status ID (GUID) from the list',
					validate: isGuidText,
				}),
				choice({
					name: 'workflowId',
					displayName: 'Workflow Name or ID',
					description: 'Link the project to this workflow so it shares its project and task statuses.',
					loadOptionsMethod: 'getWorkflows',
					expected: 'a workflow ID (GUID) from the list',
					validate: isGuidText,
				}),
				text({ name: 'projectKey', displayName: 'Project Key', description: 'A short key for the project, e.g. WEB (upper-case letters, digits, dashes)' }),
			],
		}),
	],
});
