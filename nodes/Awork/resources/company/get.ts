/** GET /companies/{id}: one company with its tags and contact infos. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyCompany } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a company',
	description: 'Get a company by ID or awork link, with its tags, contact infos and project counts',
	method: 'GET',
	path: '/companies/{companyId}',
	fields: [locator('company'), simplifyField],
	output: [simplifyOutput(simplifyCompany)],
});
