import { allowsAnonymous, authenticate, bearerToken, defaultApiKey, tryAuthenticate } from './auth';
import type { SpecOperation } from '../types';
import { ApiError } from './errors';

const keys = new Map([
	['key-one', 'user-1'],
	['key-two', 'user-1'],
]);

function rejection(headers: Record<string, string>): ApiError {
	try {
		authenticate(headers, keys);
	} catch (error) {
		return error as ApiError;
	}
	throw new Error('expected a 401');
}

describe('authenticate', () => {
	it('maps every configured key to its user, with any capitalisation of "Bearer"', () => {
		expect(authenticate({ authorization: 'Bearer key-one' }, keys)).toBe('user-1');
		expect(authenticate({ authorization: 'bearer key-two' }, keys)).toBe('user-1');
	});

	it('answers a missing header with 401 unauthorized and a bearer challenge', () => {
		const error = rejection({});
		expect(error).toBeInstanceOf(ApiError);
		expect(error.status).toBe(401);
		expect(error.code).toBe('unauthorized');
		expect(error.headers).toEqual({ 'www-authenticate': 'Bearer' });
		expect(error.description).toMatch(/no Authorization header/);
	});

	it('rejects unknown keys, other schemes and keys differing only in case', () => {
		expect(rejection({ authorization: 'Bearer nope' }).status).toBe(401);
		expect(rejection({ authorization: 'Basic a2V5LW9uZQ==' }).description).toMatch(/Bearer <api key>/);
		expect(rejection({ authorization: 'Bearer KEY-ONE' }).status).toBe(401);
		expect(rejection({ authorization: 'Bearer' }).status).toBe(401);
	});

	it('does not echo the offered key in the error', () => {
		expect(JSON.stringify(rejection({ authorization: 'Bearer secret-value' }).body('t'))).not.toContain('secret-value');
	});
});

describe('bearerToken / defaultApiKey', () => {
	it('extracts the token', () => {
		expect(bearerToken({ authorization: 'Bearer abc.def-ghi ' })).toBe('abc.def-ghi');
		expect(bearerToken({ authorization: 'Bearer a b' })).toBeUndefined();
	});

	it('derives a stable key per seed', () => {
		expect(defaultApiKey(1)).toBe(defaultApiKey(1));
		expect(defaultApiKey(1)).not.toBe(defaultApiKey(2));
		expect(defaultApiKey(1)).toMatch(/^sandbox_[0-9a-f]{40}$/);
	});
});

describe('anonymous operations', () => {
	const op = (operation: Record<string, any>): SpecOperation => ({ api: 'v1', method: 'GET', pathTemplate: '/x', operation });

	it('follows the spec’s x-access.anonymous marker', () => {
		expect(allowsAnonymous(op({ 'x-access': { anonymous: 'true' } }))).toBe(true);
		expect(allowsAnonymous(op({ 'x-access': { any: 'true' } }))).toBe(false);
		expect(allowsAnonymous(op({}))).toBe(false);
		expect(allowsAnonymous(undefined)).toBe(false);
	});

	it('tryAuthenticate names the user of a valid key and ignores anything else', () => {
		expect(tryAuthenticate({ authorization: 'Bearer key-one' }, keys)).toBe('user-1');
		expect(tryAuthenticate({ authorization: 'Bearer nope' }, keys)).toBeUndefined();
		expect(tryAuthenticate({}, keys)).toBeUndefined();
	});
});
