/** POST /companies: a client company, then its tags. */
import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { addTagsStep, tagNames } from '../../shared/fields/tags';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { companyDetailFields, simplifyCompany } from './fields';

export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create a company',
	description: 'Create a company (a client that projects can be for), optionally with tags',
	method: 'POST',
	path: '/companies',
	findCreated: { list: '/companies', match: ['name'] },
	fields: [
		text({ name: 'name', displayName: 'Name', description: 'The name of the new company, e.g. NCNSTN Brand Design', required: true }),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [...companyDetailFields(), tagNames({ entity: 'company', to: '_tags' })],
		}),
		simplifyField,
	],
	after: [addTagsStep({ path: '/companies/{id}', entity: 'company' })],
	output: [simplifyOutput(simplifyCompany)],
});
