/** POST /projects/{id}/changestatus to a status of type closed: awork's way to archive a project. */
import { NodeOperationError, type IDataObject, type IHttpRequestOptions } from 'n8n-workflow';

import { fillPath, operation } from '../../shared/descriptions/operation';
import type { FieldContext } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { inputError } from '../../shared/fields/inputError';
import { choice } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';
import { aworkRequest } from '../../shared/transport/request';

/**
 * The statuses valid for this project, its own or shared through its workflow (docs/changelog.md:
 * filtering `/projectstatuses` by project misses the workflow's), in awork's order.
 */
export async function statusesOfProject(context: FieldContext): Promise<IDataObject[]> {
	const answer = await aworkRequest.call(context.fn, {
		method: 'GET',
		path: fillPath('/projects/{projectId}/projectstatuses', context.values, new Set()),
		qs: { page: 1, pageSize: 1000 },
		itemIndex: context.itemIndex,
	});
	const statuses = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	return statuses.sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0));
}

/** Picks the chosen closed status, or the project's first one, and makes it the request body. */
async function pickClosedStatus(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	const closed = (await statusesOfProject(context)).filter((status) => status.type === 'closed');
	const chosenId = context.values._closedStatusId as string | undefined;
	const status = chosenId ? closed.find((s) => String(s.id).toLowerCase() === chosenId.toLowerCase()) : closed[0];
	if (!status) {
		if (chosenId) {
			const names = closed.map((s) => `'${String(s.name)}' (${String(s.id)})`).join(', ');
			throw inputError(
				context.node,
				context.itemIndex,
				'Closed Status Name or ID',
				closed.length ? `one of the project's closed statuses: ${names}` : 'a closed status of the project, but it has none',
				chosenId,
			);
		}
		throw new NodeOperationError(context.node, `The project ${String(context.values.projectId)} has no status of type 'closed', so it cannot be closed`, {
			itemIndex: context.itemIndex,
			description: "Add a status of type 'closed' to the project (or to its workflow) in awork, or use Change Status. Nothing was changed.",
		});
	}
	context.values.projectStatusId = status.id as string;
	context.values.projectStatusName = status.name as string;
	request.body = { projectStatusId: status.id };
}

export const close = operation({
	value: 'close',
	name: 'Close',
	action: 'Close (archive) a project',
	description:
		"Close a project: move it to a status of type 'closed', which is how awork archives a project. It keeps its tasks and time entries for reporting and can be reopened with Change Status. To remove a project for good, use Delete.",
	method: 'POST',
	path: '/projects/{projectId}/changestatus',
	fields: [
		locator('project'),
		choice({
			name: 'closedStatus',
			displayName: 'Closed Status Name or ID',
			description: "Which of the project's statuses of type 'closed' to use; empty picks the first one.",
			loadOptionsMethod: 'getProjectStatuses',
			dependsOn: ['project.value'],
			expected: "a project status ID (GUID) of type 'closed'",
			validate: isGuid,
			to: '_closedStatusId',
		}),
	],
	before: [pickClosedStatus],
	output: [successOutput(['projectId', 'projectStatusId', 'projectStatusName'])],
});
