/** POST /tasks/{taskId}/copy: a new task like the original, returned like Get returns a task. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyTask } from './fields';

export const copy = operation({
	value: 'copy',
	name: 'Copy',
	action: 'Copy a task',
	description:
		'Create a copy of a task in the same project; a parent task is copied with its subtasks. Comments, files and the activity log are not copied. Returns the new task.',
	method: 'POST',
	path: '/tasks/{taskId}/copy',
	fields: [
		locator('task', { description: 'The task to copy: pick it from the list, paste its link from awork, or enter its ID (GUID)' }),
		simplifyField,
	],
	// awork's copy takes no body.
	body: () => undefined,
	output: [simplifyOutput(simplifyTask)],
});
