/** WebhookDispatcher against local HTTP receivers: payload, header, retries, pausing, logs. */
import http from 'http';
import type { AddressInfo } from 'net';
import { collections, newUser } from '../domain/people-models';
import { startReceiver } from '../domain/people-testkit';
import { Store } from '../store';
import type { EntityEvent, WebhookDeliveryOptions } from '../types';
import { WebhookDispatcher } from './delivery';
import { webhookLogsOf, webhooksOf, type StoredWebhook } from './model';

const T0 = new Date('2025-03-12T10:00:00.000Z');
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
	await Promise.all(closers.splice(0).map((close) => close()));
});

function setup(uri: string, options: WebhookDeliveryOptions, overrides: Partial<StoredWebhook> = {}) {
	const store = new Store({ seed: 3, now: () => T0 });
	const actor = collections.users(store).insert(newUser(store, null, { firstName: 'Carla', lastName: 'Creative' }));
	const webhook = webhooksOf(store).insert({
		id: store.newId(), name: 'test', uri, language: null, events: 'company_added, company_updated', isActive: true,
		onlyTriggerForMainEntityChanges: false, authenticationType: 'header', authentication: 'X-Api-Key=s3cr=t',
		receiverType: 'custom', lastFailureReason: null, createdOn: T0.toISOString(), createdBy: actor.id,
		updatedOn: T0.toISOString(), updatedBy: actor.id, _consecutiveFailures: 0, ...overrides,
	});
	const dispatcher = new WebhookDispatcher(store, options);
	closers.push(async () => dispatcher.stop());
	const event = (eventType: EntityEvent['eventType'] = 'company_added'): EntityEvent => ({
		eventType, entityType: 'company', entityId: 'c0ffee00-0000-4000-8000-000000000001',
		entity: { id: 'c0ffee00-0000-4000-8000-000000000001', name: 'ACME' }, userId: actor.id, traceId: 'trace-1',
		changes: [{ property: 'Name', old: 'A', new: 'ACME' }],
	});
	return { store, webhook, dispatcher, event, actor };
}

async function receiver(status: () => number = () => 200) {
	const r = await startReceiver(status);
	closers.push(r.close);
	return r;
}

it('posts the documented payload with the configured header to subscribed webhooks only', async () => {
	const r = await receiver();
	const { dispatcher, event, actor, store, webhook } = setup(r.url, {});
	dispatcher.dispatch(event('company_added'));
	dispatcher.dispatch(event('company_deleted')); // not subscribed
	await dispatcher.idle();
	expect(r.received).toHaveLength(1);
	expect(r.received[0].headers['x-api-key']).toBe('s3cr=t');
	expect(r.received[0].headers['content-type']).toContain('application/json');
	expect(r.received[0].body).toEqual({
		timestamp: T0.toISOString(), eventType: 'company_added', entity: { id: 'c0ffee00-0000-4000-8000-000000000001', name: 'ACME' },
		entityId: 'c0ffee00-0000-4000-8000-000000000001', entityType: 'company',
		entityLink: expect.stringMatching(/^https:\/\/[a-z-]+\.awork\.com\/companies\/c0ffee00-0000-4000-8000-000000000001$/),
		traceId: 'trace-1', triggeredBy: { id: actor.id, firstName: 'Carla', lastName: 'Creative' },
		changes: [{ property: 'Name', old: 'A', new: 'ACME' }],
	});
	const logs = webhookLogsOf(store).where((l) => l.webhookId === webhook.id);
	expect(logs).toEqual([expect.objectContaining({ responseCode: 200, isSuccessful: true, reason: null })]);
	expect(JSON.stringify(logs)).not.toContain('s3cr');
});

it('retries failed attempts with growing delays until one succeeds', async () => {
	let calls = 0;
	const r = await receiver(() => (++calls <= 2 ? 503 : 204));
	const { dispatcher, event, store, webhook } = setup(r.url, { retryDelayMs: 20, maxRetries: 5 });
	const started = Date.now();
	dispatcher.dispatch(event());
	await dispatcher.idle();
	expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40 - 5);
	expect(r.received).toHaveLength(3);
	const logs = webhookLogsOf(store).where((l) => l.webhookId === webhook.id);
	expect(logs.map((l) => [l.responseCode, l.isSuccessful, l._attempt])).toEqual([[503, false, 1], [503, false, 2], [204, true, 3]]);
	expect(webhook._consecutiveFailures).toBe(0);
	expect(webhook.isActive).toBe(true);
});

it('gives up after maxRetries and pauses the webhook after more than pauseAfterFailures failed deliveries', async () => {
	const r = await receiver(() => 500);
	const { dispatcher, event, webhook } = setup(r.url, { retryDelayMs: 1, maxRetries: 1, pauseAfterFailures: 10 });
	for (let i = 0; i < 10; i++) dispatcher.dispatch(event());
	await dispatcher.idle();
	expect(r.received).toHaveLength(20); // each delivery: first attempt + 1 retry
	expect(webhook.isActive).toBe(true); // 10 failures are not more than 10
	dispatcher.dispatch(event());
	await dispatcher.idle();
	expect(webhook.isActive).toBe(false);
	expect(webhook.lastFailureReason).toContain('500');
	dispatcher.dispatch(event());
	await dispatcher.idle();
	expect(r.received).toHaveLength(22); // paused: nothing more is sent
});

it('counts a receiver that does not answer in time as failed', async () => {
	const hanging = http.createServer(() => undefined);
	await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
	closers.push(() => new Promise<void>((resolve) => { hanging.closeAllConnections(); hanging.close(() => resolve()); }));
	const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/`;
	const { dispatcher, event, store } = setup(url, { timeoutMs: 50, maxRetries: 0 });
	dispatcher.dispatch(event());
	await dispatcher.idle();
	expect(webhookLogsOf(store).all()).toEqual([expect.objectContaining({ responseCode: 0, isSuccessful: false, reason: expect.stringContaining('50 ms') })]);
});

it('logs network errors and refuses non-http receivers', async () => {
	const { dispatcher, event, store, webhook } = setup('ftp://127.0.0.1/x', { maxRetries: 0 });
	dispatcher.dispatch(event());
	await dispatcher.idle();
	expect(webhookLogsOf(store).all()[0]).toMatchObject({ isSuccessful: false, reason: expect.stringContaining('http') });
	webhook.uri = 'http://127.0.0.1:1/closed';
	dispatcher.dispatch(event());
	await dispatcher.idle();
	expect(webhookLogsOf(store).all()[1]).toMatchObject({ isSuccessful: false, responseCode: 0 });
});

it('stop() cancels pending retries and resolves idle()', async () => {
	const r = await receiver(() => 500);
	const { dispatcher, event } = setup(r.url, { retryDelayMs: 60_000, maxRetries: 3 });
	dispatcher.dispatch(event());
	await r.waitFor(1);
	const idle = dispatcher.idle();
	dispatcher.stop();
	await idle;
	expect(r.received).toHaveLength(1);
});
