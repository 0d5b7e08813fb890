/**
 * Splits a `filterby` expression into tokens. Keywords (`eq`, `and`, `null`, ...) stay
 * identifiers here; the parser recognises them case-insensitively by position. The lexer only
 * handles what needs character-level context: quoted strings (`''` escapes a quote), typed
 * literals (`datetime'...'`, `guid'...'`), number suffixes, `me.id` and `today-30d`.
 */
import { filterSyntaxError } from './errors';

export type Token =
	| { type: 'ident'; text: string; pos: number }
	| { type: 'string'; value: string; pos: number }
	| { type: 'typed'; prefix: 'datetime' | 'guid'; value: string; pos: number }
	| { type: 'number'; value: number; text: string; pos: number }
	/** `me.id` or `today` with a day offset (`today-30d`, `today+5d`). */
	| { type: 'special'; term: 'me.id' | 'today'; offsetDays: number; text: string; pos: number }
	| { type: 'punct'; text: '(' | ')' | ',' | '/' | ':'; pos: number }
	| { type: 'eof'; pos: number };

const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_]/;
const PUNCT = new Set(['(', ')', ',', '/', ':']);
/** Decimal (`2.345M`), double (`2.029`, `1e3d`), single (`2.0f`), long (`64L`), int (`32`). */
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[mMlLfFdD]?/;
const BYTE = /^0[xX][0-9a-fA-F]+/;
const TODAY_OFFSET = /^([+-])(\d+)d(?![A-Za-z0-9_])/i;
const ME_ID = /^\.id(?![A-Za-z0-9_])/i;

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	while (i < text.length) {
		const ch = text[i];
		if (/\s/.test(ch)) {
			i++;
			continue;
		}
		const start = i;
		if (PUNCT.has(ch)) {
			tokens.push({ type: 'punct', text: ch as '(' | ')' | ',' | '/' | ':', pos: start });
			i++;
		} else if (ch === "'") {
			const { value, end } = readQuoted(text, start);
			tokens.push({ type: 'string', value, pos: start });
			i = end;
		} else if (/\d/.test(ch) || (ch === '-' && /\d/.test(text[i + 1] ?? ''))) {
			const rest = text.slice(i);
			const byte = BYTE.exec(rest);
			const match = byte ?? NUMBER.exec(rest)!;
			const raw = match[0];
			if (IDENT_PART.test(text[i + raw.length] ?? '') || text[i + raw.length] === '.') {
				throw filterSyntaxError(`malformed number '${rest.split(/[\s(),]/)[0]}'`, start);
			}
			const value = byte ? parseInt(raw, 16) : Number(raw.replace(/[mlfd]$/i, ''));
			tokens.push({ type: 'number', value, text: raw, pos: start });
			i += raw.length;
		} else if (IDENT_START.test(ch)) {
			while (i < text.length && IDENT_PART.test(text[i])) i++;
			const word = text.slice(start, i);
			const lower = word.toLowerCase();
			const rest = text.slice(i);
			if (text[i] === "'") {
				if (lower !== 'datetime' && lower !== 'guid') {
					throw filterSyntaxError(`unsupported typed literal '${word}'`, start);
				}
				const { value, end } = readQuoted(text, i);
				tokens.push({ type: 'typed', prefix: lower, value, pos: start });
				i = end;
			} else if (lower === 'me' && ME_ID.test(rest)) {
				i += 3;
				tokens.push({ type: 'special', term: 'me.id', offsetDays: 0, text: text.slice(start, i), pos: start });
			} else if (lower === 'today' && TODAY_OFFSET.test(rest)) {
				const m = TODAY_OFFSET.exec(rest)!;
				i += m[0].length;
				const days = Number(m[2]) * (m[1] === '-' ? -1 : 1);
				tokens.push({ type: 'special', term: 'today', offsetDays: days, text: text.slice(start, i), pos: start });
			} else {
				tokens.push({ type: 'ident', text: word, pos: start });
			}
		} else {
			throw filterSyntaxError(`unexpected character '${ch}'`, start);
		}
	}
	tokens.push({ type: 'eof', pos: text.length });
	return tokens;
}

/** Reads `'...'` starting at the opening quote; `''` inside is one quote. */
function readQuoted(text: string, quotePos: number): { value: string; end: number } {
	let value = '';
	let i = quotePos + 1;
	while (i < text.length) {
		if (text[i] === "'") {
			if (text[i + 1] === "'") {
				value += "'";
				i += 2;
				continue;
			}
			return { value, end: i + 1 };
		}
		value += text[i];
		i++;
	}
	throw filterSyntaxError('unterminated string literal', quotePos);
}
