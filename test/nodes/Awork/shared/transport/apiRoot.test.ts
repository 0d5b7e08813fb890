import { apiRoot } from '../../../../../nodes/Awork/shared/transport/apiRoot';

describe('apiRoot', () => {
	it('trims trailing slashes and derives the v2 root from the v1 one', () => {
		expect(apiRoot('https://api.awork.com/api/v1/')).toBe('https://api.awork.com/api/v1');
		expect(apiRoot(' http://127.0.0.1:3737/api/v1 ', 'v2')).toBe('http://127.0.0.1:3737/api/v2');
	});

	it('names the Base URL field and what was expected when it is unusable', () => {
		expect(() => apiRoot('api.awork.com')).toThrow(
			"The credential's Base URL must be an http(s) URL such as https://api.awork.com/api/v1, got 'api.awork.com'",
		);
		expect(() => apiRoot(undefined)).toThrow(/Base URL must be an http\(s\) URL/);
	});
});
