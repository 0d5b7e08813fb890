import type { ICredentialType, INodeProperties } from 'n8n-workflow';

import { baseUrlProperty } from './AworkSuiteApi.credentials';

/** Authorization code with PKCE against awork's documented endpoints (docs/authentication.md). */
export class AworkSuiteOAuth2Api implements ICredentialType {
	name = 'aworkSuiteOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Awork Suite OAuth2 API';

	icon = { light: 'file:../icons/awork.svg', dark: 'file:../icons/awork.dark.svg' } as const;

	documentationUrl = 'https://developers.awork.com/authentication';

	properties: INodeProperties[] = [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'pkce' },
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: 'https://api.awork.com/api/v1/accounts/authorize',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: 'https://api.awork.com/api/v1/accounts/token',
		},
		{ displayName: 'Scope', name: 'scope', type: 'hidden', default: 'full_access offline_access' },
		{ displayName: 'Auth URI Query Parameters', name: 'authQueryParameters', type: 'hidden', default: '' },
		// n8n's own "Authentication" choice stays visible: confidential clients send their secret as
		// Basic auth (Header), public clients send only the client ID in the token request (Body).
		baseUrlProperty,
	];
}
