/**
 * Business operations that awork answers with no body (add tags, change status, delete, …) give
 * one item `{ success: true, … }` naming what was involved, instead of an empty item.
 */
import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { itemState } from '../routing/itemState';

/** Whether awork answered without content (nothing, an empty text or buffer, `{}`). */
export function isEmptyBody(body: unknown): boolean {
	if (body === undefined || body === null || body === '') return true;
	if (Buffer.isBuffer(body)) return body.length === 0;
	return typeof body === 'object' && !Array.isArray(body) && Object.keys(body as object).length === 0;
}

/** `keys`: the values (IDs, names) to report; `always`: report even when awork sent a body. */
export function successOutput(keys: string[], { always = false } = {}): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) {
		if (!always && !isEmptyBody(response.body)) return items;
		const { values } = itemState(this);
		const json: IDataObject = { success: true };
		for (const key of keys) if (values[key] !== undefined) json[key] = values[key];
		return [{ json }];
	};
}
