/** POST /tasks/{taskId}/setcustomfields: values typed by each field's definition, checked before sending. */
import { operation } from '../../shared/descriptions/operation';
import { customFieldsBody, customFieldValues } from '../../shared/fields/customFields';
import { customFieldValuesJson } from '../../shared/fields/customFieldsJson';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const setCustomFields = operation({
	value: 'setCustomFields',
	name: 'Set Custom Fields',
	action: 'Set custom fields of a task',
	description: 'Set or clear values of task custom fields; custom fields not listed keep their values',
	method: 'POST',
	path: '/tasks/{taskId}/setcustomfields',
	fields: [
		locator('task', { description: 'The task: pick it from the list, paste its link from awork, or enter its ID (GUID)' }),
		customFieldValues({ entity: 'task' }),
		customFieldValuesJson({ entity: 'task', requireAny: true }),
	],
	body: customFieldsBody(),
	output: [successOutput(['taskId', 'customFields'])],
});
