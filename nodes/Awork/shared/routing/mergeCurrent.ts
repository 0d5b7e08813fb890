/**
 * awork's PUT replaces the whole entity (its form requires e.g. `name`), but people updating a
 * project want to change only the fields they set. So Update reads the entity first and sends its
 * current values for every form field the user left alone.
 */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import type { FieldContext } from '../fields/field';
import { fillPath } from '../descriptions/operation';
import { aworkRequest } from '../transport/request';

/** Values of the current entity for a form's properties (nested references become their IDs). */
export function formValues(current: IDataObject, formKeys: readonly string[]): IDataObject {
	const values: IDataObject = {};
	for (const key of formKeys) {
		if (current[key] !== undefined && current[key] !== null) values[key] = current[key];
	}
	return values;
}

export function mergeWithCurrent(getPath: string, formKeys: readonly string[], derive?: (current: IDataObject) => IDataObject) {
	return async (context: FieldContext, request: IHttpRequestOptions): Promise<void> => {
		const current = (await aworkRequest.call(context.fn, {
			method: 'GET',
			path: fillPath(getPath, context.values, new Set()),
			itemIndex: context.itemIndex,
		})) as IDataObject;
		const base = { ...formValues(current, formKeys), ...(derive ? derive(current) : {}) };
		request.body = { ...base, ...(request.body as IDataObject) };
	};
}
