import type { INode } from 'n8n-workflow';

import { credentialTypeOf, limiterKeyOf } from '../../../../../nodes/Awork/shared/transport/credentialType';

const node = (parameters: INode['parameters'], credentials: INode['credentials']): INode => ({
	id: '1',
	name: 'awork',
	type: 'awork',
	typeVersion: 1,
	position: [0, 0],
	parameters,
	credentials,
});

describe('credentialTypeOf', () => {
	it('follows the authentication parameter, API key by default', () => {
		expect(credentialTypeOf(node({}, {}))).toBe('aworkSuiteApi');
		expect(credentialTypeOf(node({ authentication: 'oAuth2' }, {}))).toBe('aworkSuiteOAuth2Api');
	});
});

describe('limiterKeyOf', () => {
	const withKey = node({}, { aworkSuiteApi: { id: 'c-7', name: 'Agency workspace' } });

	it('puts v1 and v2 requests of one workspace connection under one key', () => {
		expect(limiterKeyOf(withKey, 'https://api.awork.com/api/v1')).toBe(limiterKeyOf(withKey, 'https://api.awork.com/api/v2'));
	});

	it('separates credentials and hosts', () => {
		const other = node({}, { aworkSuiteApi: { id: 'c-8', name: 'Other workspace' } });
		expect(limiterKeyOf(withKey, 'https://api.awork.com/api/v1')).not.toBe(limiterKeyOf(other, 'https://api.awork.com/api/v1'));
		expect(limiterKeyOf(withKey, 'https://api.awork.com/api/v1')).not.toBe(limiterKeyOf(withKey, 'http://127.0.0.1:3737/api/v1'));
	});
});
