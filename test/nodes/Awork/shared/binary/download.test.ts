/** Reading the file name awork sends with a download. */
import { fileNameFromDisposition } from '../../../../../nodes/Awork/shared/binary/download';

describe('fileNameFromDisposition', () => {
	it('prefers the RFC 5987 name, then the quoted or bare one', () => {
		expect(fileNameFromDisposition(`attachment; filename="_bersicht.png"; filename*=UTF-8''%C3%9Cbersicht.png`)).toBe('Übersicht.png');
		expect(fileNameFromDisposition('attachment; filename="a \\"quoted\\" name.txt"')).toBe('a "quoted" name.txt');
		expect(fileNameFromDisposition('attachment; filename=plain.txt')).toBe('plain.txt');
		expect(fileNameFromDisposition(`attachment; filename="fallback.txt"; filename*=UTF-8''%E0%A4%A`)).toBe('fallback.txt');
	});

	it('gives nothing when there is no name', () => {
		expect(fileNameFromDisposition(undefined)).toBeUndefined();
		expect(fileNameFromDisposition('inline')).toBeUndefined();
		expect(fileNameFromDisposition('attachment; filename=""')).toBeUndefined();
	});
});
