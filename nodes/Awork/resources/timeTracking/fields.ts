/**
 * What the timer operations share: whose timer (the credentials' user through `/me/…`, or another
 * user through `/users/{id}/…`, both on awork's API v2) and the output, which also says when no
 * timer was running (awork then answers without a body).
 */
import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { fillPath } from '../../shared/descriptions/operation';
import type { Field } from '../../shared/fields/field';
import { locator } from '../../shared/locators/locator';
import { itemState } from '../../shared/routing/itemState';
import { isRunning, simplifyTimeEntry } from '../timeEntry/fields';

/**
 * The user whose timer it is; empty: the user the credentials act as. `userPath` (with
 * `{_userId}`) replaces the operation's `/me/…` path when a user is chosen.
 */
export function timerUserField(userPath: string): Field {
	const field = locator('user', {
		required: false,
		displayName: 'User',
		to: '_userId',
		description:
			'Whose timer: pick the user, paste their awork profile link, or enter their user ID (GUID); empty means the user the credentials act as',
	});
	return {
		property: field.property,
		apply(context, path) {
			field.apply?.(context, path);
			if (context.values._userId !== undefined) context.path = fillPath(userPath, context.values, new Set());
		},
	};
}

function isEmptyBody(body: unknown): boolean {
	return (
		body === undefined ||
		body === null ||
		body === '' ||
		(typeof body === 'object' && !Array.isArray(body) && Object.keys(body as object).length === 0)
	);
}

/**
 * The entry awork answered (simplified unless switched off), or — when it answered without one —
 * `empty` and the user asked about. `only` drops an entry that does not qualify (e.g. not running).
 */
export function timerOutput(empty: IDataObject, only?: (entry: IDataObject) => boolean): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const userId = itemState(this).values._userId;
		const nothing = [{ json: { ...empty, ...(userId ? { userId } : {}) } }];
		if (isEmptyBody(response.body)) return nothing;
		if (only && !items.every((item) => only(item.json))) return nothing;
		if (!(this.getNodeParameter('simplify', true) as boolean)) return items;
		return items.map((item) => ({
			...item,
			json: simplifyTimeEntry(item.json),
		}));
	};
}

export { isRunning };
