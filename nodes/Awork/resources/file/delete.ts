/** DELETE /tasks/{id}/files/{fileId} (or the project's or company's): awork has no archive for files. */
import { operation } from '../../shared/descriptions/operation';
import { FILE_PATH, deletedFileOutput, fileIdField, fileParentFields, FILE_PARENTS } from './fields';

export const deleteFile = operation({
	value: 'delete',
	name: 'Delete',
	action: 'Delete a file',
	description: 'Delete a file with all its versions for good (awork cannot archive files)',
	method: 'DELETE',
	path: FILE_PATH,
	pathChoices: FILE_PARENTS,
	fields: [...fileParentFields(), fileIdField()],
	output: [deletedFileOutput],
});
