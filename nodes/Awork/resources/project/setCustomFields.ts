/** POST /projects/{id}/setcustomfields: values typed as text, converted by each field's type. */
import { operation } from '../../shared/descriptions/operation';
import { customFieldsBody, customFieldValues } from '../../shared/fields/customFields';
import { customFieldValuesJson } from '../../shared/fields/customFieldsJson';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const setCustomFields = operation({
	value: 'setCustomFields',
	name: 'Set Custom Fields',
	action: 'Set custom fields of a project',
	description:
		'Set the values of project custom fields; fields not listed keep their values. The fields must be available on the project in awork (added to it, its template or its workflow).',
	method: 'POST',
	path: '/projects/{projectId}/setcustomfields',
	fields: [locator('project'), customFieldValues({ entity: 'project' }), customFieldValuesJson({ entity: 'project', requireAny: true })],
	body: customFieldsBody(),
	output: [successOutput(['projectId', 'customFields'])],
});
