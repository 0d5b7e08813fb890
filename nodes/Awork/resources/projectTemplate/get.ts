/** GET /projecttemplates/{id}: one project template. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyProjectTemplate } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a project template',
	description: 'Get a project template by ID or awork link',
	method: 'GET',
	path: '/projecttemplates/{projectTemplateId}',
	fields: [locator('projectTemplate'), simplifyField],
	output: [simplifyOutput(simplifyProjectTemplate)],
});
