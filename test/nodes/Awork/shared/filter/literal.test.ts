/** Literals and special terms of the filter compiler, and the errors bad values give. */
import { DateTime } from 'luxon';

import { formatLiteral, quote } from '../../../../../nodes/Awork/shared/filter/literal';
import { parseFilter } from '../../../../sandbox/query';
import { errorOf } from './errorOf';

const lit = (type: Parameters<typeof formatLiteral>[0]['type'], value?: unknown, zone?: string) =>
	formatLiteral({ type, value }, 'My Field', { zone });

/** The value the sandbox's parser reads back from `name eq <literal>`. */
function parsedBack(literal: string) {
	const node = parseFilter(`name eq ${literal}`);
	if (node.kind !== 'compare') throw new Error(`not a comparison: ${node.kind}`);
	return node.right;
}

describe('text literals', () => {
	it.each([
		['plain', "'plain'"],
		["user's task", "'user''s task'"],
		["''", "''''''"],
		['', "''"],
		["' or 1 eq 1 or '", "''' or 1 eq 1 or '''"],
	])('quotes %j as %s, and the sandbox reads it back unchanged', (value, expected) => {
		expect(lit('text', value)).toBe(expected);
		expect(parsedBack(expected)).toMatchObject({ kind: 'literal', type: 'string', value });
	});

	it('writes numbers and booleans given for text as their text', () => {
		expect(lit('text', 42)).toBe("'42'");
		expect(lit('text', true)).toBe("'true'");
		expect(quote('a')).toBe("'a'");
	});

	it('rejects objects for text', () => {
		expect(errorOf(() => lit('text', { a: 1 })).message).toBe('My Field must be text, got {"a":1}');
	});
});

describe('GUID literals', () => {
	it('validates, trims and lower-cases', () => {
		expect(lit('guid', ' 1B3F4C5D-0000-4A5B-8C9D-0123456789AB ')).toBe("guid'1b3f4c5d-0000-4a5b-8c9d-0123456789ab'");
		expect(parsedBack(lit('guid', '1b3f4c5d-0000-4a5b-8c9d-0123456789ab'))).toMatchObject({ type: 'guid' });
	});

	it.each([["1b3f4c5d-0000-4a5b-8c9d-0123456789ab' or 'x"], ['not-a-guid'], [''], [42]])('rejects %j naming the field', (value) => {
		const error = errorOf(() => lit('guid', value));
		expect(error.message).toMatch(/^My Field must be an ID \(GUID such as [0-9a-f-]+\), got /);
		expect(error.field).toBe('My Field');
	});
});

describe('datetime literals', () => {
	it.each([
		['2024-05-01T10:00:00Z', "datetime'2024-05-01T10:00:00Z'"],
		['2024-05-01T12:00:00+02:00', "datetime'2024-05-01T10:00:00Z'"],
		['2024-05-01T10:00:00.250Z', "datetime'2024-05-01T10:00:00.250Z'"],
		['2024-05-01', "datetime'2024-05-01T00:00:00Z'"],
	])('converts ISO text %s to UTC', (value, expected) => {
		expect(lit('date', value)).toBe(expected);
	});

	it('reads text without an offset in the given zone (the workflow time zone)', () => {
		expect(lit('date', '2024-05-01T10:00:00', 'Europe/Berlin')).toBe("datetime'2024-05-01T08:00:00Z'");
		expect(lit('date', '2024-01-15', 'America/New_York')).toBe("datetime'2024-01-15T05:00:00Z'");
		expect(lit('date', '2024-05-01T10:00:00+00:00', 'Europe/Berlin')).toBe("datetime'2024-05-01T10:00:00Z'");
	});

	it('takes JS Dates and luxon DateTimes (what {{$now}} gives)', () => {
		expect(lit('date', new Date(Date.UTC(2024, 4, 1, 10)))).toBe("datetime'2024-05-01T10:00:00Z'");
		expect(lit('date', DateTime.fromISO('2024-05-01T12:00:00', { zone: 'Europe/Berlin' }))).toBe("datetime'2024-05-01T10:00:00Z'");
	});

	it('emits a form the sandbox parses to the same instant', () => {
		const node = parsedBack(lit('date', '2024-05-01T12:00:00.5+02:00'));
		expect(node).toEqual({ kind: 'literal', type: 'datetime', value: Date.UTC(2024, 4, 1, 10, 0, 0, 500), pos: 8 });
	});

	it.each([
		['tomorrow', "got 'tomorrow'"],
		['2024-02-31', "got '2024-02-31'"],
		["2024-05-01' or 'x", "got '2024-05-01' or 'x'"],
		['', 'got an empty value'],
		[new Date(NaN), 'got an invalid date'],
		[DateTime.invalid('broken'), 'got an invalid date (broken)'],
	])('rejects %j, saying what it expected and got', (value, got) => {
		const message = errorOf(() => lit('date', value)).message;
		expect(message).toContain('My Field must be a date in ISO 8601 (e.g. 2024-05-01 or 2024-05-01T10:00:00Z) or an expression giving a date');
		expect(message).toMatch(new RegExp(`${got.replace(/[()]/g, '\\$&')}$`));
	});

	it('rejects years awork cannot hold', () => {
		expect(errorOf(() => lit('date', DateTime.fromISO('+010000-01-01T00:00:00Z'))).message).toMatch(/between the years 1 and 9999/);
	});
});

