/** GET /projects/{id}/members: one item per member (awork answers them all at once). */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';

export const getMembers = operation({
	value: 'getMembers',
	name: 'Get Members',
	action: 'Get the members of a project',
	description: 'List the members of a project with their project role and whether they are responsible',
	method: 'GET',
	path: '/projects/{projectId}/members',
	fields: [locator('project')],
});
