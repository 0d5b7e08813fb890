/** Scenario of `examples/sync-billable-time.json`: last month's unbilled billable time per project, then marked as billed. */
import { DateTime } from 'luxon';
import { join } from 'path';

import type { Store } from '../../sandbox/store';
import type { Scenario } from './index';

type Row = { id: string; [key: string]: any };

/** The example's workflow time zone (its settings), which decides what "last month" is. */
const ZONE = 'Europe/Berlin';

interface Prepared {
	/** Last month in the workflow's time zone, as epoch milliseconds [from, to). */
	from: number;
	to: number;
	/** Billed state of every entry before the run. */
	billedBefore: Record<string, boolean>;
	/** Entries made for the run: in the period billable, in the period not billable, before the period billable. */
	made: { billable: string; internal: string; older: string };
}

const startOf = (entry: Row) => Date.parse(entry.startDateUtc.slice(0, 10) + 'T' + (entry.startTimeUtc ?? '00:00:00') + 'Z');

function billedState(store: Store): Record<string, boolean> {
	return Object.fromEntries(store.collection<Row>('timeEntries').all().map((entry) => [entry.id, entry.isBilled === true]));
}

export const syncBillableTime: Scenario<Prepared> = {
	title: 'Sync billable time',
	file: join(__dirname, '..', '..', '..', 'examples', 'sync-billable-time.json'),
	trigger: 'Every 1st of the month',
	input: {},
	async prepare({ api, store }) {
		const now = DateTime.now().setZone(ZONE);
		const from = now.minus({ months: 1 }).startOf('month');
		const to = now.startOf('month');
		const task = store.collection<Row>('tasks').where((t) => Boolean(t.projectId))[0];
		const typeOfWorkId = (await api<Row[]>('GET', '/typeofwork'))[0].id;
		const user = (await api<Row[]>('GET', '/users')).find((u) => u.firstName)!;
		const book = async (start: DateTime, isBillable: boolean, note: string) =>
			(await api<Row>('POST', '/timeentries', {
				userId: user.id, typeOfWorkId, taskId: task.id, timezone: ZONE, isBillable, note,
				startDateUtc: start.toUTC().toISO(), duration: 5400,
			})).id as string;
		const made = {
			billable: await book(from.plus({ days: 9, hours: 10 }), true, 'n8n example: billable'),
			internal: await book(from.plus({ days: 9, hours: 13 }), false, 'n8n example: internal'),
			older: await book(from.minus({ days: 5 }).set({ hour: 10 }), true, 'n8n example: before the period'),
		};
		return { from: from.toMillis(), to: to.toMillis(), billedBefore: billedState(store), made };
	},
	check(store, run) {
		const { from, to, billedBefore, made } = run.prepared;
		const entries = store.collection<Row>('timeEntries').all();
		const due = entries.filter((e) => e.isBillable && !billedBefore[e.id] && startOf(e) >= from && startOf(e) < to);
		expect(due.map((e) => e.id)).toContain(made.billable);
		// Exactly last month's unbilled billable entries were billed; nothing else changed.
		for (const entry of entries) {
			const expected = billedBefore[entry.id] || due.includes(entry);
			if (entry.isBilled !== expected) throw new Error(`time entry ${entry.id} (${entry.startDateUtc}, billable ${entry.isBillable}): isBilled ${entry.isBilled}, expected ${expected}`);
		}
		expect(store.collection<Row>('timeEntries').require(made.internal).isBilled).toBe(false);
		expect(store.collection<Row>('timeEntries').require(made.older).isBilled).toBe(false);

		// One batch per project, each with that project's entries.
		const byProject = new Map<string, string[]>();
		for (const entry of due) byProject.set(entry.projectId, [...(byProject.get(entry.projectId) ?? []), entry.id]);
		const batches = run.requests.filter((r) => r.method === 'POST' && r.url === '/api/v1/timeentries/batch/setIsBilled');
		expect(batches.map((b) => [...(b.body as { timeEntryIds: string[] }).timeEntryIds].sort()).sort()).toEqual(
			[...byProject.values()].map((ids) => [...ids].sort()).sort(),
		);
		expect(run.response).toHaveLength(byProject.size);
		if (run.output) {
			// The invoice lines: hours per project.
			const lines = run.output('Hours per project');
			expect(lines).toHaveLength(byProject.size);
			for (const line of lines) {
				const ids = byProject.get(String(line.project_id))!;
				const seconds = due.filter((e) => ids.includes(e.id)).reduce((sum, e) => sum + e.duration, 0);
				expect(line).toMatchObject({ count_id: ids.length, project_name: store.collection<Row>('projects').require(String(line.project_id)).name });
				expect(line.sum_durationHours).toBeCloseTo(seconds / 3600, 6);
			}
		}
	},
};
