/** POST /tasks/{taskId}/deletetags: takes tags off one task; the tags stay in the workspace. */
import { operation } from '../../shared/descriptions/operation';
import { removeTagsBody, tagNames } from '../../shared/fields/tags';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const removeTags = operation({
	value: 'removeTags',
	name: 'Remove Tags',
	action: 'Remove tags from a task',
	description: 'Remove tags from a task by name; the tags themselves stay in awork for other tasks',
	method: 'POST',
	path: '/tasks/{taskId}/deletetags',
	fields: [
		locator('task', { description: 'The task: pick it from the list, paste its link from awork, or enter its ID (GUID)' }),
		tagNames({ entity: 'task', required: true, description: 'The names of the tags to remove, separated by commas (or an array from an expression), e.g. urgent, design' }),
	],
	body: removeTagsBody(),
	output: [successOutput(['taskId', 'tags'])],
});
