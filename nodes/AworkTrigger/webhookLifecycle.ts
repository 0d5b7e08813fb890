/**
 * Registers the workflow's webhook in awork, checks it is still there, and removes it. awork sends
 * the header we configure with every delivery; a random secret in it is how `webhook()` tells
 * awork's calls from anyone else's.
 */
import { randomBytes } from 'crypto';
import { NodeApiError, type IDataObject, type IHookFunctions, type JsonObject } from 'n8n-workflow';

import { aworkRequest } from '../Awork/shared/transport/request';

export const VERIFICATION_HEADER_NAME = 'x-n8n-awork-secret';

interface StoredWebhook extends IDataObject {
	webhookId?: string;
	secret?: string;
}

interface WebhookConfig {
	id: string;
	uri?: string;
	isActive?: boolean;
	events?: string;
}

function stored(context: IHookFunctions): StoredWebhook {
	return context.getWorkflowStaticData('node') as StoredWebhook;
}

function isNotFound(error: unknown): boolean {
	return String((error as { httpCode?: unknown }).httpCode) === '404';
}

export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const data = stored(this);
	if (!data.webhookId || !data.secret) return false;
	try {
		const webhook = await aworkRequest.call<IHookFunctions, [never], Promise<WebhookConfig>>(this, {
			method: 'GET',
			path: `/webhooks/${data.webhookId}`,
		} as never);
		const wanted = (this.getNodeParameter('events') as string[]).slice().sort().join(',');
		const registered = (webhook.events ?? '').split(',').map((e) => e.trim()).sort().join(',');
		if (webhook.uri === this.getNodeWebhookUrl('default') && webhook.isActive !== false && wanted === registered) {
			return true;
		}
		// Stale (other URL, other events, or paused by awork after failures): replace it.
		await deleteWebhook.call(this);
		return false;
	} catch (error) {
		if (isNotFound(error)) {
			delete data.webhookId;
			delete data.secret;
			return false;
		}
		throw new NodeApiError(this.getNode(), error as JsonObject);
	}
}

export async function create(this: IHookFunctions): Promise<boolean> {
	const secret = randomBytes(32).toString('hex');
	const events = this.getNodeParameter('events') as string[];
	const onlyMainEntity = this.getNodeParameter('options.onlyTriggerForMainEntityChanges', false) as boolean;
	const webhook = await aworkRequest.call<IHookFunctions, [never], Promise<WebhookConfig>>(this, {
		method: 'POST',
		path: '/webhooks',
		body: {
			name: `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id}`.slice(0, 200),
			uri: this.getNodeWebhookUrl('default'),
			events: events.join(','),
			isActive: true,
			onlyTriggerForMainEntityChanges: onlyMainEntity,
			authenticationType: 'header',
			authentication: `${VERIFICATION_HEADER_NAME}=${secret}`,
		},
	} as never);
	const data = stored(this);
	data.webhookId = webhook.id;
	data.secret = secret;
	return true;
}

export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const data = stored(this);
	if (data.webhookId) {
		try {
			await aworkRequest.call(this, { method: 'DELETE', path: `/webhooks/${data.webhookId}` });
		} catch (error) {
			if (!isNotFound(error)) throw new NodeApiError(this.getNode(), error as JsonObject);
		}
	}
	delete data.webhookId;
	delete data.secret;
	return true;
}
