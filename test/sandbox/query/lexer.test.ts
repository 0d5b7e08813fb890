import { ApiError } from '../http/errors';
import { tokenize } from './lexer';

function lexError(text: string): ApiError {
	try {
		tokenize(text);
	} catch (error) {
		if (error instanceof ApiError) return error;
		throw error;
	}
	throw new Error(`expected '${text}' to be rejected`);
}

describe('filter lexer', () => {
	it('splits identifiers, punctuation and strings, recording positions', () => {
		expect(tokenize("company/name eq 'awork'")).toEqual([
			{ type: 'ident', text: 'company', pos: 0 },
			{ type: 'punct', text: '/', pos: 7 },
			{ type: 'ident', text: 'name', pos: 8 },
			{ type: 'ident', text: 'eq', pos: 13 },
			{ type: 'string', value: 'awork', pos: 16 },
			{ type: 'eof', pos: 23 },
		]);
	});

	it("reads '' inside a string as one quote", () => {
		expect(tokenize("'user''s task'")[0]).toEqual({ type: 'string', value: "user's task", pos: 0 });
		expect(tokenize("''''")[0]).toEqual({ type: 'string', value: "'", pos: 0 });
		expect(tokenize("''")[0]).toEqual({ type: 'string', value: '', pos: 0 });
	});

	it('reads numbers with the documented suffixes and bytes', () => {
		const values = tokenize('32 64L 2.345M 2.0f 2.029 1e3d -7 0x22').map((t) => (t.type === 'number' ? t.value : t.type));
		expect(values).toEqual([32, 64, 2.345, 2, 2.029, 1000, -7, 34, 'eof']);
	});

	it('reads datetime and guid literals with case-insensitive prefixes', () => {
		expect(tokenize("DateTime'2018-04-03T00:00'")[0]).toEqual({ type: 'typed', prefix: 'datetime', value: '2018-04-03T00:00', pos: 0 });
		expect(tokenize("GUID'12345678-aaaa-bbbb-cccc-ddddeeeeffff'")[0]).toMatchObject({ type: 'typed', prefix: 'guid' });
	});

	it('reads me.id and today with a day offset as single tokens', () => {
		expect(tokenize('id eq Me.Id')[2]).toMatchObject({ type: 'special', term: 'me.id', offsetDays: 0, pos: 6 });
		expect(tokenize('today-30d')[0]).toMatchObject({ type: 'special', term: 'today', offsetDays: -30 });
		expect(tokenize('TODAY+5D')[0]).toMatchObject({ type: 'special', term: 'today', offsetDays: 5 });
		// plain `today` stays an identifier for the parser
		expect(tokenize('today')[0]).toEqual({ type: 'ident', text: 'today', pos: 0 });
	});

	it('rejects an unterminated string, naming where it starts', () => {
		const error = lexError("name eq 'abc");
		expect(error.status).toBe(400);
		expect(error.code).toBe('invalid-filter-or-order');
		expect(error.description).toMatch(/unterminated string literal at position 9/);
	});

	it('rejects unknown characters, unknown typed literals and malformed numbers', () => {
		expect(lexError('name eq "x"').description).toMatch(/unexpected character '"' at position 9/);
		expect(lexError("x eq binary'00'").description).toMatch(/unsupported typed literal 'binary'/);
		expect(lexError('x eq 12abc').description).toMatch(/malformed number '12abc'/);
		expect(lexError('x eq 1.2.3').description).toMatch(/malformed number/);
		expect(lexError('x eq me.name').description).toMatch(/unexpected character '\.'/);
	});
});
