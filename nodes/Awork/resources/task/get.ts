/** GET /tasks/{id}, or GET /tasks/key/{key} when the task is given by its key (e.g. WEB-12). */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyTask } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a task',
	description: 'Get a task by ID, awork link or task key (project key and number, e.g. WEB-12)',
	method: 'GET',
	path: '/tasks/{taskId}',
	fields: [
		locator('task', {
			keyPath: '/tasks/key/{key}',
			keyPlaceholder: 'e.g. WEB-12',
			description: 'The task: pick it from the list, paste its link from awork, enter its ID (GUID) or its key such as WEB-12',
		}),
		simplifyField,
	],
	output: [simplifyOutput(simplifyTask)],
});
