/** GET /tasks/{id}/comments/{commentId} or the project's. */
import { operation } from '../../shared/descriptions/operation';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { COMMENT_PATH, commentIdParameter, commentParentFields, simplifyComment, COMMENT_PARENTS } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a comment',
	description: 'Get one comment of a task or a project by its ID',
	method: 'GET',
	path: COMMENT_PATH,
	pathChoices: COMMENT_PARENTS,
	fields: [...commentParentFields(), commentIdParameter(), simplifyField],
	output: [simplifyOutput(simplifyComment)],
});
