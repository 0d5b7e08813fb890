/** Event cases of time tracking: time entries (see events.test.ts). */
import { del, mark, post, put, seededUser, typesOfWork, type EventCases } from './events-testkit';

async function newTimeEntry(): Promise<{ entry: any; typeA: any; typeB: any }> {
	const [typeA, typeB] = await typesOfWork();
	const entry = await post('/timeentries', {
		timezone: 'UTC', userId: seededUser(0).id, typeOfWorkId: typeA.id, startDateUtc: '2025-06-02T07:00:00Z', duration: 1800,
	});
	return { entry, typeA, typeB };
}

export const timeEventCases = {
	timetracking_added: async () => {
		const since = mark();
		const { entry } = await newTimeEntry();
		return { since, entityType: 'timeentry', entityId: entry.id };
	},
	timetracking_updated: async () => {
		const { entry, typeA } = await newTimeEntry();
		const since = mark();
		await put(`/timeentries/${entry.id}`, {
			timezone: 'UTC', userId: seededUser(0).id, typeOfWorkId: typeA.id, startDateUtc: '2025-06-02T07:00:00Z', duration: 3600,
		});
		return { since, entityType: 'timeentry', entityId: entry.id, changes: [expect.objectContaining({ property: 'Duration', old: 1800, new: 3600 })] };
	},
	timetracking_type_changed: async () => {
		const { entry, typeA, typeB } = await newTimeEntry();
		const since = mark();
		await put(`/timeentries/${entry.id}`, {
			timezone: 'UTC', userId: seededUser(0).id, typeOfWorkId: typeB.id, startDateUtc: '2025-06-02T07:00:00Z', duration: 1800,
		});
		return { since, entityType: 'timeentry', entityId: entry.id, changes: [{ property: 'TypeOfWorkId', old: typeA.id, new: typeB.id }] };
	},
	timetracking_deleted: async () => {
		const { entry } = await newTimeEntry();
		const since = mark();
		await del(`/timeentries/${entry.id}`);
		return { since, entityType: 'timeentry', entityId: entry.id };
	},
} satisfies EventCases;
