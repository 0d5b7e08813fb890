/** The credential choice every awork node offers: API key or OAuth2. */
import type { INodeCredentialDescription, INodeProperties } from 'n8n-workflow';

import { API_KEY_TYPE, USER_LOGIN_TYPE } from '../transport/credentialType';

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'API Key', value: 'apiKey' },
		{ name: 'OAuth2', value: 'oAuth2' },
	],
	default: 'apiKey',
};

export const aworkCredentials: INodeCredentialDescription[] = [
	{ name: API_KEY_TYPE, required: true, displayOptions: { show: { authentication: ['apiKey'] } } },
	{ name: USER_LOGIN_TYPE, required: true, displayOptions: { show: { authentication: ['oAuth2'] } } },
];
