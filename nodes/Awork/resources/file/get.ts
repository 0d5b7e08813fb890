/** GET /tasks/{id}/files/{fileId} (or the project's or company's): the file's details, not its content. */
import { operation } from '../../shared/descriptions/operation';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { FILE_PATH, fileIdField, fileParentFields, simplifyFile, FILE_PARENTS } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a file',
	description: 'Get a file’s details (name, type, size, versions); use Download for its content',
	method: 'GET',
	path: FILE_PATH,
	pathChoices: FILE_PARENTS,
	fields: [...fileParentFields(), fileIdField(), simplifyField],
	output: [simplifyOutput(simplifyFile)],
});
