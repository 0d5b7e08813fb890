/**
 * Receiving a file as n8n binary data: the request asks for raw bytes (`encoding: 'arraybuffer'`)
 * and the output step wraps them with the file name and MIME type awork sent. n8n's own
 * `binaryData` post-receive action keeps neither, so this one is used instead.
 */
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import type { FieldContext } from '../fields/field';
import { itemState } from '../routing/itemState';

/** A `before` step: the answer is kept as bytes, whatever awork says its type is. */
export async function receiveBinary(_context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	request.encoding = 'arraybuffer';
	const headers = Object.fromEntries(Object.entries(request.headers ?? {}).filter(([name]) => name.toLowerCase() !== 'accept'));
	request.headers = { ...headers, Accept: '*/*' };
}

function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	const value = response.headers?.[name] ?? response.headers?.[name.toLowerCase()];
	if (Array.isArray(value)) return value[0] as string | undefined;
	return typeof value === 'string' ? value : undefined;
}

/** The file name of a Content-Disposition header: RFC 5987 `filename*` first, then `filename`. */
export function fileNameFromDisposition(disposition: string | undefined): string | undefined {
	if (!disposition) return undefined;
	const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
	if (extended) {
		try {
			const name = decodeURIComponent(extended[2].trim());
			if (name) return name;
		} catch {
			// A malformed escape: fall back to the plain parameter.
		}
	}
	const plain = /(?:^|;)\s*filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]+))/i.exec(disposition);
	const name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2]?.trim()) : undefined;
	return name || undefined;
}

export interface BinaryOutputOptions {
	/** The parameter naming the output binary property. */
	propertyParameter: string;
	/** The file name when awork sent none. */
	fallbackName: (values: IDataObject) => string;
	/** The item's JSON next to the binary (IDs involved); file name, MIME type and size are added. */
	json?: (values: IDataObject) => IDataObject;
}

/** Output step: one item with the answer's bytes under the chosen binary property. */
export function binaryOutput(options: BinaryOutputOptions): PostReceiveAction {
	return async function (this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
		const { values } = itemState(this);
		const raw = response.body as unknown;
		const data = Buffer.isBuffer(raw) ? raw : raw instanceof ArrayBuffer ? Buffer.from(raw) : Buffer.from(typeof raw === 'string' ? raw : JSON.stringify(raw ?? ''));
		const mimeType = header(response, 'content-type')?.trim() || 'application/octet-stream';
		const fileName = fileNameFromDisposition(header(response, 'content-disposition')) ?? options.fallbackName(values);
		const property = String(this.getNodeParameter(options.propertyParameter, 'data') ?? 'data').trim() || 'data';
		const binary = await this.helpers.prepareBinaryData(data, fileName, mimeType);
		// prepareBinaryData reads a path out of the name; keep awork's name as it is.
		binary.fileName = fileName;
		return [{ json: { ...(options.json ? options.json(values) : {}), fileName, mimeType, fileSize: data.length }, binary: { [property]: binary } }];
	};
}
