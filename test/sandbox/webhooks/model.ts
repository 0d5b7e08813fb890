/** Stored webhook configs (the spec's `WebhookConfig`) and delivery log rows (`WebhookLog`). */
import type { Store } from '../store';

export interface StoredWebhook {
	id: string;
	name: string;
	uri: string;
	language: string | null;
	/** Comma-separated event types. */
	events: string;
	isActive: boolean;
	onlyTriggerForMainEntityChanges: boolean;
	/** `none` or `header`. */
	authenticationType: string;
	/** `headername=headervalue` for header authentication. */
	authentication: string | null;
	receiverType: string | null;
	lastFailureReason: string | null;
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
	/** Failed deliveries (after all retries) since the last success. */
	_consecutiveFailures: number;
}

export interface StoredWebhookLog {
	id: string;
	webhookId: string;
	/** A summary of the payload sent (never the authentication header). */
	message: string | null;
	/** 0 when no HTTP answer arrived (network error, timeout). */
	responseCode: number;
	createdOn: string;
	reason: string | null;
	isSuccessful: boolean;
	/** 1 for the first attempt of a delivery, 2 for the first retry … */
	_attempt: number;
	_eventType: string;
	_durationMs: number;
}

export const webhooksOf = (store: Store) => store.collection<StoredWebhook>('webhooks', 'webhook');
export const webhookLogsOf = (store: Store) => store.collection<StoredWebhookLog>('webhookLogs', 'webhook log');

/** The event types a webhook subscribes to. */
export function subscribedEvents(webhook: Pick<StoredWebhook, 'events'>): string[] {
	return webhook.events.split(',').map((e) => e.trim()).filter(Boolean);
}

/** Splits `name=value` (the value may contain `=`); undefined when malformed. */
export function parseHeaderAuth(authentication: string | null | undefined): { name: string; value: string } | undefined {
	if (!authentication) return undefined;
	const at = authentication.indexOf('=');
	if (at <= 0) return undefined;
	const name = authentication.slice(0, at).trim();
	if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) return undefined;
	return { name, value: authentication.slice(at + 1) };
}
