/** The package's node and credential types, loaded from source the way package.json lists them. */
import type { ICredentialType, INodeType } from 'n8n-workflow';

import { AworkSuiteApi } from '../../credentials/AworkSuiteApi.credentials';
import { AworkSuiteOAuth2Api } from '../../credentials/AworkSuiteOAuth2Api.credentials';
import { Awork } from '../../nodes/Awork/Awork.node';
import { AworkPollTrigger } from '../../nodes/AworkPollTrigger/AworkPollTrigger.node';
import { AworkTrigger } from '../../nodes/AworkTrigger/AworkTrigger.node';

export function packageNodeTypes(): Record<string, INodeType> {
	return { awork: new Awork(), aworkTrigger: new AworkTrigger(), aworkPollTrigger: new AworkPollTrigger() };
}

export function packageCredentialTypes(): Record<string, ICredentialType> {
	const types: ICredentialType[] = [new AworkSuiteApi(), new AworkSuiteOAuth2Api()];
	return Object.fromEntries(types.map((type) => [type.name, type]));
}
