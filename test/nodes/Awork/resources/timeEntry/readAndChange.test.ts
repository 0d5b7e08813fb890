/** Time Entry → Get, Get Many (filters, sort, paging), Update (merged with the current entry), Delete. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';
import { iso, seedData } from './helpers';

const suite = resourceSuite('timeEntry');
const { sandbox, run, apiUserId } = suite;
const { entries, typeOfWork, projectTasks, timedEntry } = seedData(suite);

describe('Time Entry → Get and Get Many', () => {
	it('gets an entry by ID on v2, simplified with hours, and in full on request', async () => {
		const entry = timedEntry();
		sandbox().resetLog();
		const simple = await run({
			operation: 'get',
			timeEntryId: ` ${entry.id.toUpperCase()} `,
		});
		expect(simple.error).toBeUndefined();
		expect(simple.items[0].json).toMatchObject({
			id: entry.id,
			user: { id: entry.userId },
			startDate: iso(entry._start),
			endDate: iso(entry._end!),
			durationSeconds: entry.duration,
			durationHours: Math.round((entry.duration! / 3600) * 100) / 100,
			isBillable: entry.isBillable,
			isBilled: entry.isBilled,
		});
		expect(simple.items[0].json).not.toHaveProperty('resourceVersion');
		const full = await run({
			operation: 'get',
			timeEntryId: entry.id,
			simplify: false,
		});
		expect(full.items[0].json).toMatchObject({
			id: entry.id,
			duration: entry.duration,
			resourceVersion: expect.any(Number),
		});
		expect(sandbox().requests.map((r) => r.url)).toEqual([`/api/v2/timeentries/${entry.id}`, `/api/v2/timeentries/${entry.id}`]);
	});

	it('lists the billable entries of a project not billed yet (for invoicing), as awork filters them', async () => {
		const projectId = entries()
			.all()
			.find((e) => e.projectId && e.isBillable && !e.isBilled)!.projectId!;
		const expected = entries().where((e) => e.projectId === projectId && e.isBillable && !e.isBilled);
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'getMany',
			returnAll: true,
			filters: {
				project: projectId.toUpperCase(),
				billable: true,
				billed: false,
			},
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id).sort()).toEqual(expected.map((e) => e.id).sort());
		expect(items.every((i) => i.json.isBillable === true && i.json.isBilled === false && typeof i.json.durationHours === 'number')).toBe(
			true,
		);
		const url = decodeURIComponent(sandbox().requests[0].url);
		expect(url).toMatch(/^\/api\/v2\/timeentries\?/);
		expect(url).toContain(`projectId eq guid'${projectId}'`);
		expect(url).toContain('isBillable eq true');
		expect(url).toContain('isBilled eq false');
	});

	it('filters by user and start range on v2’s startDate, sorted by duration, up to the limit', async () => {
		const sample = timedEntry();
		const from = sample._start - 14 * 86_400_000;
		const before = sample._start + 86_400_000;
		const expected = entries()
			.where((e) => e.userId === sample.userId && e._start >= from && e._start < before)
			.sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0));
		expect(expected.length).toBeGreaterThan(2);
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'getMany',
			returnAll: false,
			limit: 2,
			filters: {
				user: sample.userId,
				startedFrom: iso(from),
				startedBefore: iso(before),
			},
			sort: { keys: [{ field: 'duration', direction: 'desc' }] },
			simplify: false,
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.duration)).toEqual(expected.slice(0, 2).map((e) => e.duration));
		const url = decodeURIComponent(sandbox().requests[0].url);
		const literal = (ms: number) => iso(ms).replace('.000Z', 'Z');
		expect(url).toContain(`startDate ge datetime'${literal(from)}'`);
		expect(url).toContain(`startDate lt datetime'${literal(before)}'`);
		expect(url).toMatch(/orderby=duration desc/);
	});

	it('pages through all entries with Return All', async () => {
		const { items } = await run({ operation: 'getMany', returnAll: true });
		expect(items).toHaveLength(entries().all().length);
	});
});

describe('Time Entry → Update', () => {
	it('changes the note and keeps everything else, billed state included (awork’s PUT replaces the entry)', async () => {
		const entry = timedEntry((e) => e.isBilled && e.taskId !== null);
		const before = { ...entry };
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'update',
			timeEntryId: entry.id,
			updateFields: { note: 'Reviewed with client' },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			id: entry.id,
			note: 'Reviewed with client',
			isBilled: true,
		});
		expect(entries().require(entry.id)).toMatchObject({
			note: 'Reviewed with client',
			isBilled: true,
			isBillable: true,
			taskId: before.taskId,
			projectId: before.projectId,
			userId: before.userId,
			typeOfWorkId: before.typeOfWorkId,
			duration: before.duration,
			_start: before._start,
			_end: before._end,
		});
		expect(sandbox().requests.map((r) => r.operation)).toEqual(['v2 GET /timeentries/{timeEntryId}', 'v2 PUT /timeentries/{timeEntryId}']);
		expect(sandbox().requests[1].body).toEqual({
			typeOfWorkId: before.typeOfWorkId,
			projectId: before.projectId,
			taskId: before.taskId,
			userId: before.userId,
			note: 'Reviewed with client',
			isBillable: true,
			isBilled: true,
			timezone: before.timezone,
			isDateOnly: false,
			startDate: iso(before._start),
			endDate: iso(before._end!),
		});
	});

	it('moves an entry with a new start (its length stays), and a new duration keeps the start', async () => {
		const entry = timedEntry((e) => !e.isBilled);
		const length = entry._end! - entry._start;
		const moved = await run({
			operation: 'update',
			timeEntryId: entry.id,
			updateFields: { start: '2026-02-02T07:00:00Z' },
		});
		expect(moved.error).toBeUndefined();
		expect(entries().require(entry.id)).toMatchObject({
			_start: Date.parse('2026-02-02T07:00:00Z'),
			_end: Date.parse('2026-02-02T07:00:00Z') + length,
			duration: entry.duration,
		});
		sandbox().resetLog();
		const longer = await run({
			operation: 'update',
			timeEntryId: entry.id,
			updateFields: { duration: '2:15' },
		});
		expect(longer.items[0].json).toMatchObject({
			startDate: '2026-02-02T07:00:00.000Z',
			endDate: '2026-02-02T09:15:00.000Z',
			durationHours: 2.25,
		});
		expect(sandbox().requests[1].body).toMatchObject({
			startDate: '2026-02-02T07:00:00.000Z',
			duration: 8100,
		});
		expect(sandbox().requests[1].body).not.toHaveProperty('endDate');
	});

	it('books an entry on another project, dropping its task, with a new type of work', async () => {
		const entry = timedEntry((e) => !e.isBilled && e.taskId !== null);
		const otherProject = projectTasks().find((t) => t.projectId !== entry.projectId)!.projectId;
		const type = typeOfWork();
		const { error } = await run({
			operation: 'update',
			timeEntryId: entry.id,
			updateFields: { project: rl(otherProject), typeOfWorkId: type.id },
		});
		expect(error).toBeUndefined();
		expect(entries().require(entry.id)).toMatchObject({
			projectId: otherProject,
			taskId: null,
			typeOfWorkId: type.id,
		});
	});

	it('keeps a date-only entry date-only when its duration changes', async () => {
		const created = await run({
			operation: 'create',
			typeOfWorkId: typeOfWork().id,
			timeInput: 'day',
			start: '2026-02-03',
			duration: '4',
			additionalFields: { timezone: 'UTC' },
		});
		const id = created.items[0].json.id as string;
		const { items, error } = await run({
			operation: 'update',
			timeEntryId: id,
			updateFields: { duration: '6h' },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			isDateOnly: true,
			startDate: '2026-02-03T00:00:00.000Z',
			durationHours: 6,
		});
		expect(entries().require(id)).toMatchObject({
			_isDateOnly: true,
			duration: 21600,
		});
	});

	it('refuses End with Duration, a bad start and a non-GUID ID before reading the entry, and updates the others', async () => {
		const entry = timedEntry((e) => !e.isBilled);
		sandbox().resetLog();
		const { items, error } = await run(
			{
				operation: 'update',
				timeEntryId: '={{$json.id}}',
				updateFields: { note: 'ok', start: '={{$json.start}}' },
			},
			[
				{ id: entry.id, start: '2026-02-04T08:00:00Z' },
				{ id: entry.id, start: '04/02/2026 8am' },
				{ id: '12345', start: '2026-02-04T08:00:00Z' },
			],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			id: entry.id,
			note: 'ok',
			startDate: '2026-02-04T08:00:00.000Z',
		});
		expect(items[1].error?.message).toBe(
			"Invalid 'Start' on item 1: expected an ISO 8601 date or date-time such as 2024-05-31 or 2024-05-31T17:00:00Z, got '04/02/2026 8am'",
		);
		expect(items[2].error?.message).toBe("Invalid 'Time Entry ID' on item 2: expected a time entry ID (GUID), got '12345'");
		const both = await run(
			{
				operation: 'update',
				timeEntryId: entry.id,
				updateFields: { end: '2026-02-04T10:00:00Z', duration: '1' },
			},
			undefined,
			true,
		);
		expect(both.items[0].error?.message).toBe(
			"Invalid 'Duration' on item 0: expected no Duration when End is set (awork computes it from start and end), got '1'",
		);
		expect(sandbox().requests.map((r) => r.method)).toEqual(['GET', 'PUT']);
	});

	it('refuses an end before the entry’s current start after reading it, sending no PUT', async () => {
		const entry = timedEntry((e) => !e.isBilled);
		sandbox().resetLog();
		const { items } = await run(
			{
				operation: 'update',
				timeEntryId: entry.id,
				updateFields: { end: iso(entry._start - 3_600_000) },
			},
			undefined,
			true,
		);
		expect(items[0].error?.message).toBe(
			`Invalid 'End' on item 0: expected a date-time after the start (${iso(entry._start)}), got '${iso(entry._start - 3_600_000)}'`,
		);
		expect(sandbox().requests.map((r) => r.method)).toEqual(['GET']);
	});
});

describe('Time Entry → Delete', () => {
	it('deletes an entry on v1 (v2 has no delete) and reports it', async () => {
		const created = await run({
			operation: 'create',
			typeOfWorkId: typeOfWork().id,
			start: '2026-02-05T09:00:00Z',
			duration: '0.5',
		});
		const id = created.items[0].json.id as string;
		expect(entries().get(id)?.userId).toBe(apiUserId());
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'delete',
			timeEntryId: id.toUpperCase(),
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ success: true, timeEntryId: id }]);
		expect(entries().get(id)).toBeUndefined();
		expect(sandbox().requests.map((r) => [r.method, r.url])).toEqual([['DELETE', `/api/v1/timeentries/${id}`]]);
	});

	it('sends nothing for an empty or non-GUID ID', async () => {
		sandbox().resetLog();
		const { items } = await run({ operation: 'delete', timeEntryId: '={{$json.id}}' }, [{ id: '' }, { id: 'entry-1' }], true);
		expect(items.map((i) => i.error?.message)).toEqual([
			"Invalid 'Time Entry ID' on item 0: expected a time entry ID (GUID), got an empty value",
			"Invalid 'Time Entry ID' on item 1: expected a time entry ID (GUID), got 'entry-1'",
		]);
		expect(sandbox().requests).toHaveLength(0);
	});
});
