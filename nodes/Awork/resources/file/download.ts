/** GET /tasks/{id}/files/{fileId}/download (or the project's or company's): the exact bytes as n8n binary data. */
import { binaryOutput, receiveBinary } from '../../shared/binary/download';
import { operation } from '../../shared/descriptions/operation';
import { text } from '../../shared/fields/scalars';
import { FILE_PATH, fileIdField, fileParentFields, parentOf, FILE_PARENTS } from './fields';

export const download = operation({
	value: 'download',
	name: 'Download',
	action: 'Download a file',
	description: 'Download a file’s content into a binary property of the output item, with its file name and MIME type',
	method: 'GET',
	path: `${FILE_PATH}/download`,
	pathChoices: FILE_PARENTS,
	fields: [
		...fileParentFields(),
		fileIdField(),
		text({
			name: 'binaryPropertyName',
			displayName: 'Put Output File in Field',
			description: 'The name of the output item’s binary property to put the file in',
			required: true,
			default: 'data',
			to: '_binaryProperty',
			hint: 'The name of the output binary field to put the file in',
		}),
	],
	before: [receiveBinary],
	output: [
		binaryOutput({
			propertyParameter: 'binaryPropertyName',
			fallbackName: (values) => String(values.fileId),
			json: (values) => ({ fileId: values.fileId, ...parentOf(values) }),
		}),
	],
});
