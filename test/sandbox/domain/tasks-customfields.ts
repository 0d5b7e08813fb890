/**
 * Custom field values on tasks. Each definition type takes exactly one value property; a form
 * without a value clears the field.
 */
import { invalidOperation, notFound, validationFailed } from '../http/errors';
import type { Store } from '../store';
import type { HandlerTable } from '../types';
import { requireVisibleTask } from './tasks-core';
import { bodyArray, customFieldDefinitionsOf, requireWritableProject, touch, usersOf } from './tasks-shared';
import { renderTask } from './tasks-view';
import { emit } from './shared/changes';
import { noContent } from './shared/respond';

/** Which value property each definition type reads. */
const VALUE_PROPERTY: Record<string, string> = {
	text: 'textValue',
	link: 'textValue',
	number: 'numberValue',
	date: 'dateValue',
	datetime: 'dateValue',
	select: 'selectionOptionIdValue',
	coloredSelect: 'selectionOptionIdValue',
	boolean: 'booleanValue',
	user: 'userIdValue',
	client: 'clientIdValue',
};
const ALL_VALUE_PROPERTIES = [...new Set(Object.values(VALUE_PROPERTY))];

/** Checks a referenced value exists; returns the selection option to embed for select types. */
function checkReference(store: Store, definition: Record<string, any>, property: string, value: any) {
	if (property === 'userIdValue') usersOf(store).require(value);
	if (property === 'clientIdValue') store.collection('companies', 'company').require(value);
	if (property !== 'selectionOptionIdValue') return undefined;
	const options: Array<Record<string, any>> | undefined = definition.selectionOptions ?? definition._selectionOptions;
	if (!options) return undefined;
	const option = options.find((o) => String(o.id).toLowerCase() === String(value).toLowerCase());
	if (!option) throw notFound('custom field selection option', value);
	return option;
}

export const taskCustomFieldHandlers: HandlerTable = {
	'POST /tasks/{taskId}/setcustomfields': (req, ctx) => {
		const task = requireVisibleTask(ctx.store, req.params.taskId, req.userId);
		if (task.projectId) requireWritableProject(ctx.store, task.projectId);
		const before = structuredClone(task.customFields);
		for (const form of bodyArray<Record<string, any>>(req)) {
			const definition = customFieldDefinitionsOf(ctx.store).require(form.customFieldDefinitionId);
			if (definition.entity && definition.entity !== 'task') {
				throw invalidOperation(`The custom field definition '${definition.id}' is not for tasks.`);
			}
			const property = VALUE_PROPERTY[definition.type];
			const misplaced = ALL_VALUE_PROPERTIES.filter((p) => p !== property && form[p] != null);
			if (misplaced.length > 0) {
				throw validationFailed(misplaced.map((p) => ({ property: p.charAt(0).toUpperCase() + p.slice(1), message: `A '${definition.type}' custom field takes '${property}' only.` })));
			}
			task.customFields = task.customFields.filter((f) => f.customFieldDefinitionId !== definition.id);
			const value = form[property];
			if (value == null) continue;
			const option = checkReference(ctx.store, definition, property, value);
			task.customFields.push({
				customFieldDefinitionId: definition.id,
				[property]: typeof value === 'string' && property.endsWith('IdValue') ? value.toLowerCase() : value,
				...(option ? { selectionOption: { id: option.id, value: option.value, color: option.color ?? null, order: option.order ?? 0 } } : {}),
			});
		}
		touch(ctx.store, task, req.userId);
		emit(ctx, req, 'task_updated', 'task', renderTask(ctx.store, task), [{ property: 'CustomFields', old: before, new: task.customFields }]);
		return noContent();
	},
};
