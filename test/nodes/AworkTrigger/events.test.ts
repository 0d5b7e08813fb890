import { eventOptions, expandEvents } from '../../../nodes/AworkTrigger/events';
import { WEBHOOK_EVENT_TYPES } from '../../sandbox';
import { triggerSuite } from './triggerSuite';

const { sandbox, start, api, webhooks } = triggerSuite();

describe('awork Trigger: events', () => {
	it('names every awork event after its entity and offers "any event" per entity', () => {
		const anyEvent = eventOptions.filter((o) => String(o.value).startsWith('any:'));
		expect(anyEvent.map((o) => o.name).sort()).toEqual(
			['Absence', 'Company', 'Project', 'Task', 'Task List', 'Time Entry', 'User'].map((e) => `${e}: Any Event`).sort(),
		);
		expect(expandEvents(anyEvent.map((o) => o.value as string))).toEqual([...WEBHOOK_EVENT_TYPES].sort());
		const names = Object.fromEntries(eventOptions.map((o) => [o.value, o.name]));
		expect(names).toMatchObject({
			task_status_changed: 'Task: Status Changed',
			taskassignment_added: 'Task: Assignee Added',
			tasklist_updated: 'Task List: Updated',
			timetracking_type_changed: 'Time Entry: Type Changed',
			projectmember_deleted: 'Project: Member Removed',
		});
	});

	it('registers the events an "any event" choice stands for, and starts for them', async () => {
		const trigger = await start({ events: ['any:company', 'company_added'] });
		const mine = webhooks().filter((w) => w.uri === trigger.webhookUrl);
		expect(mine[0].events.split(',').sort()).toEqual(['company_added', 'company_deleted', 'company_type_changed', 'company_updated']);
		expect(await trigger.checkExists()).toBe(true);
		const company = await api('POST', '/companies', { name: 'Any AG' });
		await api('POST', `/companies/${company.id}/delete`, { deleteOperation: 'delete-only-company' });
		const deliveries = await trigger.waitForDeliveries(2);
		expect(deliveries.map((d) => [d.body.eventType, d.emitted?.length])).toEqual([
			['company_added', 1],
			['company_deleted', 1],
		]);
	});

	it('fails activation naming an event the workspace does not offer, and registers nothing', async () => {
		const trigger = await start({ events: ['company_added', 'company_archived'] }, { activate: false });
		const before = sandbox().requests.length;
		await expect(trigger.activate()).rejects.toThrow(/does not offer the event 'company_archived'/);
		const sent = sandbox().requests.slice(before).map((r) => `${r.method} ${r.url.replace(/^.*\/api\/v1/, '')}`);
		expect(sent).toEqual(['GET /webhooks/eventtypes']);
		expect(webhooks().filter((w) => w.uri === trigger.webhookUrl)).toHaveLength(0);
	});
});
