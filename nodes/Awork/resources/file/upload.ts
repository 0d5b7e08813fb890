/** POST /tasks/{id}/files (or the project's or company's): the input item's binary file as a multipart upload. */
import { inputBinaryField, sendInputFileAsMultipart } from '../../shared/binary/upload';
import { operation } from '../../shared/descriptions/operation';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { FILES_PATH, fileParentFields, simplifyFile, FILE_PARENTS } from './fields';

export const upload = operation({
	value: 'upload',
	name: 'Upload',
	action: 'Upload a file',
	description: 'Attach a file from the input item’s binary data to a task, project or company, keeping its file name and type',
	method: 'POST',
	path: FILES_PATH,
	pathChoices: FILE_PARENTS,
	fields: [...fileParentFields(), inputBinaryField(), simplifyField],
	before: [sendInputFileAsMultipart('File')],
	output: [simplifyOutput(simplifyFile)],
});
