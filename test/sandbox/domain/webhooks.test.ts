/** Webhook configs over HTTP, the logs endpoint, and every event type this area produces. */
import { WEBHOOK_EVENT_TYPES } from '../types';
import { kitForSuite, startReceiver } from './people-testkit';

// Some tests here are about rejected configs, so requests answered with 400 are expected.
const kit = kitForSuite({ webhookDelivery: { retryDelayMs: 5, maxRetries: 1, timeoutMs: 2000 } }, 400);
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
	receiver = await startReceiver();
});
afterAll(() => receiver.close());

const form = (patch: Record<string, unknown> = {}) => ({
	name: 'n8n', uri: receiver.url, events: 'company_added', isActive: true, authenticationType: 'header', authentication: 'X-Token=abc', ...patch,
});

describe('webhook configs', () => {
	it('creates, lists, updates and deletes a webhook', async () => {
		const created = await kit.call('/webhooks', { method: 'POST', body: form({ events: 'company_added, company_updated' }) });
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({ name: 'n8n', events: 'company_added,company_updated', isActive: true, authenticationType: 'header', receiverType: 'custom' });
		expect((await kit.call('/webhooks')).body.map((w: any) => w.id)).toContain(created.body.id);
		const put = await kit.call(`/webhooks/${created.body.id}`, { method: 'PUT', body: form({ name: 'renamed', isActive: false, authenticationType: 'none', authentication: null }) });
		expect(put.body).toMatchObject({ name: 'renamed', isActive: false, authentication: null });
		expect((await kit.call(`/webhooks/${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
		expect((await kit.call(`/webhooks/${created.body.id}`)).status).toBe(404);
	});

	it.each([
		['an undocumented event type, naming it', { events: 'company_added,project_exploded' }, 'events', 'project_exploded'],
		['a non-http URI', { uri: 'ftp://example.com/x' }, 'uri', 'http'],
		['header authentication without name=value', { authentication: 'just-a-token' }, 'authentication', 'headername'],
		['an unknown authentication type', { authenticationType: 'basic' }, 'authenticationType', 'basic'],
	])('rejects %s', async (_name, patch, property, mention) => {
		const answer = await kit.call('/webhooks', { method: 'POST', body: form(patch) });
		expect(answer.status).toBe(400);
		expect(answer.body.code).toBe('validation-failed');
		const error = answer.body.validationErrors.find((e: any) => e.property === property);
		expect(error.message).toContain(mention);
	});

	it('lists the documented event types', async () => {
		expect((await kit.call('/webhooks/eventtypes')).body).toEqual([...WEBHOOK_EVENT_TYPES]);
	});
});

describe('delivery through the server', () => {
	it('delivers with the header and shows the attempts in the logs endpoint', async () => {
		const hook = (await kit.call('/webhooks', { method: 'POST', body: form() })).body;
		const before = receiver.received.length;
		await kit.call('/companies', { method: 'POST', body: { name: 'Webhook Test GmbH' } });
		await receiver.waitFor(before + 1);
		const got = receiver.received[before];
		expect(got.headers['x-token']).toBe('abc');
		expect(got.body).toMatchObject({ eventType: 'company_added', entityType: 'company', entity: { name: 'Webhook Test GmbH' }, triggeredBy: { firstName: 'awork' } });
		let logs: any;
		for (let i = 0; i < 50 && !logs?.length; i++) {
			logs = (await kit.call(`/webhooks/${hook.id}/logs`)).body;
			if (!logs.length) await new Promise((r) => setTimeout(r, 10));
		}
		expect(logs[0]).toMatchObject({ webhookId: hook.id, responseCode: 200, isSuccessful: true, reason: null });
		expect(JSON.stringify(logs)).not.toContain('abc');
		await kit.call(`/webhooks/${hook.id}`, { method: 'DELETE' });
	});

	it('produces every event type of the people/time area', async () => {
		const produced = [
			'absence_added', 'absence_updated', 'absence_deleted', 'company_added', 'company_updated', 'company_deleted',
			'timetracking_added', 'timetracking_updated', 'timetracking_deleted', 'timetracking_type_changed',
			'user_updated', 'user_deleted', 'user_status_changed', 'user_activation_changed',
		];
		await kit.call('/webhooks', { method: 'POST', body: form({ events: produced.join(','), authenticationType: 'none', authentication: null }) });
		const start = receiver.received.length;
		const users = (await kit.call('/users')).body;
		const user = users.find((u: any) => u.firstName === 'Lea');
		const [typeA, typeB] = (await kit.call('/typeofwork')).body;

		const company = (await kit.call('/companies', { method: 'POST', body: { name: 'Events Inc' } })).body;
		await kit.call(`/companies/${company.id}`, { method: 'PUT', body: { name: 'Events Incorporated' } });
		await kit.call(`/companies/${company.id}/delete`, { method: 'POST', body: { deleteOperation: 'delete-only-company' } });
		const absence = (await kit.call('/absences', { method: 'POST', body: { userId: user.id, startOn: '2025-06-02T00:00:00Z', endOn: '2025-06-03T00:00:00Z' } })).body;
		await kit.call(`/absences/${absence.id}`, { method: 'PUT', body: { userId: user.id, startOn: '2025-06-02T00:00:00Z', endOn: '2025-06-04T00:00:00Z' } });
		await kit.call(`/absences/${absence.id}`, { method: 'DELETE' });
		const entry = (await kit.call('/timeentries', { method: 'POST', body: { timezone: 'UTC', userId: user.id, typeOfWorkId: typeA.id, startDateUtc: '2025-03-10T08:00:00Z', duration: 600 } })).body;
		await kit.call(`/timeentries/${entry.id}`, { method: 'PUT', body: { timezone: 'UTC', userId: user.id, typeOfWorkId: typeB.id, startDateUtc: '2025-03-10T08:00:00Z', duration: 600 } });
		await kit.call(`/timeentries/${entry.id}`, { method: 'DELETE' });
		await kit.call(`/users/${user.id}`, { method: 'PUT', body: { firstName: 'Lea', lastName: 'Neu' } });
		await kit.call(`/users/${user.id}/deactivate`, { method: 'POST' });
		await kit.call(`/users/${user.id}/setarchived`, { method: 'POST', body: { isArchived: true } });
		await kit.call(`/users/${user.id}`, { method: 'DELETE' });

		await receiver.waitFor(start + produced.length);
		const types = receiver.received.slice(start).map((r) => r.body.eventType);
		expect(new Set(types)).toEqual(new Set(produced));
		const typeChange = receiver.received.slice(start).find((r) => r.body.eventType === 'timetracking_type_changed')!;
		expect(typeChange.body.changes).toEqual([{ property: 'TypeOfWorkId', old: typeA.id, new: typeB.id }]);
		expect(typeChange.body.entityLink).toMatch(/\/users\//);
		const deleted = receiver.received.slice(start).find((r) => r.body.eventType === 'absence_deleted')!;
		expect(deleted.body.entity).toMatchObject({ deletedBy: expect.any(String), deletedOn: expect.any(String) });
	});
});
