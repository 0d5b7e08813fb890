/** GET /tasks/{id}/comments or the project's, filtered and sorted by awork, paged to the floor. */
import { operation } from '../../shared/descriptions/operation';
import { shown } from '../../shared/fields/structured';
import { commentEntity, listQueryProperties } from '../../shared/filter';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { COMMENTS_PATH, commentParentFields, simplifyComment, COMMENT_PARENTS } from './fields';

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many comments',
	description: 'List the comments of a task or a project (replies included), filtered and sorted',
	method: 'GET',
	path: COMMENTS_PATH,
	pathChoices: COMMENT_PARENTS,
	paged: true,
	fields: [...commentParentFields(), ...listQueryProperties(commentEntity).map(shown), simplifyField],
	output: [simplifyOutput(simplifyComment)],
});
