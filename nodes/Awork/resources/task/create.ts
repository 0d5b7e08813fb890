/**
 * POST /tasks: a project task or a private task, optionally a subtask and on task lists. awork
 * sets assignees, tags and custom fields only through their own endpoints, so they follow as
 * steps after creation and the task is read again so the output shows them.
 */
import type { IDataObject } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { shownWhen } from '../../shared/fields/conditional';
import { customFieldValues, setCustomFieldsStep } from '../../shared/fields/customFields';
import type { Field, FieldContext } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { choice, text } from '../../shared/fields/scalars';
import { ids, optional } from '../../shared/fields/structured';
import { addTagsStep, followUpError, tagNames } from '../../shared/fields/tags';
import { locator } from '../../shared/locators/locator';
import { aworkRequest } from '../../shared/transport/request';
import { taskDetailFields } from './fields';

const PROJECT_TASK = 'projecttask';
const PRIVATE_TASK = 'private';

/** A list of IDs picked from a dropdown of awork entities (or given as IDs by expression). */
function pickMany(field: Field, loadOptionsMethod: string, dependsOn?: string[]): Field {
	return {
		...field,
		property: {
			...field.property,
			type: 'multiOptions',
			default: [],
			typeOptions: { loadOptionsMethod, ...(dependsOn ? { loadOptionsDependsOn: dependsOn } : {}) },
			description: `${field.property.description}. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		},
	};
}

/** Values only the steps after creation use; when one is set, the task is read again at the end. */
const FOLLOW_UP_VALUES = ['_assigneeIds', '_tags', '_customFields'];

/** Sets the new task's assignees (the task form has none). */
async function setAssignees(context: FieldContext, task: IDataObject): Promise<void> {
	const assigneeIds = context.values._assigneeIds as string[] | undefined;
	if (!assigneeIds?.length) return;
	try {
		await aworkRequest.call(context.fn, {
			method: 'POST',
			path: `/tasks/${encodeURIComponent(String(task.id))}/setassignees`,
			// The endpoint takes a plain array of user IDs.
			body: assigneeIds as unknown as IDataObject[],
			itemIndex: context.itemIndex,
		});
	} catch (error) {
		throw followUpError(context, 'task', task, 'setting its assignees', error);
	}
}

/** The task as awork now has it, when a step after creation changed it. */
async function rereadIfChanged(context: FieldContext, task: IDataObject): Promise<IDataObject | void> {
	if (!FOLLOW_UP_VALUES.some((name) => context.values[name] !== undefined)) return;
	return (await aworkRequest.call(context.fn, {
		method: 'GET',
		path: `/tasks/${encodeURIComponent(String(task.id))}`,
		itemIndex: context.itemIndex,
	})) as IDataObject;
}

export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create a task',
	description: 'Create a task in a project or a private task, optionally as a subtask, on task lists, with assignees, tags and custom field values',
	method: 'POST',
	path: '/tasks',
	findCreated: { list: '/me/allavailabletasks', entity: '/tasks/{id}', match: ['name', 'baseType', 'entityId'] },
	fields: [
		choice({
			name: 'taskType',
			to: 'baseType',
			displayName: 'Task Type',
			description: 'A project task belongs to a project; a private task belongs to one user and is visible to them (and its assignees) only',
			options: [
				{ name: 'Project Task', value: PROJECT_TASK, description: 'A task in a project' },
				{ name: 'Private Task', value: PRIVATE_TASK, description: 'A personal task of one user, outside any project' },
			],
			default: PROJECT_TASK,
			required: true,
		}),
		shownWhen(
			{ parameter: 'taskType', value: 'baseType', is: [PROJECT_TASK] },
			locator('project', {
				to: 'entityId',
				description: 'The project the task belongs to: pick it from the list, paste its link from awork, or enter its ID (GUID)',
			}),
		),
		shownWhen(
			{ parameter: 'taskType', value: 'baseType', is: [PRIVATE_TASK] },
			locator('user', {
				name: 'owner',
				displayName: 'Owner',
				to: 'entityId',
				required: false,
				description: 'Whose private task it is: pick the user, paste their awork link, or enter their ID (GUID). Empty: the user the credentials act as.',
			}),
		),
		text({ name: 'name', displayName: 'Name', description: 'The name of the new task (up to 1,000 characters)', required: true }),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				...taskDetailFields(),
				locator('task', {
					name: 'parentTask',
					displayName: 'Parent Task',
					to: 'parentId',
					required: false,
					description:
						'Create the task as a subtask of this task (same project, or same owner for private tasks; subtasks cannot have subtasks): pick it, paste its awork link, or enter its ID (GUID)',
				}),
				choice({
					name: 'taskStatusId',
					displayName: 'Status Name or ID',
					description: "The status the task starts in, one of the project's task statuses. Default: the project's first to-do status.",
					loadOptionsMethod: 'getTaskStatuses',
					dependsOn: ['project.value'],
					expected: 'a task status ID (GUID) from the list',
					validate: isGuid,
				}),
				choice({
					name: 'typeOfWorkId',
					displayName: 'Type of Work Name or ID',
					description: "The kind of work the task is (e.g. design, consulting). Default: the workspace's first type of work.",
					loadOptionsMethod: 'getTypesOfWork',
					expected: 'a type of work ID (GUID) from the list',
					validate: isGuid,
				}),
				pickMany(
					ids({
						name: 'taskListIds',
						displayName: 'Task List Names or IDs',
						to: 'lists',
						entity: 'task list',
						description: "Put the task on these task lists of the project (project tasks only; task list IDs as GUIDs)",
					}),
					'getTaskLists',
					['project.value'],
				),
				pickMany(
					ids({
						name: 'assigneeIds',
						displayName: 'Assignee Names or IDs',
						to: '_assigneeIds',
						entity: 'user',
						description: 'The users who work on the task (user IDs as GUIDs)',
					}),
					'getUsers',
				),
				tagNames({ entity: 'task', to: '_tags' }),
				customFieldValues({ entity: 'task', to: '_customFields' }),
			],
		}),
	],
	body: (values) => ({
		...values,
		...(Array.isArray(values.lists) ? { lists: (values.lists as string[]).map((id) => ({ id })) } : {}),
	}),
	after: [setAssignees, addTagsStep({ path: '/tasks/{id}', entity: 'task' }), setCustomFieldsStep({ path: '/tasks/{id}', entity: 'task' }), rereadIfChanged],
});
