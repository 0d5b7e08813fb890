/**
 * A multipart/form-data body built as bytes. awork takes uploads only as multipart, and the
 * package may ship no form-data dependency; a Buffer with its own boundary and Content-Type goes
 * through n8n's request helper unchanged, byte for byte.
 */
export interface MultipartFile {
	/** The form field, e.g. awork's `File`. */
	fieldName: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

export interface MultipartBody {
	body: Buffer;
	/** `multipart/form-data; boundary=…`, to send as the Content-Type header. */
	contentType: string;
}

const CRLF = '\r\n';

/** Quotes a header parameter as browsers do for form data: `"`, CR and LF percent-encoded, UTF-8 kept. */
export function quoteParameter(value: string): string {
	return `"${value.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

function randomBoundary(): string {
	let token = '';
	while (token.length < 24) token += Math.floor(Math.random() * 36).toString(36);
	return `----n8nAworkFormBoundary${token}`;
}

/**
 * The body with `fields` (plain text parts) first, then the files. `boundary` is for tests; by
 * default a random one is drawn again until it occurs in no part.
 */
export function multipartBody(files: MultipartFile[], fields: Record<string, string> = {}, boundary?: string): MultipartBody {
	const occursIn = (candidate: string) =>
		files.some((file) => file.data.includes(candidate)) || Object.values(fields).some((value) => value.includes(candidate));
	let chosen = boundary ?? randomBoundary();
	while (boundary === undefined && occursIn(chosen)) chosen = randomBoundary();
	if (occursIn(chosen)) throw new Error('The multipart boundary occurs in the content');

	const chunks: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		chunks.push(Buffer.from(`--${chosen}${CRLF}Content-Disposition: form-data; name=${quoteParameter(name)}${CRLF}${CRLF}${value}${CRLF}`, 'utf8'));
	}
	for (const file of files) {
		const head =
			`--${chosen}${CRLF}` +
			`Content-Disposition: form-data; name=${quoteParameter(file.fieldName)}; filename=${quoteParameter(file.fileName)}${CRLF}` +
			`Content-Type: ${file.mimeType.replace(/[\r\n]/g, '') || 'application/octet-stream'}${CRLF}${CRLF}`;
		chunks.push(Buffer.from(head, 'utf8'), file.data, Buffer.from(CRLF, 'utf8'));
	}
	chunks.push(Buffer.from(`--${chosen}--${CRLF}`, 'utf8'));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${chosen}` };
}
