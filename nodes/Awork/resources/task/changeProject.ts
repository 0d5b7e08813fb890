/**
 * POST /projects/{currentProjectId}/projecttasks/{taskId}/changeproject. awork wants the task's
 * CURRENT project in the path; people only know the target, so the task is read first (after all
 * fields are checked) to learn its project and status.
 */
import { NodeOperationError, type IDataObject, type IHttpRequestOptions } from 'n8n-workflow';

import { fillPath, operation } from '../../shared/descriptions/operation';
import type { FieldContext } from '../../shared/fields/field';
import { optional } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';
import { aworkRequest } from '../../shared/transport/request';
import { taskStatusChoice } from './changeStatus';

const CHANGE_PROJECT_PATH = '/projects/{previousProjectId}/projecttasks/{taskId}/changeproject';

/** Reads the task, points the request at its current project and maps its status when one was chosen. */
async function fromCurrentProject(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	const { values } = context;
	const task = (await aworkRequest.call(context.fn, {
		method: 'GET',
		path: fillPath('/tasks/{taskId}', values, new Set()),
		itemIndex: context.itemIndex,
	})) as IDataObject;
	if (!task.projectId) {
		throw new NodeOperationError(context.node, `The task on item ${context.itemIndex} is a private task: it has no project to move from`, {
			itemIndex: context.itemIndex,
			description: 'Only project tasks can change their project. Nothing was changed.',
		});
	}
	values.previousProjectId = String(task.projectId).toLowerCase();
	request.url = fillPath(CHANGE_PROJECT_PATH, values, new Set());
	const body = request.body as IDataObject;
	if (values.taskStatusId !== undefined && task.taskStatusId) {
		// The mapping is keyed by the old status: subtasks in the same status follow the task.
		body.taskStatusMapping = [{ oldStatusId: String(task.taskStatusId).toLowerCase(), newStatusId: values.taskStatusId }];
	}
}

export const changeProject = operation({
	value: 'changeProject',
	name: 'Change Project',
	action: 'Move a task to another project',
	description:
		'Move a project task, with its subtasks and tracked time, to another project. The task leaves its task lists (they belong to the old project); use Move to Lists afterwards to place it. It takes the status you choose, otherwise awork gives it a status of the target project.',
	method: 'POST',
	path: '/projects/{projectId}/projecttasks/{taskId}/changeproject',
	fields: [
		locator('task', {
			description:
				'The task to move: pick it from the list (choose it before the target project, as the list then shows that project’s tasks), paste its link from awork, or enter its ID (GUID)',
		}),
		locator('project', {
			displayName: 'Target Project',
			description: 'The project to move the task to: pick it, paste its awork link, or enter its ID (GUID)',
		}),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [
				taskStatusChoice({
					name: 'taskStatusId',
					displayName: 'Status in Target Project Name or ID',
					description: 'The task status of the target project the task gets (subtasks in the same status get it too).',
					expected: 'a task status ID (GUID) of the target project',
				}),
			],
		}),
	],
	// The target goes in the body; the path's project is the current one, filled in by `fromCurrentProject`.
	body: (_sent, { values }) => ({ projectId: values.projectId }),
	before: [fromCurrentProject],
	output: [successOutput(['taskId', 'projectId', 'previousProjectId', 'taskStatusId'])],
});
