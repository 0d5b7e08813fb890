import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import { listSearch } from './listSearch';
import { loadOptions } from './loadOptions';
import { resourceMapping } from './resourceMapping/endpointFields';
import { resourceProperties, resourceProperty } from './resources';
import { authenticationProperty, aworkCredentials } from './shared/descriptions/authentication';
import { V1_BASE_URL_EXPRESSION } from './shared/transport/apiRoot';
import { requestPathProperty } from './shared/transport/declarative';

export class Awork implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'awork',
		name: 'awork',
		icon: { light: 'file:../../icons/awork.svg', dark: 'file:../../icons/awork.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and change projects, tasks, time entries and more in awork',
		defaults: { name: 'awork' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: aworkCredentials,
		requestDefaults: {
			baseURL: V1_BASE_URL_EXPRESSION,
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
		},
		properties: [authenticationProperty, resourceProperty, requestPathProperty, ...resourceProperties],
	};

	methods = { listSearch, loadOptions, resourceMapping };
}
