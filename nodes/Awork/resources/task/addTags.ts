/** POST /tasks/{taskId}/addtags: tags by name; awork creates tags that do not exist yet. */
import { operation } from '../../shared/descriptions/operation';
import { addTagsBody, tagColor, tagNames } from '../../shared/fields/tags';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const addTags = operation({
	value: 'addTags',
	name: 'Add Tags',
	action: 'Add tags to a task',
	description: 'Add tags to a task by name; tags the task already has stay, new names become new tags',
	method: 'POST',
	path: '/tasks/{taskId}/addtags',
	fields: [
		locator('task', { description: 'The task to tag: pick it from the list, paste its link from awork, or enter its ID (GUID)' }),
		tagNames({ entity: 'task', required: true }),
		tagColor(),
	],
	body: addTagsBody(),
	output: [successOutput(['taskId', 'tags'], { always: true })],
});