describe('numbers, booleans and null', () => {
	it.each([
		[3, '3'],
		[-2.5, '-2.5'],
		['  42 ', '42'],
		['1e3', '1000'],
		[-0, '0'],
	])('writes %j as %s', (value, expected) => {
		expect(lit('number', value)).toBe(expected);
	});

	it.each([[NaN], [Infinity], ['12abc'], ['0x10'], [''], ['1 or 1 eq 1'], [null]])('rejects %j as a number', (value) => {
		expect(errorOf(() => lit('number', value)).message).toMatch(/^My Field must be a finite number, got /);
	});

	it('writes booleans from booleans or their text, and rejects anything else', () => {
		expect(lit('boolean', true)).toBe('true');
		expect(lit('boolean', ' FALSE ')).toBe('false');
		expect(errorOf(() => lit('boolean', 'yes')).message).toBe("My Field must be true or false, got 'yes'");
	});

	it('writes null whatever the value', () => {
		expect(lit('null', 'ignored')).toBe('null');
		expect(parsedBack('null')).toMatchObject({ type: 'null' });
	});
});

describe('special terms', () => {
	it.each([
		['me', 'me.id'],
		['ME.ID', 'me.id'],
		['now', 'now'],
		['today', 'today'],
		['today-3d', 'today-3d'],
		['today + 5', 'today+5d'],
		['today-0d', 'today'],
		['sow', 'sow'],
		['eow', 'eow'],
		['som', 'som'],
		['EOM', 'eom'],
	])('writes %s as %s, which the sandbox reads as a special term', (value, expected) => {
		expect(lit('special', value)).toBe(expected);
		expect(parsedBack(expected).kind).toBe('special');
	});

	it('keeps the day offset the sandbox reads', () => {
		expect(parsedBack(lit('special', 'today-30d'))).toMatchObject({ kind: 'special', term: 'today', offsetDays: -30 });
		expect(parsedBack(lit('special', 'today+5d'))).toMatchObject({ kind: 'special', term: 'today', offsetDays: 5 });
	});

	it.each([['yesterday'], ['today-3w'], ['me.name'], ['now or 1 eq 1'], [3]])('rejects %j', (value) => {
		expect(errorOf(() => lit('special', value)).message).toMatch(
			/^My Field must be a special term \(one of me, now, today, today-3d, today\+5d, sow, eow, som, eom\), got /,
		);
	});
});

describe('value types', () => {
	it('rejects a value type it does not know (e.g. from an expression)', () => {
		expect(errorOf(() => lit('color' as never, 'red')).message).toBe(
			"My Field value type must be one of text, number, boolean, date, guid, null, special, got 'color'",
		);
	});
});
