/** Time Tracking → Start, Pause, Resume, Stop, Get Running, Get Last on awork's v2 timer endpoints, on a sandbox clock the tests move. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

let clock = Date.parse('2026-03-02T08:00:00.000Z');
const minutes = (n: number) => void (clock += n * 60_000);
const { sandbox, collection, run, apiUserId } = resourceSuite('timeTracking', {
	sandbox: { now: () => new Date(clock) },
});

type Entry = {
	id: string;
	userId: string;
	taskId: string | null;
	projectId: string | null;
	typeOfWorkId: string;
	timezone: string;
	duration: number | null;
	breaks: Array<{ duration: number | null; endDate: string | null }>;
	_start: number;
	_end: number | null;
	_timer?: { pausedAt: number | null };
};
const entries = () => collection<Entry>('timeEntries');
const timerOf = (userId: string) =>
	entries()
		.all()
		.find((e) => e._timer && e.userId === userId);
const typeOfWork = () =>
	collection<{ id: string; isArchived?: boolean }>('typesOfWork')
		.all()
		.find((t) => !t.isArchived)!;
const projectTask = () =>
	collection<{ id: string; baseType: string; projectId: string }>('tasks')
		.all()
		.find((t) => t.baseType === 'projecttask')!;
const otherUser = () =>
	collection<{ id: string; isDeactivated?: boolean; isArchived?: boolean }>('users')
		.all()
		.find((u) => u.id !== apiUserId() && !u.isDeactivated && !u.isArchived)!;

describe('Time Tracking', () => {
	it('starts, pauses, resumes and stops the timer of the credentials’ user, booking the time without the break', async () => {
		const task = projectTask();
		const type = typeOfWork();
		sandbox().resetLog();
		const started = await run({
			operation: 'start',
			typeOfWorkId: type.id.toUpperCase(),
			task: rl(task.id),
			additionalFields: { note: 'Photo selection', timezone: 'Europe/Berlin' },
		});
		expect(started.error).toBeUndefined();
		expect(started.items[0].json).toMatchObject({
			isRunning: true,
			isPaused: false,
			task: { id: task.id },
			typeOfWork: { id: type.id },
			note: 'Photo selection',
		});
		const timer = timerOf(apiUserId())!;
		expect(timer).toMatchObject({
			id: started.items[0].json.id,
			taskId: task.id,
			projectId: task.projectId,
			timezone: 'Europe/Berlin',
			_end: null,
		});
		expect(sandbox().requests.map((r) => [r.method, r.url, r.body])).toEqual([
			[
				'POST',
				'/api/v2/me/timetracking/start',
				{
					typeOfWorkId: type.id,
					taskId: task.id,
					note: 'Photo selection',
					timezone: 'Europe/Berlin',
				},
			],
		]);

		minutes(20);
		const paused = await run({ operation: 'pause' });
		expect(paused.items[0].json).toMatchObject({
			id: timer.id,
			isRunning: true,
			isPaused: true,
		});
		expect(timerOf(apiUserId())!._timer).toEqual({ pausedAt: clock });

		minutes(5);
		const running = await run({ operation: 'getRunning' });
		expect(running.items[0].json).toMatchObject({
			id: timer.id,
			isRunning: true,
			isPaused: true,
		});
		const resumed = await run({ operation: 'resume' });
		expect(resumed.items[0].json).toMatchObject({
			id: timer.id,
			isRunning: true,
			isPaused: false,
		});
		expect(entries().require(timer.id).breaks).toEqual([expect.objectContaining({ duration: 300 })]);

		minutes(10);
		sandbox().resetLog();
		const stopped = await run({ operation: 'stop' });
		expect(stopped.error).toBeUndefined();
		// 35 minutes on the clock, 5 of them a break.
		expect(stopped.items[0].json).toMatchObject({
			id: timer.id,
			isRunning: false,
			durationSeconds: 1800,
			durationHours: 0.5,
			breakHours: 0.08,
		});
		expect(entries().require(timer.id)).toMatchObject({
			duration: 1800,
			_end: clock,
		});
		expect(entries().require(timer.id)._timer).toBeUndefined();
		expect(sandbox().requests.map((r) => [r.method, r.url, r.body])).toEqual([['POST', '/api/v2/me/timetracking/stop', undefined]]);
	});

	it('says when no timer runs: Get Running, Pause and Resume answer { isRunning: false }, Get Last gives the last entry', async () => {
		expect(timerOf(apiUserId())).toBeUndefined();
		sandbox().resetLog();
		for (const operation of ['getRunning', 'pause', 'resume']) {
			const { items, error } = await run({ operation });
			expect(error).toBeUndefined();
			expect(items.map((i) => i.json)).toEqual([{ isRunning: false }]);
		}
		const last = await run({ operation: 'getLast', simplify: false });
		const expected = entries()
			.all()
			.filter((e) => e.userId === apiUserId() && e._start <= clock)
			.sort((a, b) => b._start - a._start)[0];
		expect(last.items[0].json).toMatchObject({
			id: expected.id,
			startDate: new Date(expected._start).toISOString(),
		});
		expect(sandbox().requests.map((r) => r.operation)).toEqual([
			'v2 GET /me/timeentries/last',
			'v2 POST /me/timetracking/pause',
			'v2 POST /me/timetracking/resume',
			'v2 GET /me/timeentries/last',
		]);
		// Pause and resume take no body (the spec declares none).
		expect(
			sandbox()
				.requests.filter((r) => r.method === 'POST')
				.map((r) => r.body),
		).toEqual([undefined, undefined]);
	});

	it('runs the timer of another user through /users/{id}/…, and starting again stops the running one first', async () => {
		const user = otherUser();
		const type = typeOfWork();
		sandbox().resetLog();
		const first = await run({
			operation: 'start',
			typeOfWorkId: type.id,
			additionalFields: { user: rl(user.id.toUpperCase()) },
		});
		expect(first.error).toBeUndefined();
		expect(first.items[0].json).toMatchObject({
			user: { id: user.id },
			isRunning: true,
		});
		minutes(15);
		const second = await run({
			operation: 'start',
			typeOfWorkId: type.id,
			additionalFields: { user: rl(user.id) },
		});
		expect(entries().require(first.items[0].json.id as string)).toMatchObject({
			duration: 900,
		});
		expect(timerOf(user.id)?.id).toBe(second.items[0].json.id);
		expect(timerOf(apiUserId())).toBeUndefined();

		const running = await run({ operation: 'getRunning', user: rl(user.id) });
		expect(running.items[0].json).toMatchObject({
			id: second.items[0].json.id,
			isRunning: true,
			user: { id: user.id },
		});
		minutes(30);
		const stopped = await run({
			operation: 'stop',
			user: rl(`https://acme.awork.com/users/${user.id}/profile`, 'url'),
		});
		expect(stopped.items[0].json).toMatchObject({
			id: second.items[0].json.id,
			durationSeconds: 1800,
			isRunning: false,
		});
		const none = await run({ operation: 'getRunning', user: rl(user.id) });
		expect(none.items[0].json).toEqual({ isRunning: false, userId: user.id });
		expect(sandbox().requests.map((r) => r.url)).toEqual([
			`/api/v2/users/${user.id}/timetracking/start`,
			`/api/v2/users/${user.id}/timetracking/start`,
			`/api/v2/users/${user.id}/timeentries/last`,
			`/api/v2/users/${user.id}/timetracking/stop`,
			`/api/v2/users/${user.id}/timeentries/last`,
		]);
	});

	it('stops an item with a bad user or type of work before sending it, and runs the others', async () => {
		const type = typeOfWork();
		sandbox().resetLog();
		const { items, error } = await run(
			{
				operation: 'start',
				typeOfWorkId: '={{$json.type}}',
				additionalFields: { user: rl('={{$json.user}}') },
			},
			[
				{ type: type.id, user: apiUserId() },
				{ type: type.id, user: 'carla' },
				{ type: 'Design', user: apiUserId() },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ isRunning: true });
		expect(items[1].error?.message).toBe(
			"Invalid 'User' on item 1: expected a user picked from the list, an awork user link (https://yourworkspace.awork.com/users/5e8f…/profile) or a user ID (GUID), got 'carla'",
		);
		expect(items[2].error?.message).toBe(
			"Invalid 'Type of Work Name or ID' on item 2: expected a type of work ID (GUID) from the list, got 'Design'",
		);
		expect(sandbox().requests).toHaveLength(1);
		await run({ operation: 'stop' });
	});

	it('passes awork’s refusal through when there is no timer to stop', async () => {
		const { items } = await run({ operation: 'stop' }, undefined, true);
		expect(items[0].error?.message).toMatch(/no running time tracking/i);
	});
});
