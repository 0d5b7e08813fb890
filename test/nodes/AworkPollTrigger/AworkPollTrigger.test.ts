/** The polling trigger against the sandbox: watermark on activation, exactly-once delivery, backlogs, manual samples, errors. */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { startPoller } from '../../harness/poll';
import { resourceSuite } from '../../harness/resourceSuite';
import { apiKeyCredentials } from '../../harness/sandbox';

let clock = new Date('2026-03-02T09:00:00.000Z');
const setClock = (iso: string) => {
	clock = new Date(iso);
};
const { sandbox, api, apiUserId } = resourceSuite('company', { sandbox: { now: () => clock } });

const poller = (parameters: IDataObject, apiKey?: string) =>
	startPoller({ parameters: parameters as never, credentials: apiKeyCredentials(sandbox(), apiKey) });
const ids = (result: INodeExecutionData[][] | null) => (result?.[0] ?? []).map((item) => item.json.id as string);
const newCompany = async (name: string) => (await api('POST', '/companies', { name })).id as string;
const listRequests = (path: string) => sandbox().requests.filter((r) => r.method === 'GET' && r.url.includes(`${path}?`));

describe('awork Polling Trigger', () => {
	it('sets the watermark on the first poll and emits each later change exactly once', async () => {
		setClock('2026-03-02T10:00:00.000Z');
		const existing = await newCompany('Existing Ltd');
		const trigger = poller({ event: 'company', triggerOn: 'updatedOn' });
		const before = sandbox().requests.length;

		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData.cursor).toEqual({
			key: 'company:updatedOn',
			mark: Date.parse('2026-03-02T10:00:00.000Z'),
			idsAtMark: [existing],
		});
		const first = sandbox().requests.slice(before);
		expect(first).toHaveLength(1);
		expect(first[0].url).toContain('orderby=updatedOn%20desc%2Cid%20asc');

		// Same second as the watermark: still new, since its ID was not seen at that time.
		const sameSecond = await newCompany('Same Second GmbH');
		setClock('2026-03-02T10:05:00.000Z');
		const later = await newCompany('Later AG');
		await api('PUT', `/companies/${existing}`, { name: 'Existing Ltd (renamed)' });

		const second = await trigger.poll();
		// Oldest first; within one timestamp by ID.
		expect(ids(second)).toEqual([sameSecond, ...[later, existing].sort()]);
		expect(second![0].find((item) => item.json.id === existing)!.json.name).toBe('Existing Ltd (renamed)');
		const pollRequest = sandbox().requests.at(-1)!;
		expect(decodeURIComponent(pollRequest.url)).toContain("filterby=updatedOn ge datetime'2026-03-02T10:00:00Z'");
		expect(decodeURIComponent(pollRequest.url)).toContain('orderby=updatedOn asc,id asc');
		expect(pollRequest.url).toContain('pageSize=1000');

		expect(await trigger.poll()).toBeNull();
		const again = await newCompany('Again SE');
		expect(ids(await trigger.poll())).toEqual([again]);
		expect(await trigger.poll()).toBeNull();
	});

	it('with "Created" ignores updates and emits new items only', async () => {
		setClock('2026-03-02T11:00:00.000Z');
		const old = await newCompany('Old Co');
		const trigger = poller({ event: 'company', triggerOn: 'createdOn' });
		expect(await trigger.poll()).toBeNull();

		setClock('2026-03-02T11:01:00.000Z');
		await api('PUT', `/companies/${old}`, { name: 'Old Co (changed)' });
		const fresh = await newCompany('Fresh Co');
		expect(ids(await trigger.poll())).toEqual([fresh]);
		expect(decodeURIComponent(sandbox().requests.at(-1)!.url)).toContain("filterby=createdOn ge datetime'2026-03-02T11:00:00Z'");
		expect(await trigger.poll()).toBeNull();
	});

	it('delivers 2,500 changes, many within the same second, exactly once over several polls', async () => {
		setClock('2026-03-02T12:00:00.000Z');
		await newCompany('Watermark Co');
		const capped = poller({ event: 'company', triggerOn: 'updatedOn' });
		const uncapped = poller({ event: 'company', triggerOn: 'updatedOn', options: { maxItems: 5000 } });
		expect(await capped.poll()).toBeNull();
		expect(await uncapped.poll()).toBeNull();

		// 100 batches of 25 companies; the clock moves one second every 4 batches, so 100 items share each second
		// (the first 100 the watermark's own second) and page boundaries fall inside a second.
		const created: string[] = [];
		for (let batch = 0; batch < 100; batch++) {
			setClock(new Date(Date.parse('2026-03-02T12:00:00.000Z') + Math.floor(batch / 4) * 1000).toISOString());
			created.push(...(await Promise.all(Array.from({ length: 25 }, (_, i) => newCompany(`Bulk ${batch}-${i}`)))));
		}
		expect(new Set(created).size).toBe(2500);

		const seen: string[] = [];
		const first = await capped.poll();
		expect(first![0]).toHaveLength(1000);
		seen.push(...ids(first));
		// A change during the backlog, in the same second as the newest items.
		const during = await newCompany('During Backlog');
		for (const expected of [1000, 501]) {
			const next = await capped.poll();
			expect(next![0]).toHaveLength(expected);
			seen.push(...ids(next));
		}
		expect(await capped.poll()).toBeNull();
		expect(seen).toHaveLength(2501);
		expect(new Set(seen)).toEqual(new Set([...created, during]));

		const beforeUncapped = listRequests('/companies').length;
		const all = ids(await uncapped.poll());
		expect(all).toHaveLength(2501);
		expect(new Set(all)).toEqual(new Set([...created, during]));
		expect(listRequests('/companies').length - beforeUncapped).toBeGreaterThanOrEqual(3);
		expect(await uncapped.poll()).toBeNull();
	});

	it('polls tasks through /me/allavailabletasks', async () => {
		setClock('2026-03-02T13:00:00.000Z');
		const trigger = poller({ event: 'task', triggerOn: 'createdOn' });
		expect(await trigger.poll()).toBeNull();
		setClock('2026-03-02T13:00:30.000Z');
		const task = (await api('POST', '/tasks', { baseType: 'private', name: 'Polled task' })).id as string;
		const result = await trigger.poll();
		expect(ids(result)).toEqual([task]);
		expect(result![0][0].json.name).toBe('Polled task');
		expect(sandbox().requests.at(-1)!.url).toContain('/me/allavailabletasks');
	});

	it('polls time entries through /timeentries', async () => {
		setClock('2026-03-02T13:30:00.000Z');
		const trigger = poller({ event: 'timeEntry', triggerOn: 'updatedOn' });
		expect(await trigger.poll()).toBeNull();
		const [typeOfWork] = await api<Array<{ id: string }>>('GET', '/typeofwork');
		setClock('2026-03-02T13:31:00.000Z');
		const entry = (
			await api('POST', '/timeentries', {
				timezone: 'Europe/Berlin',
				userId: apiUserId(),
				typeOfWorkId: typeOfWork.id,
				startDateUtc: '2026-03-02T08:00:00Z',
				duration: 1800,
				note: 'Polled entry',
			})
		).id as string;
		const result = await trigger.poll();
		expect(ids(result)).toEqual([entry]);
		expect(result![0][0].json).toMatchObject({ note: 'Polled entry', duration: 1800 });
		expect(sandbox().requests.at(-1)!.url).toContain('/timeentries?');
		expect(await trigger.poll()).toBeNull();
	});

	it('polls the comments of the chosen task, and starts over for another task', async () => {
		setClock('2026-03-02T13:40:00.000Z');
		const project = await api('POST', '/projects', { name: 'Commented' });
		const task = await api('POST', '/tasks', { baseType: 'projecttask', entityId: project.id, name: 'Discuss me' });
		const other = await api('POST', '/tasks', { baseType: 'projecttask', entityId: project.id, name: 'Other' });
		await api('POST', `/tasks/${task.id}/comments`, { message: 'Before activation' });
		const parameters = { event: 'taskComment', triggerOn: 'createdOn', task: { __rl: true, mode: 'url', value: `https://acme.awork.com/projects/${project.id}/tasks/${task.id}` } };
		const trigger = poller(parameters);
		expect(await trigger.poll()).toBeNull();
		// Two in the watermark's second, one later, one on another task.
		const same = (await api('POST', `/tasks/${task.id}/comments`, { message: 'Same second' })).id as string;
		setClock('2026-03-02T13:41:00.000Z');
		const later = (await api('POST', `/tasks/${task.id}/comments`, { message: 'Later' })).id as string;
		await api('POST', `/tasks/${other.id}/comments`, { message: 'Elsewhere' });
		const result = await trigger.poll();
		expect(ids(result)).toEqual([same, later]);
		expect(sandbox().requests.at(-1)!.url).toContain(`/tasks/${task.id}/comments?`);
		expect(await trigger.poll()).toBeNull();

		trigger.parameters.task = { __rl: true, mode: 'id', value: other.id as string };
		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData.cursor).toMatchObject({ key: `taskComment:/tasks/${other.id}/comments:createdOn` });
	});

	it('polls the comments of the chosen project', async () => {
		setClock('2026-03-02T13:50:00.000Z');
		const project = await api('POST', '/projects', { name: 'Talked about' });
		const trigger = poller({ event: 'projectComment', triggerOn: 'updatedOn', project: { __rl: true, mode: 'id', value: project.id } });
		expect(await trigger.poll()).toBeNull();
		setClock('2026-03-02T13:51:00.000Z');
		const comment = (await api('POST', `/projects/${project.id}/comments`, { message: 'Kick-off notes' })).id as string;
		const result = await trigger.poll();
		expect(ids(result)).toEqual([comment]);
		expect(result![0][0].json.message).toBe('Kick-off notes');
	});

	it('fails naming the picker when no task is chosen for task comments', async () => {
		const trigger = poller({ event: 'taskComment', triggerOn: 'createdOn', task: { __rl: true, mode: 'list', value: '' } });
		await expect(trigger.poll()).rejects.toThrow("Choose the task whose comments to watch in 'Task'");
	});

	it('in manual mode returns the latest 5 without moving the watermark', async () => {
		setClock('2026-03-02T14:00:00.000Z');
		const trigger = poller({ event: 'company', triggerOn: 'updatedOn' });
		expect(await trigger.poll()).toBeNull();
		const cursor = trigger.staticData.cursor;

		const newest: string[] = [];
		for (let i = 0; i < 7; i++) {
			setClock(`2026-03-02T14:0${i + 1}:00.000Z`);
			newest.push(await newCompany(`Manual ${i}`));
		}
		const sample = await trigger.poll('manual');
		expect(ids(sample)).toEqual(newest.slice(2).reverse());
		expect(trigger.staticData.cursor).toEqual(cursor);
		expect(sandbox().requests.at(-1)!.url).toContain('pageSize=5');

		// The active workflow still gets all seven.
		expect(new Set(ids(await trigger.poll()))).toEqual(new Set(newest));
	});

	it('surfaces an API error clearly and keeps the watermark', async () => {
		const trigger = poller({ event: 'project', triggerOn: 'updatedOn' }, 'not-a-valid-key');
		await expect(trigger.poll()).rejects.toThrow('awork rejected the credentials: the API key or access token is invalid');
		expect(trigger.staticData.cursor).toBeUndefined();
	});

	it('keeps the watermark when a later poll fails, and catches up once awork answers again', async () => {
		setClock('2026-03-02T15:00:00.000Z');
		const trigger = poller({ event: 'project', triggerOn: 'updatedOn' });
		expect(await trigger.poll()).toBeNull();
		const cursor = trigger.staticData.cursor;
		setClock('2026-03-02T15:10:00.000Z');
		const project = (await api('POST', '/projects', { name: 'Polled project' })).id as string;

		sandbox().setFaults([{ operation: 'GET /projects', status: 403 }]);
		try {
			await expect(trigger.poll()).rejects.toThrow('awork denied GET /projects: the user behind these credentials lacks the permission');
		} finally {
			sandbox().setFaults([]);
		}
		expect(trigger.staticData.cursor).toEqual(cursor);
		expect(ids(await trigger.poll())).toEqual([project]);
	});
});
