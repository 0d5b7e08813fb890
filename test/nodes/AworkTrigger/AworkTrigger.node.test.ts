import { eventOptions } from '../../../nodes/AworkTrigger/events';
import { apiKeyCredentials, useSandbox } from '../../harness/sandbox';
import { WEBHOOK_EVENT_TYPES } from '../../sandbox';
import { startTrigger, type TriggerHarness } from '../../harness/trigger';

const sandbox = useSandbox({ rateLimit: false, webhookDelivery: { retryDelayMs: 20, timeoutMs: 2000 } });
let trigger: TriggerHarness;

type StoredWebhook = { id: string; uri: string; events: string; authenticationType: string; isActive: boolean };
const webhooks = () => sandbox().store.collection<StoredWebhook>('webhooks').all();

async function createCompany(name: string) {
	const response = await fetch(`${sandbox().baseUrl}/companies`, {
		method: 'POST',
		headers: { authorization: `Bearer ${sandbox().apiKey}`, 'content-type': 'application/json' },
		body: JSON.stringify({ name }),
	});
	expect(response.status).toBe(200);
	return (await response.json()) as { id: string; name: string };
}

beforeEach(async () => {
	trigger = await startTrigger({
		parameters: { events: ['company_added', 'company_updated'] },
		credentials: apiKeyCredentials(sandbox()),
	});
});

afterEach(async () => {
	await trigger.deactivate();
	await trigger.close();
});

describe('awork Trigger', () => {
	it('offers every documented awork event, each once', () => {
		const single = eventOptions.filter((option) => !String(option.value).startsWith('any:'));
		expect(single.map((option) => option.value).sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
		expect(new Set(eventOptions.map((option) => option.name)).size).toBe(eventOptions.length);
	});

	it('registers a header-authenticated webhook for the chosen events on activation', async () => {
		expect(await trigger.checkExists()).toBe(false);
		await trigger.activate();
		const registered = webhooks().filter((w) => w.uri === trigger.webhookUrl);
		expect(registered).toHaveLength(1);
		expect(registered[0].events.split(',').sort()).toEqual(['company_added', 'company_updated']);
		expect(registered[0].authenticationType).toBe('header');
		expect(trigger.staticData.webhookId).toBe(registered[0].id);
		expect(await trigger.checkExists()).toBe(true);
	});

	it('starts the workflow with awork’s payload when awork delivers a subscribed event', async () => {
		await trigger.activate();
		const company = await createCompany('Trigger Test AG');
		const [delivery] = await trigger.waitForDeliveries(1);
		expect(delivery.status).toBe(200);
		expect(delivery.emitted).toHaveLength(1);
		expect(delivery.emitted![0].json).toMatchObject({
			eventType: 'company_added',
			entityId: company.id,
			entityType: 'company',
		});
		expect((delivery.emitted![0].json.entity as { name: string }).name).toBe('Trigger Test AG');
	});

	it('refuses calls that do not carry the registered secret, and starts nothing', async () => {
		await trigger.activate();
		const forged = await fetch(trigger.webhookUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-n8n-awork-secret': 'guess' },
			body: JSON.stringify({ eventType: 'company_added', entityId: 'x' }),
		});
		const anonymous = await fetch(trigger.webhookUrl, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ eventType: 'company_added' }),
		});
		expect([forged.status, anonymous.status]).toEqual([401, 401]);
		expect(trigger.deliveries.map((d) => d.emitted)).toEqual([undefined, undefined]);
	});

	it('removes the webhook from awork on deactivation', async () => {
		await trigger.activate();
		const id = trigger.staticData.webhookId as string;
		await trigger.deactivate();
		expect(webhooks().some((w) => w.id === id)).toBe(false);
		expect(trigger.staticData.webhookId).toBeUndefined();
		expect(await trigger.checkExists()).toBe(false);
	});

	it('replaces a webhook that someone deleted in awork', async () => {
		await trigger.activate();
		const first = trigger.staticData.webhookId as string;
		sandbox().store.collection('webhooks').delete(first);
		expect(await trigger.checkExists()).toBe(false);
		await trigger.activate();
		expect(trigger.staticData.webhookId).not.toBe(first);
		expect(webhooks().filter((w) => w.uri === trigger.webhookUrl)).toHaveLength(1);
	});
});
