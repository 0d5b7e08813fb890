/** The awork Trigger under the editor's "Listen for test event": n8n's test URL, manual mode, cleanup afterwards. */
import type { TestListener, TriggerHarness } from '../../harness/trigger';
import { triggerSuite } from './triggerSuite';

const { start, api, webhooks: allWebhooks } = triggerSuite();

const TEST_PATH = /\/webhook-test\//;
/** The webhooks these tests made (the demo workspace has one of its own). */
const webhooks = () => allWebhooks().filter((webhook) => webhook.uri.startsWith('http://127.0.0.1:'));

const listeners: TestListener[] = [];
afterEach(async () => {
	for (const listener of listeners.splice(0)) await listener.stop();
});

async function listen(trigger: TriggerHarness): Promise<TestListener> {
	const listener = await trigger.listenForTestEvent();
	listeners.push(listener);
	return listener;
}

describe('awork Trigger: Listen for test event', () => {
	it('registers at the test URL, starts once for a real change, then removes its test webhook', async () => {
		const trigger = await start({ events: ['company_added'] }, { activate: false });
		const listener = await listen(trigger);
		expect(listener.url).toMatch(TEST_PATH);
		expect(webhooks().map((w) => w.uri)).toEqual([listener.url]);

		const company = await api('POST', '/companies', { name: 'Test Event GmbH' });
		const [delivery] = await trigger.waitForDeliveries(1);
		expect(delivery).toMatchObject({ test: true, status: 200 });
		expect(delivery.emitted?.[0].json).toMatchObject({ eventType: 'company_added', entityId: company.id });
		expect(listener.listening).toBe(false);
		expect(webhooks()).toEqual([]);
	});

	it('removes its test webhook when the test is cancelled or times out', async () => {
		const trigger = await start({ events: ['company_added'] }, { activate: false });
		const listener = await listen(trigger);
		expect(webhooks()).toHaveLength(1);
		await listener.stop();
		expect(webhooks()).toEqual([]);
	});

	it('keeps listening through deliveries its filters skip, and starts for the first that passes', async () => {
		const company = await api('POST', '/companies', { name: 'Filtered', industry: 'Shipping' });
		const trigger = await start({ events: ['company_updated'], options: { changedProperties: 'Industry' } }, { activate: false });
		const listener = await listen(trigger);
		await api('PUT', `/companies/${company.id}`, { name: 'Filtered renamed', industry: 'Shipping' });
		await trigger.waitForDeliveries(1);
		expect(listener.listening).toBe(true);
		await api('PUT', `/companies/${company.id}`, { name: 'Filtered renamed', industry: 'Rail' });
		const deliveries = await trigger.waitForDeliveries(2);
		expect(deliveries.map((d) => Boolean(d.emitted))).toEqual([false, true]);
		expect(listener.listening).toBe(false);
		expect(webhooks()).toEqual([]);
	});

	it('leaves the active workflow’s webhook and secret alone, and both receive while the test listens', async () => {
		const trigger = await start({ events: ['company_added'] });
		const production = { ...trigger.staticData };
		const [registered] = webhooks();

		const listener = await listen(trigger);
		expect(webhooks().map((w) => w.uri).sort()).toEqual([listener.url, trigger.webhookUrl].sort());
		expect(webhooks().find((w) => w.uri === trigger.webhookUrl)?.id).toBe(registered.id);
		expect(listener.staticData.secret).not.toBe(production.secret);

		await api('POST', '/companies', { name: 'Seen twice' });
		const deliveries = await trigger.waitForDeliveries(2);
		expect(deliveries.map((d) => [Boolean(d.test), d.status, Boolean(d.emitted)]).sort()).toEqual([
			[false, 200, true],
			[true, 200, true],
		]);
		// The test's webhook is gone; the workflow's own one is untouched and still delivers.
		expect(webhooks().map((w) => w.id)).toEqual([registered.id]);
		expect(trigger.staticData).toMatchObject({ webhookId: production.webhookId, secret: production.secret });
		expect(await trigger.checkExists()).toBe(true);
		await api('POST', '/companies', { name: 'After the test' });
		const [, , after] = await trigger.waitForDeliveries(3);
		expect(after).toMatchObject({ status: 200 });
		expect(after.test).toBeUndefined();
		expect(after.emitted?.[0].json).toMatchObject({ entity: { name: 'After the test' } });
	});
});
