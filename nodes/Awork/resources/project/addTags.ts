/** POST /projects/{id}/addtags: tags by name; existing ones are kept. */
import { operation } from '../../shared/descriptions/operation';
import { addTagsBody, tagColor, tagNames } from '../../shared/fields/tags';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const addTags = operation({
	value: 'addTags',
	name: 'Add Tags',
	action: 'Add tags to a project',
	description: 'Add tags to a project by name; tags it already has stay as they are',
	method: 'POST',
	path: '/projects/{projectId}/addtags',
	fields: [locator('project'), tagNames({ entity: 'project', required: true }), tagColor()],
	body: addTagsBody(),
	// awork answers with tag models; one item per project saying what was added reads better.
	output: [successOutput(['projectId', 'tags'], { always: true })],
});
