import { parseIsoInstant, propertyReader } from './values';

describe('parseIsoInstant', () => {
	it('agrees with Date.parse on zoned ISO timestamps', () => {
		for (const text of [
			'2024-05-15T10:30:00Z',
			'2024-05-15T10:30:00.123Z',
			'2024-05-15T10:30Z',
			'1969-12-31T23:59:59.999Z',
			'2000-02-29T00:00:00+02:00',
			'2024-12-31T23:59:59-05:30',
			'1600-03-01T00:00:00Z',
		]) {
			expect([text, parseIsoInstant(text)]).toEqual([text, Date.parse(text)]);
		}
	});

	it('reads dates and zone-less timestamps as UTC, and offsets without colon', () => {
		expect(parseIsoInstant('2024-05-15')).toBe(Date.UTC(2024, 4, 15));
		expect(parseIsoInstant('2024-05-15T10:30')).toBe(Date.UTC(2024, 4, 15, 10, 30));
		expect(parseIsoInstant('2024-05-15 10:30:05')).toBe(Date.UTC(2024, 4, 15, 10, 30, 5));
		expect(parseIsoInstant('2024-05-15T10:30:00.1234567')).toBe(Date.UTC(2024, 4, 15, 10, 30, 0, 123));
		expect(parseIsoInstant('2024-05-15T10:30:00+0200')).toBe(Date.UTC(2024, 4, 15, 8, 30));
	});

	it('rejects impossible dates and other text', () => {
		for (const text of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-05-15T24:00', '2024-05-15T10:60', '2024-05-15T10:30:00.', '2024-05-15T10:30:00+2', 'hello', '2024-5-15', '2024-05-15X']) {
			expect([text, parseIsoInstant(text)]).toEqual([text, undefined]);
		}
	});
});

describe('propertyReader', () => {
	it('finds a property in any letter case and ignores inherited members', () => {
		const read = propertyReader('FIRSTNAME');
		expect(read({ firstName: 'Neil' })).toBe('Neil');
		expect(read({ FirstName: 'Ann' })).toBe('Ann');
		expect(read({ other: 1 })).toBeUndefined();
		expect(read(null)).toBeUndefined();
		expect(propertyReader('toString')({})).toBeUndefined();
	});
});
