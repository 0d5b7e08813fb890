/** GET /projects/{id}, or GET /projects/key/{key} when chosen by key. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyProject } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a project',
	description: 'Get a project by ID, awork link or project key',
	method: 'GET',
	path: '/projects/{projectId}',
	fields: [locator('project', { keyPath: '/projects/key/{key}', keyPlaceholder: 'e.g. WEB' }), simplifyField],
	output: [simplifyOutput(simplifyProject)],
});
