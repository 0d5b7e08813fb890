import { timingSafeEqual } from 'crypto';
import {
	NodeConnectionTypes,
	type IDataObject,
	type IHookFunctions,
	type INodeType,
	type INodeTypeDescription,
	type IWebhookFunctions,
	type IWebhookResponseData,
} from 'n8n-workflow';

import { authenticationProperty, aworkCredentials } from '../Awork/shared/descriptions/authentication';
import { eventOptions } from './events';
import { checkExists, create, deleteWebhook, VERIFICATION_HEADER_NAME } from './webhookLifecycle';

function sameSecret(received: unknown, expected: unknown): boolean {
	if (typeof received !== 'string' || typeof expected !== 'string' || !expected) return false;
	const a = Buffer.from(received);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

export class AworkTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'awork Trigger',
		name: 'aworkTrigger',
		icon: { light: 'file:../../icons/awork.svg', dark: 'file:../../icons/awork.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description: 'Starts the workflow when something happens in awork',
		defaults: { name: 'awork Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: aworkCredentials,
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' }],
		properties: [
			authenticationProperty,
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: eventOptions,
				default: [],
				description: 'The awork events that start the workflow',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Only Main Entity Changes',
						name: 'onlyTriggerForMainEntityChanges',
						type: 'boolean',
						default: false,
						description: 'Whether to skip events about nested entities of the one subscribed to',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await checkExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await create.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const stored = this.getWorkflowStaticData('node');
		const headers = this.getHeaderData() as IDataObject;
		if (!sameSecret(headers[VERIFICATION_HEADER_NAME], stored.secret)) {
			// Not from the webhook this workflow registered: answer without starting anything.
			this.getResponseObject().status(401).json({ message: 'Unknown sender' });
			return { noWebhookResponse: true };
		}
		const body = this.getBodyData();
		const events = this.getNodeParameter('events') as string[];
		if (typeof body.eventType === 'string' && !events.includes(body.eventType)) {
			return { webhookResponse: 'Event not subscribed' };
		}
		return { workflowData: [this.helpers.returnJsonArray(body)] };
	}
}
