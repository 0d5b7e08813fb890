import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/** The base URL field both credential types share: the sandbox, a proxy or another region can be used. */
export const baseUrlProperty: INodeProperties = {
	displayName: 'Base URL',
	name: 'baseUrl',
	type: 'string',
	default: 'https://api.awork.com/api/v1',
	required: true,
	placeholder: 'https://api.awork.com/api/v1',
	description:
		'The awork API v1 root. Change it only for a local awork sandbox or a proxy; v2 endpoints are derived from it.',
};

export class AworkSuiteApi implements ICredentialType {
	// Not `aworkApi`: credential type names are global in an n8n instance and the vendor node owns that one.
	name = 'aworkSuiteApi';

	displayName = 'Awork Suite API';

	icon = { light: 'file:../icons/awork.svg', dark: 'file:../icons/awork.dark.svg' } as const;

	documentationUrl = 'https://developers.awork.com/authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Create one in awork under Settings → Integrations → (client) → Manage API Keys',
		},
		baseUrlProperty,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: { Authorization: '=Bearer {{$credentials.apiKey}}' },
		},
	};

	test: ICredentialTestRequest = {
		request: { baseURL: '={{$credentials.baseUrl}}', url: '/me', method: 'GET' },
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'awork rejected the API key: check that it was copied whole and has not been deleted',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No awork API answered at this Base URL: it should end in /api/v1',
				},
			},
		],
	};
}
