/** POST /companies/{id}/addtags: tags by name; existing ones are kept. */
import { operation } from '../../shared/descriptions/operation';
import { addTagsBody, tagColor, tagNames } from '../../shared/fields/tags';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const addTags = operation({
	value: 'addTags',
	name: 'Add Tags',
	action: 'Add tags to a company',
	description: 'Add tags to a company by name; tags it already has stay as they are, names new to awork become company tags',
	method: 'POST',
	path: '/companies/{companyId}/addtags',
	fields: [locator('company'), tagNames({ entity: 'company', required: true }), tagColor()],
	body: addTagsBody(),
	// awork answers with tag models; one item per company saying what was added reads better.
	output: [successOutput(['companyId', 'tags'], { always: true })],
});
