/**
 * Registers the workflow's webhook in awork, checks it is still there, and removes it. awork sends
 * the header we configure with every delivery; a random secret in it is how `webhook()` tells
 * awork's calls from anyone else's. Registration is idempotent per webhook URL: whatever awork
 * holds for this URL (a create whose answer was lost, static data that was wiped) is removed
 * before a new one is made, so there is never more than one.
 */
import { randomBytes } from 'crypto';
import { NodeApiError, NodeOperationError, type IDataObject, type IHookFunctions, type JsonObject } from 'n8n-workflow';

import { aworkRequest, type AworkRequest } from '../Awork/shared/transport/request';
import { chosenProjects } from './delivery';
import { eventName, expandEvents } from './events';

export const VERIFICATION_HEADER_NAME = 'x-n8n-awork-secret';

interface StoredWebhook extends IDataObject {
	webhookId?: string;
	secret?: string;
	/** The user the credential acts as (`GET /me` at activation), for "ignore own changes". */
	ownUserId?: string;
}

interface WebhookConfig {
	id: string;
	uri?: string;
	isActive?: boolean;
	events?: string;
	onlyTriggerForMainEntityChanges?: boolean;
}

const PAGE_SIZE = 100;

async function awork<T = unknown>(context: IHookFunctions, request: AworkRequest): Promise<T> {
	return (await aworkRequest.call(context, request)) as T;
}

function stored(context: IHookFunctions): StoredWebhook {
	return context.getWorkflowStaticData('node') as StoredWebhook;
}

function isNotFound(error: unknown): boolean {
	const { httpCode, cause } = error as { httpCode?: unknown; cause?: { httpCode?: unknown } };
	return String(httpCode ?? cause?.httpCode) === '404';
}

/** Webhooks need rights most awork users lack; a refusal says which and what to use instead. */
const PERMISSION_HINT =
	'Registering awork webhooks needs an awork admin or the permission workspace-manage-config (read and write). Without it, use the awork Polling Trigger node instead.';

function apiError(context: IHookFunctions, error: unknown): Error {
	const known = error instanceof NodeApiError || error instanceof NodeOperationError ? error : new NodeApiError(context.getNode(), error as JsonObject);
	if (known instanceof NodeApiError && known.httpCode === '403') {
		known.message = `${known.message}. ${PERMISSION_HINT}`;
		known.description = [PERMISSION_HINT, known.description].filter(Boolean).join('\n');
	}
	return known;
}

/** The awork event types the node's selection stands for (shortcuts expanded). */
export function selectedEvents(context: IHookFunctions | { getNodeParameter(name: string): unknown }): string[] {
	return expandEvents(context.getNodeParameter('events') as string[]);
}

function onlyMainEntity(context: IHookFunctions): boolean {
	return context.getNodeParameter('options.onlyTriggerForMainEntityChanges', false) as boolean;
}

/** Whether a filter needs the credential's user: "Ignore Own Changes", or "Changed to Value" = me. */
function ignoresOwnChanges(context: IHookFunctions): boolean {
	const changedTo = String(context.getNodeParameter('options.changedTo', '') ?? '').trim().toLowerCase();
	return (context.getNodeParameter('options.ignoreOwnChanges', false) as boolean) || changedTo === 'me';
}

function clearStored(data: StoredWebhook): void {
	delete data.webhookId;
	delete data.secret;
	delete data.recentDeliveries;
}

export async function checkExists(this: IHookFunctions): Promise<boolean> {
	const data = stored(this);
	if (!data.webhookId || !data.secret) return false;
	let webhook: WebhookConfig;
	try {
		webhook = await awork<WebhookConfig>(this, { method: 'GET', path: `/webhooks/${data.webhookId}` });
	} catch (error) {
		if (!isNotFound(error)) throw apiError(this, error);
		clearStored(data);
		return false;
	}
	const ownUrl = webhook.uri === this.getNodeWebhookUrl('default');
	if (!ownUrl && this.getMode() === 'manual') {
		// "Listen for test event" runs on a copy of the active workflow's static data: the webhook
		// named there is the active workflow's, at its production URL. Leave it; register a test one.
		clearStored(data);
		return false;
	}
	const wanted = selectedEvents(this).join(',');
	const registered = (webhook.events ?? '').split(',').map((e) => e.trim()).filter(Boolean).sort().join(',');
	const current =
		ownUrl &&
		webhook.isActive !== false &&
		wanted === registered &&
		Boolean(webhook.onlyTriggerForMainEntityChanges) === onlyMainEntity(this) &&
		(!ignoresOwnChanges(this) || Boolean(data.ownUserId));
	if (current) {
		// A copy someone made for this URL would deliver without our secret (401 each time): remove it.
		try {
			for (const other of await allWebhooks(this)) {
				if (other.uri === webhook.uri && other.id !== webhook.id) await removeWebhook(this, other.id);
			}
		} catch (error) {
			throw apiError(this, error);
		}
		return true;
	}
	// Stale (other URL or events, or paused by awork after failed deliveries): replace it.
	await deleteWebhook.call(this);
	return false;
}

