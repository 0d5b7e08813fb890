/** POST /projects/{projectId}/tasklists: a new list at the end of the project's lists, or at a given order. */
import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { optional } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { hiddenForConnectUsersField, listOrderField } from './fields';

export const create = operation({
	value: 'create',
	name: 'Create',
	action: 'Create a task list',
	description: 'Create a task list in a project',
	method: 'POST',
	path: '/projects/{projectId}/tasklists',
	findCreated: { list: '/projects/{projectId}/tasklists', match: ['name'] },
	fields: [
		locator('project', { description: 'The project to add the list to: pick it, paste its awork link, or enter its ID (GUID)' }),
		text({ name: 'name', displayName: 'Name', description: 'The name of the new task list, e.g. Design', required: true }),
		optional({
			name: 'additionalFields',
			displayName: 'Additional Fields',
			fields: [listOrderField(), hiddenForConnectUsersField()],
		}),
	],
});
