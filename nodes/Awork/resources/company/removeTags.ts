/** POST /companies/{id}/deletetags: tags by name, removed from this company only. */
import { operation } from '../../shared/descriptions/operation';
import { removeTagsBody, tagNames } from '../../shared/fields/tags';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const removeTags = operation({
	value: 'removeTags',
	name: 'Remove Tags',
	action: 'Remove tags from a company',
	description: 'Remove tags from a company by name (case-insensitive); other companies keep theirs, names it does not have are ignored',
	method: 'POST',
	path: '/companies/{companyId}/deletetags',
	fields: [
		locator('company'),
		tagNames({ entity: 'company', required: true, description: 'Names of the tags to remove, separated by commas (or an array from an expression), e.g. key account, retainer' }),
	],
	body: removeTagsBody(),
	output: [successOutput(['companyId', 'tags'], { always: true })],
});
