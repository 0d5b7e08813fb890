/** Project → Update: PUT /projects/{id}, merged with the current project so unset fields keep their values. */
import { operation } from '../../shared/descriptions/operation';
import { optional } from '../../shared/fields/structured';
import { text } from '../../shared/fields/scalars';
import { locator } from '../../shared/locators/locator';
import { mergeWithCurrent } from '../../shared/routing/mergeCurrent';
import { projectDetailFields } from './fields';

/** The properties of awork's project PUT form; the ones the user does not set keep their value. */
const PROJECT_FORM = [
	'name',
	'isPrivate',
	'description',
	'startDate',
	'dueDate',
	'companyId',
	'timeBudget',
	'isBillableByDefault',
	'projectTypeId',
	'color',
	'deductNonBillableHours',
	'isProjectKeyVisible',
] as const;

/** PUT /projects/{id} with the current values for everything not changed. */
export const update = operation({
	value: 'update',
	name: 'Update',
	action: 'Update a project',
	description: 'Change the fields you set; all other fields keep their current value',
	method: 'PUT',
	path: '/projects/{projectId}',
	fields: [
		locator('project'),
		optional({
			name: 'updateFields',
			displayName: 'Update Fields',
			fields: [text({ name: 'name', displayName: 'Name', description: 'The new name of the project' }), ...projectDetailFields()],
		}),
	],
	before: [mergeWithCurrent('/projects/{projectId}', PROJECT_FORM)],
});
