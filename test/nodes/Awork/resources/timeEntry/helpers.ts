/** What the time entry tests share: the stored entry shape and picking seed data. */
import type { resourceSuite } from '../../../../harness/resourceSuite';

export type StoredEntry = {
	id: string;
	userId: string;
	taskId: string | null;
	projectId: string | null;
	typeOfWorkId: string;
	note: string | null;
	timezone: string;
	duration: number | null;
	breakDuration: number | null;
	isBillable: boolean;
	isBilled: boolean;
	_start: number;
	_end: number | null;
	_isDateOnly: boolean;
	_timer?: unknown;
};

export function seedData(suite: ReturnType<typeof resourceSuite>) {
	const entries = () => suite.collection<StoredEntry>('timeEntries');
	return {
		entries,
		typeOfWork: () =>
			suite
				.collection<{ id: string; isArchived?: boolean }>('typesOfWork')
				.all()
				.find((t) => !t.isArchived)!,
		projectTasks: () =>
			suite
				.collection<{ id: string; baseType: string; projectId: string }>('tasks')
				.all()
				.filter((t) => t.baseType === 'projecttask'),
		/** A finished, timed entry (not a timer, not date-only), optionally matching `where`. */
		timedEntry: (where: (e: StoredEntry) => boolean = () => true) =>
			entries()
				.all()
				.find((e) => e._end !== null && !e._isDateOnly && !e._timer && (e.breakDuration ?? 0) === 0 && where(e))!,
	};
}

export const iso = (ms: number) => new Date(ms).toISOString();
