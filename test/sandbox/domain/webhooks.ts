/**
 * Webhook configs (`/webhooks…`): CRUD with validation of the comma-separated `events` (each a
 * documented type), the receiver URI (http/https) and header authentication (`name=value`);
 * plus the event type lists and the delivery logs written by `webhooks/delivery.ts`.
 */
import type { ValidationError } from '../http/errors';
import { WEBHOOK_EVENT_TYPES, type HandlerContext, type HandlerTable } from '../types';
import { parseHeaderAuth, subscribedEvents, webhookLogsOf, webhooksOf, type StoredWebhook } from '../webhooks/model';
import { createdAudit, touch } from './people-shared';
import { assertValid } from './shared/respond';
import { withoutInternals } from './shared/internals';

/** The subset awork offers for Slack receivers. */
const SLACK_EVENT_TYPES = ['project_added', 'project_status_changed', 'task_added', 'task_status_changed', 'task_comment_added', 'project_comment_added'];
const AUTH_TYPES = ['none', 'header'];

function checkForm(body: Record<string, any>): void {
	const errors: ValidationError[] = [];
	if (typeof body.name !== 'string' || body.name.trim() === '') errors.push({ property: 'name', message: 'The name is required.' });
	let url: URL | undefined;
	try {
		url = new URL(String(body.uri ?? ''));
	} catch {
		errors.push({ property: 'uri', message: `'${body.uri}' is not a valid absolute URL.` });
	}
	if (url && url.protocol !== 'http:' && url.protocol !== 'https:') errors.push({ property: 'uri', message: 'The URI must use http or https.' });
	const receiverType = String(body.receiverType ?? 'custom');
	const allowed: readonly string[] = receiverType === 'slack' ? SLACK_EVENT_TYPES : WEBHOOK_EVENT_TYPES;
	const events = subscribedEvents({ events: String(body.events ?? '') });
	if (events.length === 0) errors.push({ property: 'events', message: 'At least one event type is required.' });
	for (const event of events) {
		if (!allowed.includes(event)) errors.push({ property: 'events', message: `'${event}' is not a supported event type.` });
	}
	const authType = String(body.authenticationType ?? '');
	if (!AUTH_TYPES.includes(authType)) errors.push({ property: 'authenticationType', message: `'${authType}' is not one of ${AUTH_TYPES.join(', ')}.` });
	if (authType === 'header' && !parseHeaderAuth(body.authentication)) {
		errors.push({ property: 'authentication', message: "Header authentication needs 'headername=headervalue'." });
	}
	assertValid(errors);
}

function normalized(body: Record<string, any>) {
	return {
		name: body.name.trim(),
		uri: body.uri,
		language: body.language ?? null,
		events: subscribedEvents(body as { events: string }).join(','),
		isActive: Boolean(body.isActive),
		onlyTriggerForMainEntityChanges: Boolean(body.onlyTriggerForMainEntityChanges),
		authenticationType: body.authenticationType,
		authentication: body.authenticationType === 'none' ? null : (body.authentication ?? null),
		receiverType: body.receiverType ?? 'custom',
	};
}

const webhooks = (ctx: HandlerContext) => webhooksOf(ctx.store);

export const webhooksHandlers: HandlerTable = {
	'GET /webhooks': (req, ctx) => ctx.list(req, webhooks(ctx).all().map(withoutInternals)),

	'GET /webhooks/eventtypes': () => ({ status: 200, body: [...WEBHOOK_EVENT_TYPES] }),

	'GET /webhooks/eventtypes/slack': () => ({ status: 200, body: [...SLACK_EVENT_TYPES] }),

	'GET /webhooks/{webhookId}': (req, ctx) => ({ status: 200, body: withoutInternals(webhooks(ctx).require(req.params.webhookId)) }),

	'POST /webhooks': (req, ctx) => {
		const body = req.body ?? {};
		checkForm(body);
		const webhook: StoredWebhook = webhooks(ctx).insert({
			id: ctx.store.newId(),
			...normalized(body),
			lastFailureReason: null,
			...createdAudit(ctx.store, req.userId),
			_consecutiveFailures: 0,
		});
		return { status: 200, body: withoutInternals(webhook) };
	},

	'PUT /webhooks/{webhookId}': (req, ctx) => {
		const webhook = webhooks(ctx).require(req.params.webhookId);
		const body = req.body ?? {};
		checkForm(body);
		const wasActive = webhook.isActive;
		Object.assign(webhook, normalized(body));
		// Re-enabling a paused webhook starts its failure count afresh.
		if (!wasActive && webhook.isActive) webhook._consecutiveFailures = 0;
		touch(ctx.store, webhook, req.userId);
		return { status: 200, body: withoutInternals(webhook) };
	},

	'DELETE /webhooks/{webhookId}': (req, ctx) => {
		const webhook = webhooks(ctx).require(req.params.webhookId);
		webhooks(ctx).delete(webhook.id);
		for (const row of webhookLogsOf(ctx.store).where((r) => r.webhookId === webhook.id)) webhookLogsOf(ctx.store).delete(row.id);
		return { status: 204 };
	},

	'GET /webhooks/{webhookId}/logs': (req, ctx) => {
		const webhook = webhooks(ctx).require(req.params.webhookId);
		// Newest first, as a log is read.
		const rows = webhookLogsOf(ctx.store).where((r) => r.webhookId === webhook.id).reverse().map(({ id: _id, ...row }) => withoutInternals(row));
		return ctx.list(req, rows);
	},
};
