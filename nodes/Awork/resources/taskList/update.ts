/** PUT …/tasklists/{taskListId} keeping what is not changed; order is not in that form, so a new order goes to `…/updateorder`. */
import type { IDataObject } from 'n8n-workflow';

import { fillPath, operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { mergeWithCurrent } from '../../shared/routing/mergeCurrent';
import { aworkRequest } from '../../shared/transport/request';
import type { FieldContext } from '../../shared/fields/field';
import { hiddenForConnectUsersField, listOrderField, projectAndTaskList } from './fields';

/** The properties of awork's task list PUT form. */
const TASK_LIST_FORM = ['name', 'isHiddenForConnectUsers'] as const;
const LIST_PATH = '/projects/{projectId}/tasklists/{taskListId}';

async function moveToOrder(context: FieldContext): Promise<IDataObject | void> {
	const order = context.values._order;
	if (order === undefined) return;
	const path = fillPath(LIST_PATH, context.values, new Set());
	await aworkRequest.call(context.fn, { method: 'POST', path: `${path}/updateorder`, body: { order: order as number }, itemIndex: context.itemIndex });
	// updateorder answers without a body; the list as it is now.
	return (await aworkRequest.call(context.fn, { method: 'GET', path, itemIndex: context.itemIndex })) as IDataObject;
}

export const update = operation({
	value: 'update',
	name: 'Update',
	action: 'Update a task list',
	description: 'Rename a task list or change its settings or order; fields you do not set keep their current value',
	method: 'PUT',
	path: LIST_PATH,
	fields: [
		...projectAndTaskList(),
		optional({
			name: 'updateFields',
			displayName: 'Update Fields',
			fields: [
				text({ name: 'name', displayName: 'Name', description: 'The new name of the task list' }),
				listOrderField('_order'),
				hiddenForConnectUsersField(),
			],
		}),
	],
	before: [mergeWithCurrent(LIST_PATH, TASK_LIST_FORM)],
	after: [moveToOrder],
});
