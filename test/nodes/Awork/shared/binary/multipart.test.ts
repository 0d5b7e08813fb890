/** The multipart body builder, read back with the sandbox's form parser (busboy). */
import { multipartBody, quoteParameter } from '../../../../../nodes/Awork/shared/binary/multipart';
import { parseForm } from '../../../../sandbox/http/body';

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

async function parse(built: { body: Buffer; contentType: string }) {
	return await parseForm({ 'content-type': built.contentType }, built.body);
}

describe('multipartBody', () => {
	it('carries every byte value, the file name (UTF-8) and the MIME type exactly, after the text fields', async () => {
		const built = multipartBody([{ fieldName: 'File', fileName: 'Übersicht "final".bin', mimeType: 'application/x-test', data: ALL_BYTES }], { name: 'Plan' });
		expect(built.contentType).toMatch(/^multipart\/form-data; boundary=----n8nAworkFormBoundary[0-9a-z]{24}$/);
		const { body, files } = await parse(built);
		expect(body).toEqual({ name: 'Plan' });
		expect(files).toHaveLength(1);
		expect(files[0]).toMatchObject({ fieldName: 'File', fileName: 'Übersicht %22final%22.bin', contentType: 'application/x-test' });
		expect(Buffer.compare(files[0].data, ALL_BYTES)).toBe(0);
		expect(built.body.indexOf('name="name"')).toBeLessThan(built.body.indexOf('name="File"'));
	});

	it('sends an empty file as an empty part, and a missing MIME type as application/octet-stream', async () => {
		const { files } = await parse(multipartBody([{ fieldName: 'File', fileName: 'empty', mimeType: '', data: Buffer.alloc(0) }]));
		expect(files[0]).toMatchObject({ fileName: 'empty', contentType: 'application/octet-stream' });
		expect(files[0].data.length).toBe(0);
	});

	it('draws another boundary when the content contains the first one, and refuses a given one that occurs', () => {
		const data = Buffer.from('xx----n8nAworkFormBoundary000000000000000000000000yy');
		// The first boundary drawn is all zeros (in the data), the next all 'i'.
		let calls = 0;
		const random = jest.spyOn(Math, 'random').mockImplementation(() => (calls++ < 24 ? 0 : 0.5));
		try {
			const built = multipartBody([{ fieldName: 'File', fileName: 'a', mimeType: 'text/plain', data }]);
			expect(built.contentType).toBe('multipart/form-data; boundary=----n8nAworkFormBoundary' + 'i'.repeat(24));
		} finally {
			random.mockRestore();
		}
		expect(() => multipartBody([{ fieldName: 'File', fileName: 'a', mimeType: 'text/plain', data }], {}, '----n8nAworkFormBoundary000000000000000000000000')).toThrow(
			'The multipart boundary occurs in the content',
		);
	});

	it('keeps header injection out of the part headers', () => {
		expect(quoteParameter('a\r\nContent-Type: evil"')).toBe('"a%0D%0AContent-Type: evil%22"');
		const built = multipartBody([{ fieldName: 'File', fileName: 'a', mimeType: 'text/plain\r\nX-Evil: 1', data: Buffer.from('x') }], {}, 'B');
		expect(built.body.toString('latin1')).toBe('--B\r\nContent-Disposition: form-data; name="File"; filename="a"\r\nContent-Type: text/plainX-Evil: 1\r\n\r\nx\r\n--B--\r\n');
	});
});
