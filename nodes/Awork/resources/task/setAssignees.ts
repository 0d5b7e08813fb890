/** POST /tasks/{taskId}/setassignees: the given users become the task's assignees, replacing the current ones. */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import { readParameter, type Field, type FieldContext } from '../../shared/fields/field';
import { isGuid } from '../../shared/fields/guid';
import { inputError } from '../../shared/fields/inputError';
import { toList } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';
import { aworkRequest } from '../../shared/transport/request';

const ME = 'me';
const EXPECTED = "user IDs (GUIDs) separated by commas or as an array, or 'me'";

/** User IDs, where `me` stands for the connected user (resolved once all fields are checked). */
const assigneesField: Field = {
	property: {
		displayName: 'Assignee IDs',
		name: 'assignees',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. me, 5e8f1c2a-…',
		description:
			"The users to assign: their IDs (GUIDs) separated by commas or as an array; 'me' is the user the credential connects as. They replace all current assignees.",
	},
	apply(context, path) {
		const raw = readParameter(context, path);
		const list = toList(raw).map((entry) => (entry.toLowerCase() === ME ? ME : entry));
		if (!list.length) throw inputError(context.node, context.itemIndex, 'Assignee IDs', EXPECTED, raw);
		const bad = list.find((entry) => entry !== ME && !isGuid(entry));
		if (bad !== undefined) throw inputError(context.node, context.itemIndex, 'Assignee IDs', EXPECTED, bad);
		context.values._assignees = list.map((entry) => entry.toLowerCase());
	},
};

/** Replaces `me` by the connected user's ID and sends the IDs as awork's plain array. */
async function resolveMe(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	const wanted = context.values._assignees as string[];
	let myId: string | undefined;
	if (wanted.includes(ME)) {
		const me = (await aworkRequest.call(context.fn, { method: 'GET', path: '/me', itemIndex: context.itemIndex })) as IDataObject;
		myId = String(me.id).toLowerCase();
	}
	const userIds = [...new Set(wanted.map((entry) => (entry === ME ? myId! : entry)))];
	context.values.userIds = userIds;
	request.body = userIds;
}

export const setAssignees = operation({
	value: 'setAssignees',
	name: 'Set Assignees',
	action: 'Set the assignees of a task',
	description: 'Assign users to a task. This replaces the current assignees: users not listed are unassigned.',
	method: 'POST',
	path: '/tasks/{taskId}/setassignees',
	fields: [
		locator('task', { description: 'The task: pick it from the list, paste its link from awork, or enter its ID (GUID)' }),
		assigneesField,
	],
	before: [resolveMe],
	output: [successOutput(['taskId', 'userIds'])],
});
