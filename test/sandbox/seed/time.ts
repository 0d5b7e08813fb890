/**
 * Seeds time entries (spread over the last 60 days, on seeded tasks and projects, some billed)
 * and absences. Builds stored entries directly rather than through the handlers so 50,000
 * entries take about a second.
 */
import type { Store } from '../store';
import type { LargeWorkspaceOptions } from '../types';
import { absencesOf, newAbsence } from '../domain/absences';
import { collections } from '../domain/people-models';
import { attachRelations, applyInterval, RelationResolver, timeEntriesOf, type StoredTimeEntry } from '../domain/timeentries-model';

const DAY_MS = 86_400_000;
const QUARTER_HOUR_S = 900;
const NOTES = [null, null, 'Client call', 'Review round', 'Implementation', 'Internal sync', 'Research', 'Bug fixing', 'Concept work'];
const ABSENCE_REASONS = ['Vacation', 'Sick leave', 'Training', 'Parental leave', null];

export function seedTime(store: Store, scale: Required<LargeWorkspaceOptions>): void {
	const rng = store.rng;
	const now = store.now().getTime();
	const today = Math.floor(now / DAY_MS) * DAY_MS;
	const users = collections.users(store).all();
	// The API user books nothing; humans do (an empty workspace has none, so nothing is booked).
	const people = users.slice(1);
	const typeIds = collections.typesOfWork(store).where((t) => !t.isArchived).map((t) => t.id);
	const tasks = store.collection<any>('tasks', 'task').where((t) => Boolean(t.projectId) && t.baseType !== 'private');
	const projects = store.collection<any>('projects', 'project').all();
	const entries = timeEntriesOf(store);
	const relations = new RelationResolver(store);
	const apiUserId = users[0]?.id;

	if (people.length > 0 && typeIds.length > 0 && (tasks.length > 0 || projects.length > 0)) {
		for (let i = 0; i < scale.timeEntries; i++) {
			const user = people[i % people.length];
			// Most time is booked on tasks; some directly on a project.
			const task = tasks.length > 0 && (projects.length === 0 || rng.chance(0.85)) ? rng.pick(tasks) : undefined;
			const projectId: string = task ? task.projectId : rng.pick(projects).id;
			const project = store.collection<any>('projects', 'project').get(projectId);
			const typeOfWorkId = task && typeIds.includes(task.typeOfWorkId) ? task.typeOfWorkId : rng.pick(typeIds);
			let day = today - rng.int(0, 59) * DAY_MS;
			const weekday = new Date(day).getUTCDay();
			if (weekday === 0 || weekday === 6) day -= (weekday === 0 ? 2 : 1) * DAY_MS; // book on Fridays instead
			const startMs = day + rng.int(7 * 4, 16 * 4) * 15 * 60_000; // 07:00–16:00 UTC, quarter hours
			const durationS = rng.int(1, 16) * QUARTER_HOUR_S;
			const endMs = Math.min(startMs + durationS * 1000, now);
			const ageDays = (now - startMs) / DAY_MS;
			const isBillable = project?.isBillableByDefault ?? rng.chance(0.8);
			const createdOn = new Date(endMs).toISOString();
			const entry: StoredTimeEntry = {
				id: store.newId(),
				isBillable,
				isBilled: isBillable && ageDays > 14 && rng.chance(0.5),
				taskId: task ? task.id : null,
				projectId,
				note: rng.pick(NOTES),
				startDateUtc: null, startTimeUtc: null, endDateUtc: null, endTimeUtc: null,
				startDateLocal: null, startTimeLocal: null, endDateLocal: null, endTimeLocal: null,
				timezone: user._timezone,
				duration: Math.max(0, Math.round((endMs - startMs) / 1000)),
				breakDuration: 0,
				typeOfWorkId,
				userId: user.id,
				createdBy: user.id,
				createdOn,
				updatedBy: user.id,
				updatedOn: createdOn,
				breaks: [],
				resourceVersion: 1,
				isExternal: false,
				_start: startMs,
				_end: endMs,
				_isDateOnly: false,
			};
			applyInterval(entry);
			attachRelations(entry, relations);
			entries.insert(entry);
		}
	}

	const absences = absencesOf(store);
	for (const user of people) {
		const count = rng.int(0, 2);
		for (let a = 0; a < count; a++) {
			const start = today + rng.int(-60, 30) * DAY_MS;
			const end = start + rng.int(0, 4) * DAY_MS;
			absences.insert(
				newAbsence(
					store,
					apiUserId ?? user.id,
					{ userId: user.id, startOn: new Date(start).toISOString(), endOn: new Date(end).toISOString(), description: rng.pick(ABSENCE_REASONS) },
					new Date(Math.min(start, now) - rng.int(1, 20) * DAY_MS).toISOString(),
				),
			);
		}
	}
}