/** Fails naming the first chosen event the workspace does not offer (`GET /webhooks/eventtypes`). */
async function assertEventsOffered(context: IHookFunctions, events: string[]): Promise<void> {
	if (!events.length) throw new NodeOperationError(context.getNode(), 'Choose at least one event in \'Events\'');
	let offered: string[];
	try {
		offered = await awork<string[]>(context, { method: 'GET', path: '/webhooks/eventtypes' });
	} catch (error) {
		throw apiError(context, error);
	}
	const known = new Set((Array.isArray(offered) ? offered : []).map((event) => String(event).toLowerCase()));
	const missing = events.filter((event) => !known.has(event.toLowerCase()));
	if (missing.length) {
		throw new NodeOperationError(
			context.getNode(),
			`This awork workspace does not offer the event ${missing.map((e) => `'${eventName(e)}' (${e})`).join(', ')}`,
			{ description: 'Remove it from \'Events\'; awork lists the events it offers at GET /webhooks/eventtypes.' },
		);
	}
}

/** Every webhook awork holds, page by page. */
async function allWebhooks(context: IHookFunctions): Promise<WebhookConfig[]> {
	const result: WebhookConfig[] = [];
	for (let page = 1; ; page++) {
		const batch = await awork<WebhookConfig[]>(context, {
			method: 'GET',
			path: '/webhooks',
			qs: { page, pageSize: PAGE_SIZE },
		});
		if (!Array.isArray(batch)) return result;
		result.push(...batch);
		if (batch.length < PAGE_SIZE) return result;
	}
}

async function removeWebhook(context: IHookFunctions, id: string): Promise<void> {
	try {
		await awork(context, { method: 'DELETE', path: `/webhooks/${id}` });
	} catch (error) {
		if (!isNotFound(error)) throw apiError(context, error);
	}
}

export async function create(this: IHookFunctions): Promise<boolean> {
	// A project filter that names no project fails now, not on every delivery.
	chosenProjects(this, this.getNodeParameter('options', {}) as IDataObject);
	const events = selectedEvents(this);
	await assertEventsOffered(this, events);
	const uri = this.getNodeWebhookUrl('default') as string;
	const data = stored(this);
	try {
		// Leftovers for this URL would deliver with a secret nobody knows any more (or twice).
		for (const webhook of await allWebhooks(this)) {
			if (webhook.uri === uri) await removeWebhook(this, webhook.id);
		}
		if (ignoresOwnChanges(this)) {
			const me = await awork<IDataObject>(this, { method: 'GET', path: '/me' });
			data.ownUserId = String(me.id);
		} else {
			delete data.ownUserId;
		}
	} catch (error) {
		throw apiError(this, error);
	}
	const secret = randomBytes(32).toString('hex');
	let webhook: WebhookConfig;
	try {
		webhook = await awork<WebhookConfig>(this, {
			method: 'POST',
			path: '/webhooks',
			body: {
				name: `n8n: ${this.getWorkflow().name ?? this.getWorkflow().id}`.slice(0, 200),
				uri,
				events: events.join(','),
				isActive: true,
				onlyTriggerForMainEntityChanges: onlyMainEntity(this),
				authenticationType: 'header',
				authentication: `${VERIFICATION_HEADER_NAME}=${secret}`,
			},
		});
	} catch (error) {
		throw apiError(this, error);
	}
	clearStored(data);
	data.webhookId = webhook.id;
	data.secret = secret;
	return true;
}

export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const data = stored(this);
	// Already gone in awork (404) counts as removed.
	if (data.webhookId) await removeWebhook(this, data.webhookId);
	clearStored(data);
	delete data.ownUserId;
	return true;
}
