import { REMEMBERED_DELIVERIES } from '../../../nodes/AworkTrigger/delivery';
import { triggerSuite } from './triggerSuite';

const { start, api, post, postSigned } = triggerSuite();

describe('awork Trigger: verification and deduplication', () => {
	it('answers 400 and starts nothing for signed bodies that are not awork events', async () => {
		const trigger = await start({ events: ['company_added'] });
		const bodies = ['[{"eventType":"company_added"}]', '"company_added"', '{}', '{"eventType":5}', '{"eventType":""}', 'not json'];
		for (const body of bodies) {
			const { status, delivery } = await postSigned(trigger, body);
			expect({ body, status }).toEqual({ body, status: 400 });
			expect(delivery.emitted).toBeUndefined();
		}
	});

	it('starts nothing for a signed event the workflow did not subscribe to', async () => {
		const trigger = await start({ events: ['company_added'] });
		const { status, delivery } = await postSigned(trigger, { eventType: 'task_added', entityId: 'a', traceId: 't1' });
		expect(status).toBe(200);
		expect(delivery.emitted).toBeUndefined();
	});

	it('starts one execution for a delivery awork retries, and one for each real change', async () => {
		const trigger = await start({ events: ['company_updated'] });
		const company = await api('POST', '/companies', { name: 'Retry GmbH' });
		await api('PUT', `/companies/${company.id}`, { name: 'Retry AG' });
		const [first] = await trigger.waitForDeliveries(1);
		expect(first.emitted).toHaveLength(1);
		// awork re-sends the identical body and header when it did not see our answer.
		const retried = await post(trigger, JSON.stringify(first.body), {
			'x-n8n-awork-secret': first.headers['x-n8n-awork-secret'] as string,
		});
		expect(retried.status).toBe(200);
		expect(retried.delivery.emitted).toBeUndefined();
		await api('PUT', `/companies/${company.id}`, { name: 'Retry SE' });
		const [, , second] = await trigger.waitForDeliveries(3);
		expect(second.body.traceId).not.toBe(first.body.traceId);
		expect(second.emitted).toHaveLength(1);
		expect(second.emitted![0].json.entity).toMatchObject({ name: 'Retry SE' });
	});

	it('never deduplicates events that carry neither trace ID nor timestamp', async () => {
		const trigger = await start({ events: ['company_added'] });
		const bare = { eventType: 'company_added', entityId: 'same' };
		expect((await postSigned(trigger, bare)).delivery.emitted).toHaveLength(1);
		expect((await postSigned(trigger, bare)).delivery.emitted).toHaveLength(1);
		expect(trigger.staticData.recentDeliveries).toBeUndefined();
	});

	it(`remembers only the last ${REMEMBERED_DELIVERIES} deliveries`, async () => {
		const trigger = await start({ events: ['company_added'] });
		const event = (n: number) => ({ eventType: 'company_added', entityId: `e${n}`, traceId: `t${n}`, timestamp: '2025-01-01T00:00:00Z' });
		for (let n = 0; n <= REMEMBERED_DELIVERIES; n++) {
			expect((await postSigned(trigger, event(n))).delivery.emitted).toHaveLength(1);
		}
		expect(trigger.staticData.recentDeliveries).toHaveLength(REMEMBERED_DELIVERIES);
		expect((await postSigned(trigger, event(REMEMBERED_DELIVERIES))).delivery.emitted).toBeUndefined();
		// The oldest key was dropped: a retry that late starts again (documented limit).
		expect((await postSigned(trigger, event(0))).delivery.emitted).toHaveLength(1);
	});

	it('answers 401 to spoofed deliveries and starts nothing', async () => {
		const trigger = await start({ events: ['company_added'] });
		const other = await start({ events: ['company_added'] });
		const secret = trigger.staticData.secret as string;
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
		const body = JSON.stringify({ eventType: 'company_added', entityId: 'x', traceId: 'spoof' });
		const spoofs: Array<Record<string, string | string[]>> = [
			{},
			{ 'x-n8n-awork-secret': 'guess' },
			{ 'x-n8n-awork-secret': secret.slice(0, 63) },
			{ 'x-n8n-awork-secret': `${secret}0` },
			{ 'x-n8n-awork-secret': other.staticData.secret as string },
			{ 'x-n8n-awork-secret': [secret, secret] },
			{ 'x-n8n-awork-secret': '' },
		];
		for (const headers of spoofs) {
			const { status, delivery } = await post(trigger, body, headers);
			expect({ headers, status }).toEqual({ headers, status: 401 });
			expect(delivery.emitted).toBeUndefined();
		}
		expect(trigger.staticData.recentDeliveries).toBeUndefined();
		// The same body with the right secret does start it.
		expect((await post(trigger, body, { 'x-n8n-awork-secret': secret })).delivery.emitted).toHaveLength(1);
	});
});
