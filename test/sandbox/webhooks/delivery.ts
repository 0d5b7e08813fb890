/**
 * Delivers entity events to the workspace's webhooks, as awork does: every active webhook
 * subscribed to the event type gets a JSON POST (with its authentication header); a non-2xx
 * answer, a network error or no answer within `timeoutMs` fails the attempt, which is retried up
 * to `maxRetries` times after `retryDelayMs * n`. A webhook whose deliveries fail more than
 * `pauseAfterFailures` times in a row is paused (`isActive: false`). Every attempt is logged for
 * `GET /webhooks/{id}/logs`, without the header value.
 */
import { Rng, type Store } from '../store';
import type { EntityEvent, WebhookDeliveryOptions } from '../types';
import { parseHeaderAuth, subscribedEvents, webhookLogsOf, webhooksOf, type StoredWebhook } from './model';
import { buildPayload } from './payload';
import { postJson, type PostOutcome } from './post';

const DEFAULTS: Required<WebhookDeliveryOptions> = { retryDelayMs: 1000, maxRetries: 10, timeoutMs: 30_000, pauseAfterFailures: 10 };

interface Delivery {
	webhookId: string;
	eventType: string;
	entityId: string;
	body: string;
	/** Attempts made so far. */
	attempts: number;
}

export class WebhookDispatcher {
	private readonly options: Required<WebhookDeliveryOptions>;
	private pending = 0;
	private idleWaiters: Array<() => void> = [];
	private readonly timers = new Set<NodeJS.Timeout>();
	private abort = new AbortController();
	private stopped = false;
	/** Log IDs come from a generator of their own: delivery timing must not shift the workspace's IDs. */
	private readonly logIds = new Rng(0x10_95);

	constructor(private readonly store: Store, options: WebhookDeliveryOptions = {}) {
		this.options = { ...DEFAULTS, ...stripUndefined(options) };
	}

	/** Fans an event out to the subscribed active webhooks (asynchronously). */
	dispatch(event: EntityEvent): void {
		if (this.stopped) return;
		const targets = webhooksOf(this.store).where((w) => w.isActive && subscribedEvents(w).includes(event.eventType));
		if (targets.length === 0) return;
		// One body for all receivers: they must see the same timestamp and snapshot.
		const body = JSON.stringify(buildPayload(this.store, event));
		for (const webhook of targets) {
			this.pending += 1;
			void this.attempt({ webhookId: webhook.id, eventType: event.eventType, entityId: event.entityId, body, attempts: 0 });
		}
	}

	/** Resolves once no delivery is in flight or waiting for a retry. */
	idle(): Promise<void> {
		if (this.pending === 0) return Promise.resolve();
		return new Promise((resolve) => this.idleWaiters.push(resolve));
	}

	/** Cancels retries and in-flight requests; later events are ignored. */
	stop(): void {
		this.stopped = true;
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		this.abort.abort();
		this.pending = 0;
		this.settleIdle();
	}

	private async attempt(delivery: Delivery): Promise<void> {
		const webhook = webhooksOf(this.store).get(delivery.webhookId);
		// Deleted or paused meanwhile: the delivery is dropped.
		if (this.stopped || !webhook || !webhook.isActive) return this.done();
		delivery.attempts += 1;
		const started = Date.now();
		const outcome = await this.send(webhook, delivery.body);
		if (this.stopped) return;
		const ok = outcome.status >= 200 && outcome.status < 300;
		const reason = ok ? null : (outcome.error ?? `The receiver answered with HTTP ${outcome.status}.`);
		this.log(webhook, delivery, outcome, reason, Date.now() - started);
		if (ok) {
			webhook._consecutiveFailures = 0;
			return this.done();
		}
		webhook.lastFailureReason = reason;
		if (delivery.attempts <= this.options.maxRetries) {
			const timer = setTimeout(() => {
				this.timers.delete(timer);
				void this.attempt(delivery);
			}, this.options.retryDelayMs * delivery.attempts);
			this.timers.add(timer);
			return;
		}
		webhook._consecutiveFailures += 1;
		if (webhook._consecutiveFailures > this.options.pauseAfterFailures) {
			// Paused until someone re-enables it (PUT with isActive: true); no event is emitted.
			webhook.isActive = false;
		}
		this.done();
	}

	private send(webhook: StoredWebhook, body: string): Promise<PostOutcome> {
		let url: URL;
		try {
			url = new URL(webhook.uri);
		} catch {
			return Promise.resolve({ status: 0, error: `'${webhook.uri}' is not a valid URL.` });
		}
		if (url.protocol !== 'http:' && url.protocol !== 'https:') {
			return Promise.resolve({ status: 0, error: `Only http(s) receivers are supported, not '${url.protocol}'.` });
		}
		const headers: Record<string, string> = {};
		if (webhook.authenticationType === 'header') {
			const auth = parseHeaderAuth(webhook.authentication);
			if (auth) headers[auth.name] = auth.value;
		}
		return postJson(url, body, headers, this.options.timeoutMs, this.abort.signal);
	}

	private log(webhook: StoredWebhook, delivery: Delivery, outcome: PostOutcome, reason: string | null, durationMs: number): void {
		webhookLogsOf(this.store).insert({
			id: this.logIds.uuid(),
			webhookId: webhook.id,
			message: JSON.stringify({ eventType: delivery.eventType, entityId: delivery.entityId, attempt: delivery.attempts }),
			responseCode: outcome.status,
			createdOn: this.store.timestamp(),
			reason,
			isSuccessful: reason === null,
			_attempt: delivery.attempts,
			_eventType: delivery.eventType,
			_durationMs: durationMs,
		});
	}

	private done(): void {
		this.pending = Math.max(0, this.pending - 1);
		this.settleIdle();
	}

	private settleIdle(): void {
		if (this.pending > 0) return;
		const waiters = this.idleWaiters;
		this.idleWaiters = [];
		for (const resolve of waiters) resolve();
	}
}

function stripUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
