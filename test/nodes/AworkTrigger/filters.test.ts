/** The awork Trigger's filters against real deliveries: projects (pickers), changed properties, own changes. */
import type { INodeProperties } from 'n8n-workflow';

import { searchProjects } from '../../../nodes/Awork/listSearch';
import { AworkTrigger } from '../../../nodes/AworkTrigger/AworkTrigger.node';
import { triggerSuite } from './triggerSuite';

const { sandbox, start, api, webhooks } = triggerSuite();

describe('awork Trigger: filters', () => {
	it('starts only for events of the chosen projects (picked by ID or by awork link)', async () => {
		const [inside, linked, outside] = [
			await api('POST', '/projects', { name: 'Chosen' }),
			await api('POST', '/projects', { name: 'Linked' }),
			await api('POST', '/projects', { name: 'Other' }),
		];
		const trigger = await start({
			events: ['task_added', 'project_updated'],
			options: {
				projects: {
					project: [
						{ project: { __rl: true, mode: 'id', value: inside.id.toUpperCase() } },
						{ project: { __rl: true, mode: 'url', value: `https://acme.awork.com/projects/${linked.id}/tasks` } },
					],
				},
			},
		});
		for (const project of [outside, inside, linked]) {
			await api('POST', '/tasks', { baseType: 'projecttask', entityId: project.id, name: `Task in ${project.name}` });
		}
		await api('PUT', `/projects/${outside.id}`, { name: 'Other renamed' });
		await api('PUT', `/projects/${inside.id}`, { name: 'Chosen renamed' });
		const deliveries = await trigger.waitForDeliveries(5);
		expect(deliveries.map((d) => d.status)).toEqual([200, 200, 200, 200, 200]);
		const started = deliveries.filter((d) => d.emitted).map((d) => [d.body.eventType, (d.body.entity as { name: string }).name]);
		expect(started).toEqual([
			['task_added', 'Task in Chosen'],
			['task_added', 'Task in Linked'],
			['project_updated', 'Chosen renamed'],
		]);
	});

	it('starts only when a chosen property changed, and to the chosen value', async () => {
		const company = await api('POST', '/companies', { name: 'Before', industry: 'Shipping' });
		const trigger = await start({ events: ['company_updated'], options: { changedProperties: 'industry, website', changedTo: 'logistics' } });
		await api('PUT', `/companies/${company.id}`, { name: 'Renamed', industry: 'Shipping' });
		await api('PUT', `/companies/${company.id}`, { name: 'Renamed', industry: 'Rail' });
		await api('PUT', `/companies/${company.id}`, { name: 'Renamed', industry: 'Logistics' });
		const deliveries = await trigger.waitForDeliveries(3);
		expect(deliveries.map((d) => [d.status, Boolean(d.emitted)])).toEqual([
			[200, false],
			[200, false],
			[200, true],
		]);
		expect(deliveries[2].emitted![0].json.changes).toEqual([{ property: 'Industry', old: 'Rail', new: 'Logistics' }]);
	});

	it('without a value, starts whenever a chosen property changed', async () => {
		const company = await api('POST', '/companies', { name: 'Before', industry: 'Shipping' });
		const trigger = await start({ events: ['company_updated'], options: { changedProperties: 'Industry' } });
		await api('PUT', `/companies/${company.id}`, { name: 'Renamed', industry: 'Shipping' });
		await api('PUT', `/companies/${company.id}`, { name: 'Renamed', industry: 'Rail' });
		const deliveries = await trigger.waitForDeliveries(2);
		expect(deliveries.map((d) => Boolean(d.emitted))).toEqual([false, true]);
	});

	it('ignores changes made by the credential’s own user, read once from GET /me at activation', async () => {
		const apiUserId = sandbox().store.apiKeys.get(sandbox().apiKey)!;
		const colleague = sandbox().store.collection<{ id: string; isDeactivated?: boolean }>('users').where((u) => u.id !== apiUserId && !u.isDeactivated)[0];
		sandbox().store.apiKeys.set('colleague-key', colleague.id);
		const trigger = await start({ events: ['company_added'], options: { ignoreOwnChanges: true } });
		expect(trigger.staticData.ownUserId).toBe(apiUserId);
		expect(sandbox().requests.filter((r) => r.method === 'GET' && r.url.endsWith('/me'))).toHaveLength(1);
		await api('POST', '/companies', { name: 'Made by n8n' });
		await api('POST', '/companies', { name: 'Made by a colleague' }, 'colleague-key');
		const deliveries = await trigger.waitForDeliveries(2);
		expect(deliveries.map((d) => [(d.body.entity as { name: string }).name, d.status, Boolean(d.emitted)])).toEqual([
			['Made by n8n', 200, false],
			['Made by a colleague', 200, true],
		]);
		expect(sandbox().requests.filter((r) => r.method === 'GET' && r.url.endsWith('/me'))).toHaveLength(1);
	});

	it('starts only for status changes to a status of a chosen type (a task moved to any Done status)', async () => {
		const project = await api('POST', '/projects', { name: 'Status types' });
		const task = await api('POST', '/tasks', { baseType: 'projecttask', entityId: project.id, name: 'Move me' });
		const statuses: Array<{ id: string; type: string }> = await api('GET', `/projects/${project.id}/taskstatuses`);
		const ofType = (type: string) => statuses.find((status) => status.type === type)!.id;
		const trigger = await start({ events: ['task_status_changed', 'task_updated'], options: { statusTypes: ['done'] } });
		await api('POST', '/tasks/changestatuses', [{ taskId: task.id, statusId: ofType('progress') }]);
		await api('PUT', `/tasks/${task.id}`, { name: 'Move me (renamed)' });
		await api('POST', '/tasks/changestatuses', [{ taskId: task.id, statusId: ofType('done') }]);
		const deliveries = await trigger.waitForDeliveries(3);
		const statusChanges = deliveries.filter((d) => d.body.eventType === 'task_status_changed');
		expect(statusChanges.map((d) => Boolean(d.emitted))).toEqual([false, true]);
		expect(deliveries.filter((d) => d.body.eventType === 'task_updated' && d.emitted)).toEqual([]);
		expect(statusChanges[1].emitted![0].json.changesByProperty).toMatchObject({ TaskStatusId: { new: ofType('done') } });
	});

	it('takes "me" as the value a property changed to: a task assigned to the credential’s user', async () => {
		const apiUserId = sandbox().store.apiKeys.get(sandbox().apiKey)!;
		const colleague = sandbox().store.collection<{ id: string; isDeactivated?: boolean }>('users').where((u) => u.id !== apiUserId && !u.isDeactivated)[0];
		const project = await api('POST', '/projects', { name: 'Assigned to me' });
		const [first, second] = [
			await api('POST', '/tasks', { baseType: 'projecttask', entityId: project.id, name: 'For a colleague' }),
			await api('POST', '/tasks', { baseType: 'projecttask', entityId: project.id, name: 'For me' }),
		];
		const trigger = await start({ events: ['taskassignment_added'], options: { changedProperties: 'AssigneeId', changedTo: 'ME' } });
		expect(trigger.staticData.ownUserId).toBe(apiUserId);
		await api('POST', `/tasks/${first.id}/setassignees`, [colleague.id]);
		await api('POST', `/tasks/${second.id}/setassignees`, [apiUserId]);
		const deliveries = await trigger.waitForDeliveries(2);
		expect(deliveries.map((d) => [d.body.entityId, Boolean(d.emitted)])).toEqual([
			[first.id, false],
			[second.id, true],
		]);
	});

	it('registers "only main entity changes" with awork and re-registers when awork’s copy differs', async () => {
		const trigger = await start({ events: ['project_updated'], options: { onlyTriggerForMainEntityChanges: true } });
		const mine = () => webhooks().filter((w) => w.uri === trigger.webhookUrl);
		expect(mine().map((w) => w.onlyTriggerForMainEntityChanges)).toEqual([true]);
		const posted = sandbox().requests.filter((r) => r.method === 'POST' && r.url.endsWith('/webhooks'));
		expect(posted.at(-1)!.body).toMatchObject({ onlyTriggerForMainEntityChanges: true });
		sandbox().store.collection<{ id: string; onlyTriggerForMainEntityChanges: boolean }>('webhooks').get(mine()[0].id)!.onlyTriggerForMainEntityChanges = false;
		expect(await trigger.checkExists()).toBe(false);
		await trigger.activate();
		expect(mine().map((w) => w.onlyTriggerForMainEntityChanges)).toEqual([true]);
	});
});

describe('awork Trigger: project pickers', () => {
	it('refuses activation when a chosen project is no project ID or link, before registering anything', async () => {
		const trigger = await start(
			{ events: ['task_added'], options: { projects: { project: [{ project: { __rl: true, mode: 'id', value: 'website' } }] } } },
			{ activate: false },
		);
		await expect(trigger.activate()).rejects.toThrow(/^Invalid 'Only for Projects' on item 0: expected a project/);
		expect(webhooks().filter((w) => w.uri === trigger.webhookUrl)).toEqual([]);
	});

	it('offers the project search of the awork node for its pickers', () => {
		const trigger = new AworkTrigger();
		expect(trigger.methods.listSearch.searchProjects).toBe(searchProjects);
		const projects = (trigger.description.properties.find((p) => p.name === 'options')!.options as INodeProperties[]).find((o) => o.name === 'projects')!;
		const locator = (projects.options as Array<{ values: INodeProperties[] }>)[0].values[0];
		expect(locator.type).toBe('resourceLocator');
		expect(locator.modes?.[0].typeOptions?.searchListMethod).toBe('searchProjects');
	});
});
