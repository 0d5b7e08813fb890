import { isJsonMediaType, mediaType, parseBody } from './body';
import { ApiError } from './errors';

function multipart(boundary: string, parts: Array<{ name: string; value: string | Buffer; fileName?: string; type?: string }>) {
	const chunks: Buffer[] = [];
	for (const part of parts) {
		const disposition = `form-data; name="${part.name}"${part.fileName ? `; filename="${part.fileName}"` : ''}`;
		const headers = [`Content-Disposition: ${disposition}`];
		if (part.type) headers.push(`Content-Type: ${part.type}`);
		chunks.push(Buffer.from(`--${boundary}\r\n${headers.join('\r\n')}\r\n\r\n`), Buffer.from(part.value), Buffer.from('\r\n'));
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return Buffer.concat(chunks);
}

describe('parseBody', () => {
	it('parses JSON of the JSON media types', async () => {
		for (const type of ['application/json; charset=utf-8', 'application/*+json', 'text/json']) {
			const parsed = await parseBody({ 'content-type': type }, Buffer.from('{"name":"Ä"}'));
			expect(parsed.body).toEqual({ name: 'Ä' });
			expect(parsed.contentType).toBe(type.split(';')[0]);
		}
	});

	it('answers unparsable JSON with 400 invalid-model', async () => {
		const error = await parseBody({ 'content-type': 'application/json' }, Buffer.from('{"name":')).catch((e) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect(error.status).toBe(400);
		expect(error.code).toBe('invalid-model');
	});

	it('leaves an empty body undefined and passes other text through', async () => {
		expect((await parseBody({ 'content-type': 'application/json' }, Buffer.alloc(0))).body).toBeUndefined();
		expect((await parseBody({ 'content-type': 'text/plain' }, Buffer.from('hi'))).body).toBe('hi');
		expect((await parseBody({}, Buffer.from('[1]'))).body).toEqual([1]);
		expect((await parseBody({}, Buffer.from('not json'))).body).toBe('not json');
	});

	it('reads multipart fields and files, bytes intact', async () => {
		const bytes = Buffer.from([0, 255, 1, 254, 13, 10, 45, 45]);
		const raw = multipart('xyz', [
			{ name: 'name', value: 'Briefing' },
			{ name: 'tag', value: 'a' },
			{ name: 'tag', value: 'b' },
			{ name: 'File', value: bytes, fileName: 'brief ü.pdf', type: 'application/pdf' },
		]);
		const parsed = await parseBody({ 'content-type': 'multipart/form-data; boundary=xyz' }, raw);
		expect(parsed.contentType).toBe('multipart/form-data');
		expect(parsed.body).toEqual({ name: 'Briefing', tag: ['a', 'b'] });
		expect(parsed.files).toHaveLength(1);
		expect(parsed.files[0]).toMatchObject({ fieldName: 'File', fileName: 'brief ü.pdf', contentType: 'application/pdf' });
		expect(parsed.files[0].data.equals(bytes)).toBe(true);
	});

	it('answers multipart without a boundary with invalid-model', async () => {
		const error = await parseBody({ 'content-type': 'multipart/form-data' }, Buffer.from('x')).catch((e) => e);
		expect(error.code).toBe('invalid-model');
	});
});

describe('media types', () => {
	it('normalises and classifies', () => {
		expect(mediaType('Application/JSON; charset=UTF-8')).toBe('application/json');
		expect(mediaType(undefined)).toBe('');
		expect(isJsonMediaType('application/problem+json')).toBe(true);
		expect(isJsonMediaType('application/xml')).toBe(false);
	});
});
