import { triggerSuite, type StoredWebhook } from './triggerSuite';

const { sandbox, start, api, webhooks } = triggerSuite();

describe('awork Trigger: webhook lifecycle', () => {
	it('removes a webhook left for its URL (a lost create answer) before creating its own', async () => {
		const trigger = await start({ events: ['company_added'] }, { activate: false });
		const orphan = await api<StoredWebhook>('POST', '/webhooks', {
			name: 'lost create',
			uri: trigger.webhookUrl,
			events: 'company_added',
			isActive: true,
			authenticationType: 'header',
			authentication: 'x-n8n-awork-secret=nobody-knows-this',
		});
		const unrelated = await api<StoredWebhook>('POST', '/webhooks', {
			name: 'someone else',
			uri: 'https://example.com/hook',
			events: 'company_added',
			isActive: true,
			authenticationType: 'none',
		});
		await trigger.activate();
		const mine = webhooks().filter((w) => w.uri === trigger.webhookUrl);
		expect(mine.map((w) => w.id)).toEqual([trigger.staticData.webhookId]);
		expect(mine[0].id).not.toBe(orphan.id);
		expect(webhooks().some((w) => w.id === unrelated.id)).toBe(true);
		await api('POST', '/companies', { name: 'Delivered once' });
		const deliveries = await trigger.waitForDeliveries(1);
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(deliveries.map((d) => [d.status, d.emitted?.length])).toEqual([[200, 1]]);
	});

	it('treats a webhook that is already gone in awork as removed on deactivation', async () => {
		const trigger = await start({ events: ['company_added'] });
		sandbox().store.collection('webhooks').delete(trigger.staticData.webhookId as string);
		await expect(trigger.deactivate()).resolves.toBeUndefined();
		expect(trigger.staticData.webhookId).toBeUndefined();
		expect(trigger.staticData.secret).toBeUndefined();
		const deletes = sandbox().requests.filter((r) => r.method === 'DELETE');
		expect(deletes.at(-1)!.status).toBe(404);
	});

	it('leaves no webhook behind after 20 activate/deactivate cycles', async () => {
		const before = webhooks().length;
		const trigger = await start({ events: ['company_added'] }, { activate: false });
		for (let cycle = 0; cycle < 20; cycle++) {
			await trigger.activate();
			expect(webhooks().filter((w) => w.uri === trigger.webhookUrl)).toHaveLength(1);
			await trigger.deactivate();
		}
		expect(webhooks().filter((w) => w.uri === trigger.webhookUrl)).toHaveLength(0);
		expect(webhooks()).toHaveLength(before);
	});

	it('recreates a webhook that awork paused', async () => {
		const trigger = await start({ events: ['company_added'] });
		const paused = trigger.staticData.webhookId as string;
		sandbox().store.collection<StoredWebhook>('webhooks').get(paused)!.isActive = false;
		expect(await trigger.checkExists()).toBe(false);
		await trigger.activate();
		const mine = webhooks().filter((w) => w.uri === trigger.webhookUrl);
		expect(mine.map((w) => [w.id === paused, w.isActive])).toEqual([[false, true]]);
		await api('POST', '/companies', { name: 'After pause' });
		const [delivery] = await trigger.waitForDeliveries(1);
		expect(delivery.emitted).toHaveLength(1);
	});

	it('removes a duplicate someone made by hand for its URL while it is active, keeping its own', async () => {
		const trigger = await start({ events: ['company_added'] });
		const own = trigger.staticData.webhookId as string;
		await api('POST', '/webhooks', { name: 'copy made by hand', uri: trigger.webhookUrl, events: 'company_added', isActive: true, authenticationType: 'none' });
		expect(webhooks().filter((w) => w.uri === trigger.webhookUrl)).toHaveLength(2);
		expect(await trigger.checkExists()).toBe(true);
		expect(webhooks().filter((w) => w.uri === trigger.webhookUrl).map((w) => w.id)).toEqual([own]);
	});

	it('keeps exactly one webhook when static data was wiped while it was registered', async () => {
		const trigger = await start({ events: ['company_added'] });
		const lost = trigger.staticData.webhookId as string;
		for (const key of Object.keys(trigger.staticData)) delete trigger.staticData[key];
		expect(await trigger.checkExists()).toBe(false);
		await trigger.activate();
		const mine = webhooks().filter((w) => w.uri === trigger.webhookUrl);
		expect(mine).toHaveLength(1);
		expect(mine[0].id).not.toBe(lost);
		await api('POST', '/companies', { name: 'After wipe' });
		const [delivery] = await trigger.waitForDeliveries(1);
		expect([delivery.status, delivery.emitted?.length]).toEqual([200, 1]);
	});
});

describe('awork Trigger: without the rights for webhooks', () => {
	it('fails activation saying which permission is missing and pointing to the polling trigger', async () => {
		sandbox().setFaults([{ operation: 'POST /webhooks', status: 403 }]);
		try {
			const trigger = await start({ events: ['company_added'] }, { activate: false });
			await expect(trigger.activate()).rejects.toThrow(/workspace-manage-config .*awork Polling Trigger/);
			expect(webhooks().filter((w) => w.uri === trigger.webhookUrl)).toEqual([]);
		} finally {
			sandbox().setFaults([]);
		}
	});
});
