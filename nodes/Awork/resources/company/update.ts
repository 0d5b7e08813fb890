/** Company → Update: PUT /companies/{id}, merged with the current company so unset fields keep their values. */
import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { mergeWithCurrent } from '../../shared/routing/mergeCurrent';
import { companyDetailFields, simplifyCompany } from './fields';

/** awork's CompanyForm; it requires `name`, and a property left out of the PUT is cleared. */
const COMPANY_FORM = ['name', 'description', 'industry'] as const;

export const update = operation({
	value: 'update',
	name: 'Update',
	action: 'Update a company',
	description: 'Change the name, description or industry of a company; what you do not set keeps its current value',
	method: 'PUT',
	path: '/companies/{companyId}',
	fields: [
		locator('company'),
		optional({
			name: 'updateFields',
			displayName: 'Update Fields',
			fields: [text({ name: 'name', displayName: 'Name', description: 'The new name of the company' }), ...companyDetailFields()],
		}),
		simplifyField,
	],
	before: [mergeWithCurrent('/companies/{companyId}', COMPANY_FORM)],
	output: [simplifyOutput(simplifyCompany)],
});
