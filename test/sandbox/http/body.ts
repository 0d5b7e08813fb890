/**
 * Reading and parsing request bodies: JSON (awork answers unparsable JSON with `invalid-model`)
 * and form data (multipart uploads become `UploadedFile`s, plain fields strings).
 */
import type { IncomingHttpHeaders, IncomingMessage } from 'http';
import { Readable } from 'stream';
import busboy from 'busboy';
import { ApiError } from './errors';
import type { UploadedFile } from '../types';

/** Larger bodies are refused like awork refuses oversized uploads. */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

export interface ParsedBody {
	/** The media type without parameters, lower-case ('' when none was sent). */
	contentType: string;
	/** Parsed JSON, the form's non-file fields, the raw text of other types, or undefined when empty. */
	body: unknown;
	files: UploadedFile[];
}

export const invalidModel = (description: string) => new ApiError(400, 'invalid-model', description);

const bodyTooLarge = () =>
	new ApiError(413, 'request-body-too-large', `The request body exceeds ${MAX_BODY_BYTES} bytes.`);

/** Collects the request's bytes, refusing bodies over `limit`. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		let refused = false;
		req.on('data', (chunk: Buffer) => {
			if (refused) return;
			size += chunk.length;
			if (size > limit) {
				refused = true;
				reject(bodyTooLarge());
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => {
			if (!refused) resolve(Buffer.concat(chunks));
		});
		req.on('error', reject);
	});
}

export function mediaType(contentTypeHeader: string | undefined): string {
	return (contentTypeHeader ?? '').split(';')[0].trim().toLowerCase();
}

/** `application/json`, `text/json` and the structured-syntax `application/*+json` family. */
export function isJsonMediaType(type: string): boolean {
	return type === 'application/json' || type === 'text/json' || /^application\/[\w.*-]+\+json$/.test(type);
}

function isFormMediaType(type: string): boolean {
	return type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded';
}

export async function parseBody(headers: IncomingHttpHeaders, raw: Buffer): Promise<ParsedBody> {
	const contentType = mediaType(headers['content-type']);
	if (isFormMediaType(contentType)) return { contentType, ...(await parseForm(headers, raw)) };
	if (raw.length === 0) return { contentType, body: undefined, files: [] };
	const text = raw.toString('utf8');
	// No content type at all: clients that forget it still mostly send JSON; try it.
	if (isJsonMediaType(contentType) || contentType === '') {
		try {
			return { contentType, body: JSON.parse(text), files: [] };
		} catch (error) {
			if (contentType === '') return { contentType, body: text, files: [] };
			throw invalidModel(`The request body is not valid JSON: ${(error as Error).message}`);
		}
	}
	return { contentType, body: text, files: [] };
}

interface FormContent {
	body: Record<string, string | string[]>;
	files: UploadedFile[];
}

/** Form fields (a repeated name becomes an array) and uploaded files, via busboy. */
export function parseForm(headers: IncomingHttpHeaders, raw: Buffer): Promise<FormContent> {
	return new Promise((resolve, reject) => {
		let parser: busboy.Busboy;
		try {
			parser = busboy({ headers, defParamCharset: 'utf8' });
		} catch (error) {
			reject(invalidModel(`The form body cannot be read: ${(error as Error).message}`));
			return;
		}
		const body: Record<string, string | string[]> = {};
		const files: UploadedFile[] = [];
		const pending: Array<Promise<void>> = [];
		parser.on('field', (name, value) => {
			const existing = body[name];
			if (existing === undefined) body[name] = value;
			else body[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
		});
		parser.on('file', (fieldName, stream, info) => {
			pending.push(
				new Promise((done, fail) => {
					const chunks: Buffer[] = [];
					stream.on('data', (chunk: Buffer) => chunks.push(chunk));
					stream.on('error', fail);
					stream.on('end', () => {
						files.push({
							fieldName,
							fileName: info.filename ?? '',
							contentType: info.mimeType,
							data: Buffer.concat(chunks),
						});
						done();
					});
				}),
			);
		});
		parser.on('error', (error: Error) => reject(invalidModel(`The form body cannot be read: ${error.message}`)));
		parser.on('close', () => {
			Promise.all(pending).then(() => resolve({ body, files }), reject);
		});
		Readable.from([raw]).pipe(parser);
	});
}
