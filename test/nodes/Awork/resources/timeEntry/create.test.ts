/** Time Entry → Create on awork's v2 form: start + duration, start + end, day + duration, and bad input. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';
import { iso, seedData } from './helpers';

const suite = resourceSuite('timeEntry', { operation: 'create' });
const { sandbox, run, apiUserId, collection } = suite;
const { entries, typeOfWork, projectTasks } = seedData(suite);

describe('Time Entry → Create', () => {
	it('books a start and a duration in hours as awork seconds, read in the entry’s time zone, the project taken from the task', async () => {
		const task = projectTasks()[0];
		const type = typeOfWork();
		sandbox().resetLog();
		const { items, error } = await run({
			typeOfWorkId: type.id.toUpperCase(),
			task: rl(task.id),
			start: '2026-01-05T09:00:00',
			duration: '1h 30m',
			additionalFields: { note: 'Draft sitemap', timezone: 'Europe/Berlin' },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			task: { id: task.id },
			project: { id: task.projectId },
			typeOfWork: { id: type.id },
			user: { id: apiUserId() },
			startDate: '2026-01-05T08:00:00.000Z',
			endDate: '2026-01-05T09:30:00.000Z',
			durationHours: 1.5,
			durationSeconds: 5400,
			isRunning: false,
			note: 'Draft sitemap',
		});
		const stored = entries().require(items[0].json.id as string);
		expect(stored).toMatchObject({
			taskId: task.id,
			projectId: task.projectId,
			userId: apiUserId(),
			duration: 5400,
			timezone: 'Europe/Berlin',
			_isDateOnly: false,
		});
		expect(iso(stored._start)).toBe('2026-01-05T08:00:00.000Z');
		expect(sandbox().requests.map((r) => [r.method, r.url, r.body])).toEqual([
			[
				'POST',
				'/api/v2/timeentries',
				{
					typeOfWorkId: type.id,
					taskId: task.id,
					note: 'Draft sitemap',
					timezone: 'Europe/Berlin',
					startDate: '2026-01-05T08:00:00.000Z',
					duration: 5400,
				},
			],
		]);
	});

	it('books a start and an end for another user on a project, not billable, in the workflow’s time zone by default', async () => {
		const task = projectTasks()[1];
		const user = collection<{
			id: string;
			isDeactivated?: boolean;
			isArchived?: boolean;
		}>('users')
			.all()
			.find((u) => u.id !== apiUserId() && !u.isDeactivated && !u.isArchived)!;
		sandbox().resetLog();
		const { items, error } = await run({
			typeOfWorkId: typeOfWork().id,
			project: rl(`https://acme.awork.com/projects/${task.projectId}/tasks`, 'url'),
			timeInput: 'end',
			start: '2026-01-06T13:00:00Z',
			end: '2026-01-06T15:15:00Z',
			additionalFields: { user: rl(user.id), isBillable: false },
		});
		expect(error).toBeUndefined();
		const stored = entries().require(items[0].json.id as string);
		expect(stored).toMatchObject({
			projectId: task.projectId,
			taskId: null,
			userId: user.id,
			duration: 8100,
			isBillable: false,
		});
		const [sent] = sandbox().requests;
		expect(sent.body).toEqual({
			typeOfWorkId: typeOfWork().id,
			projectId: task.projectId,
			userId: user.id,
			isBillable: false,
			// n8n's default workflow time zone (the harness sets none).
			timezone: 'America/New_York',
			startDate: '2026-01-06T13:00:00.000Z',
			endDate: '2026-01-06T15:15:00.000Z',
		});
	});

	it('books hours on a day without clock times: the day as written, not shifted by the time zone', async () => {
		sandbox().resetLog();
		const { items, error } = await run({
			typeOfWorkId: typeOfWork().id,
			timeInput: 'day',
			start: '2026-01-07T00:30:00+01:00',
			duration: 7.5,
			additionalFields: { timezone: 'Europe/Berlin' },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			isDateOnly: true,
			startDate: '2026-01-07T00:00:00.000Z',
			durationHours: 7.5,
			isRunning: false,
		});
		expect(entries().require(items[0].json.id as string)).toMatchObject({
			_isDateOnly: true,
			duration: 27000,
		});
		expect(sandbox().requests[0].body).toMatchObject({
			isDateOnly: true,
			startDate: '2026-01-07T00:00:00.000Z',
			duration: 27000,
		});
	});

	it('stops items with bad input before sending them, names field and item, and books the others', async () => {
		const type = typeOfWork();
		const count = entries().all().length;
		sandbox().resetLog();
		const { items, error } = await run(
			{
				typeOfWorkId: '={{$json.type}}',
				timeInput: 'end',
				start: '={{$json.start}}',
				end: '={{$json.end}}',
				additionalFields: { timezone: '={{$json.zone}}' },
			},
			[
				{
					type: type.id,
					start: '2026-01-08T09:00:00Z',
					end: '2026-01-08T10:00:00Z',
					zone: 'UTC',
				},
				{
					type: 'Design',
					start: '2026-01-08T09:00:00Z',
					end: '2026-01-08T10:00:00Z',
					zone: 'UTC',
				},
				{
					type: type.id,
					start: 'next tuesday',
					end: '2026-01-08T10:00:00Z',
					zone: 'UTC',
				},
				{
					type: type.id,
					start: '2026-01-08T09:00:00Z',
					end: '2026-01-08T08:00:00Z',
					zone: 'UTC',
				},
				{
					type: type.id,
					start: '2026-01-08T09:00:00Z',
					end: '2026-01-08T10:00:00Z',
					zone: 'Mars/Olympus',
				},
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ durationHours: 1 });
		expect(items.slice(1).map((i) => i.error?.message)).toEqual([
			"Invalid 'Type of Work Name or ID' on item 1: expected a type of work ID (GUID) from the list, got 'Design'",
			"Invalid 'Start' on item 2: expected an ISO 8601 date or date-time such as 2024-05-31 or 2024-05-31T17:00:00Z, got 'next tuesday'",
			"Invalid 'End' on item 3: expected a date-time after the start, got '2026-01-08T08:00:00Z'",
			"Invalid 'Time Zone' on item 4: expected an IANA time zone such as Europe/Berlin or UTC, got 'Mars/Olympus'",
		]);
		expect(sandbox().requests).toHaveLength(1);
		expect(entries().all()).toHaveLength(count + 1);
	});

	it('refuses a malformed or zero duration and a task given by a name, before sending', async () => {
		sandbox().resetLog();
		const { items } = await run(
			{
				typeOfWorkId: typeOfWork().id,
				task: rl('={{$json.task}}'),
				start: '2026-01-09T09:00:00Z',
				duration: '={{$json.duration}}',
			},
			[
				{ task: '', duration: 'two hours' },
				{ task: '', duration: '0' },
				{ task: 'Prepare photos', duration: '1' },
			],
			true,
		);
		expect(items.map((i) => i.error?.message)).toEqual([
			"Invalid 'Duration' on item 0: expected a number of hours (e.g. 1.5) or hours and minutes (e.g. 1:30 or 1h 30m), got 'two hours'",
			"Invalid 'Duration' on item 1: expected more than 0 hours, e.g. 1.5, 1:30 or 1h 30m, got '0'",
			"Invalid 'Task' on item 2: expected a task picked from the list, an awork task link (https://yourworkspace.awork.com/projects/3f0c…/tasks/9a1b…) or a task ID (GUID), got 'Prepare photos'",
		]);
		expect(sandbox().requests).toHaveLength(0);
	});
});
