/** POST /projects: from scratch, from a project template, or linked to a workflow; then its tags and custom fields. */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { customFieldValues, setCustomFieldsStep } from '../../shared/fields/customFields';
import type { FieldContext } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { optional } from '../../shared/fields/structured';
import { choice, text } from '../../shared/fields/scalars';
import { addTagsStep, followUpError, tagNames } from '../../shared/fields/tags';
import { locator } from '../../shared/locators/locator';
import { aworkRequest } from '../../shared/transport/request';
import { projectDetailFields } from './fields';

/** After tags or custom fields were applied, the project as awork now has it. */
async function rereadIfChanged(context: FieldContext, project: IDataObject): Promise<IDataObject | void> {
	const tags = context.values._tags as string[] | undefined;
	const customFields = context.values._customFields as IDataObject[] | undefined;
	if (!tags?.length && !customFields?.length) return;
	try {
		return (await aworkRequest.call(context.fn, {
			method: 'GET',
			path: `/projects/${encodeURIComponent(String(project.id))}`,
			itemIndex: context.itemIndex,
		})) as IDataObject;
	} catch (error) {
		throw followUpError(context, 'project', project, 'reading it back', error);
	}
}

export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create a project',
	description: 'Create a project, optionally from a project template',
	method: 'POST',
	path: '/projects',
	findCreated: { list: '/projects', match: ['name'] },
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
					validate: isGuid,
				}),
				choice({
					name: 'workflowId',
					displayName: 'Workflow Name or ID',
					description: 'Link the project to this workflow so it shares its project and task statuses.',
					loadOptionsMethod: 'getWorkflows',
					expected: 'a workflow ID (GUID) from the list',
					validate: isGuid,
				}),
				text({ name: 'projectKey', displayName: 'Project Key', description: 'A short key for the project, e.g. WEB (upper-case letters, digits, dashes)' }),
				tagNames({ entity: 'project', to: '_tags' }),
				customFieldValues({
					entity: 'project',
					to: '_customFields',
					description:
						"Values of project custom fields, set right after the project is created (checked before it is created). The fields must be available on the project, e.g. through its template. Each value is text in the field's format: number (12.5), date (2024-05-31), date-time (ISO 8601), true/false, a selection option's name or ID, a user or client ID.",
				}),
			],
		}),
	],
	after: [
		addTagsStep({ path: '/projects/{id}', entity: 'project' }),
		setCustomFieldsStep({ path: '/projects/{id}', entity: 'project' }),
		rereadIfChanged,
	],
});
