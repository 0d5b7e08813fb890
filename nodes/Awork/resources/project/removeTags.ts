/** POST /projects/{id}/deletetags: tags by name, removed from this project only. */
import { operation } from '../../shared/descriptions/operation';
import { removeTagsBody, tagNames } from '../../shared/fields/tags';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';

export const removeTags = operation({
	value: 'removeTags',
	name: 'Remove Tags',
	action: 'Remove tags from a project',
	description: 'Remove tags from a project by name (case-insensitive); other projects keep theirs, names it does not have are ignored',
	method: 'POST',
	path: '/projects/{projectId}/deletetags',
	fields: [locator('project'), tagNames({ entity: 'project', required: true, description: 'Names of the tags to remove, separated by commas (or an array from an expression), e.g. urgent, design' })],
	body: removeTagsBody(),
	output: [successOutput(['projectId', 'tags'], { always: true })],
});
