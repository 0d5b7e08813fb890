/** GET /companies, filtered and sorted by awork, paged to the floor. */
import { operation } from '../../shared/descriptions/operation';
import { shown } from '../../shared/fields/structured';
import { companyEntity, listQueryProperties } from '../../shared/filter';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyCompany } from './fields';

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many companies',
	description: 'List the companies (clients) of the workspace, filtered (name, tag, industry, creation date, conditions) and sorted by awork',
	method: 'GET',
	path: '/companies',
	paged: true,
	fields: [...listQueryProperties(companyEntity).map(shown), simplifyField],
	output: [simplifyOutput(simplifyCompany)],
});
