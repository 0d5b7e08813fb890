/**
 * Sending a file of the input item: the "Input Binary Field" parameter, checked before anything is
 * sent (the item must have that binary property), and the `before` step that turns the request
 * into awork's multipart upload.
 */
import type { IBinaryData, IHttpRequestOptions } from 'n8n-workflow';

import { baseProperty, isBlank, readParameter, type Field, type FieldContext, type FieldOptions } from '../fields/field';
import { inputError } from '../fields/inputError';
import { multipartBody } from './multipart';

/** What the field leaves in `context.values[to]` for the upload step. */
export interface InputFile {
	property: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

const DEFAULT_TO = '_inputFile';

/** The name of a binary property of the input item; its bytes, file name and MIME type go to `values[to]`. */
export function inputBinaryField(options: Partial<FieldOptions> = {}): Field {
	const displayName = options.displayName ?? 'Input Binary Field';
	const to = options.to ?? DEFAULT_TO;
	return {
		property: {
			...baseProperty({
				name: options.name ?? 'binaryPropertyName',
				displayName,
				description:
					options.description ??
					'The name of the input item’s binary property that holds the file to upload (n8n nodes that read files put it in "data")',
				required: true,
			}),
			type: 'string',
			default: 'data',
			hint: options.hint ?? 'The name of the binary property, not the file name',
		},
		async apply(context, path) {
			context.values[to] = (await readInputFile(context, displayName, readParameter(context, path))) as unknown as never;
		},
	};
}

/** The input item's binary property named `raw`; an error naming `field` and the properties there are otherwise. */
export async function readInputFile(context: FieldContext, field: string, raw: unknown): Promise<InputFile> {
	const binary = context.fn.getInputData().binary ?? {};
	const available = Object.keys(binary);
	const expected = available.length
		? `the name of a binary property of the input item (it has ${available.map((name) => `'${name}'`).join(', ')})`
		: 'the name of a binary property of the input item, but the item has no binary data';
	if (isBlank(raw) || typeof raw !== 'string') throw inputError(context.node, context.itemIndex, field, expected, raw);
	const property = raw.trim();
	const meta: IBinaryData | undefined = binary[property];
	if (!meta) throw inputError(context.node, context.itemIndex, field, expected, raw);
	return {
		property,
		fileName: meta.fileName || `${property}${meta.fileExtension ? `.${meta.fileExtension}` : ''}`,
		mimeType: meta.mimeType || 'application/octet-stream',
		data: await context.fn.helpers.getBinaryDataBuffer(property),
	};
}

/** The input file of `values[from]` as the body: one multipart part named `fieldName` (awork: `File`). */
export function sendInputFileAsMultipart(fieldName = 'File', from = DEFAULT_TO) {
	return async (context: FieldContext, request: IHttpRequestOptions): Promise<void> => {
		const file = context.values[from] as unknown as InputFile | undefined;
		if (!file) throw new Error(`No input file in '${from}': the operation needs an inputBinaryField`);
		const { body, contentType } = multipartBody([{ fieldName, fileName: file.fileName, mimeType: file.mimeType, data: file.data }]);
		const headers = Object.fromEntries(Object.entries(request.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-type'));
		request.headers = { ...headers, 'Content-Type': contentType };
		request.body = body;
	};
}
