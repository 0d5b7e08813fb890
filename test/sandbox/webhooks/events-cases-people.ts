/** Event cases of the people area: absences, companies and users (see events.test.ts). */
import { del, mark, post, put, seededUser, type EventCases } from './events-testkit';

const absenceForm = (userId: string, endOn: string) => ({ userId, startOn: '2025-06-10T00:00:00Z', endOn });

export const peopleEventCases = {
	absence_added: async () => {
		const since = mark();
		const absence = await post('/absences', absenceForm(seededUser(0).id, '2025-06-11T00:00:00Z'));
		return { since, entityType: 'absence', entityId: absence.id };
	},
	absence_updated: async () => {
		const absence = await post('/absences', absenceForm(seededUser(0).id, '2025-06-11T00:00:00Z'));
		const since = mark();
		await put(`/absences/${absence.id}`, absenceForm(seededUser(0).id, '2025-06-12T00:00:00Z'));
		return { since, entityType: 'absence', entityId: absence.id, changes: [expect.objectContaining({ property: 'EndOn' })] };
	},
	absence_deleted: async () => {
		const absence = await post('/absences', absenceForm(seededUser(0).id, '2025-06-11T00:00:00Z'));
		const since = mark();
		await del(`/absences/${absence.id}`);
		return { since, entityType: 'absence', entityId: absence.id };
	},

	company_added: async () => {
		const since = mark();
		const company = await post('/companies', { name: 'Harbour Logistics' });
		return { since, entityType: 'company', entityId: company.id };
	},
	company_updated: async () => {
		const company = await post('/companies', { name: 'Harbour Logistics' });
		const since = mark();
		await put(`/companies/${company.id}`, { name: 'Harbour Logistics GmbH' });
		return { since, entityType: 'company', entityId: company.id, changes: [{ property: 'Name', old: 'Harbour Logistics', new: 'Harbour Logistics GmbH' }] };
	},
	company_type_changed: async () => {
		const company = await post('/companies', { name: 'Harbour Logistics', industry: 'Shipping' });
		const since = mark();
		await put(`/companies/${company.id}`, { name: 'Harbour Logistics', industry: 'Logistics' });
		return { since, entityType: 'company', entityId: company.id, changes: [{ property: 'Industry', old: 'Shipping', new: 'Logistics' }] };
	},
	company_deleted: async () => {
		const company = await post('/companies', { name: 'Short-lived Ltd' });
		const since = mark();
		await post(`/companies/${company.id}/delete`, { deleteOperation: 'delete-only-company' });
		return { since, entityType: 'company', entityId: company.id };
	},

	user_added: async () => {
		const since = mark();
		const apiUser = await post('/apiusers', { name: 'Reporting connector' });
		return { since, entityType: 'user', entityId: apiUser.id };
	},
	user_updated: async () => {
		const { id, firstName, lastName } = seededUser(3); // copied: the stored user changes
		const since = mark();
		await put(`/users/${id}`, { firstName, lastName: 'Renamed' });
		return { since, entityType: 'user', entityId: id, changes: [{ property: 'LastName', old: lastName, new: 'Renamed' }] };
	},
	user_activation_changed: async () => {
		const user = seededUser(4);
		const since = mark();
		await post(`/users/${user.id}/deactivate`);
		return { since, entityType: 'user', entityId: user.id, changes: [{ property: 'IsDeactivated', old: false, new: true }] };
	},
	user_status_changed: async () => {
		const user = seededUser(4);
		const since = mark();
		await post(`/users/${user.id}/setarchived`, { isArchived: true });
		return { since, entityType: 'user', entityId: user.id, changes: [{ property: 'IsArchived', old: false, new: true }] };
	},
	user_deleted: async () => {
		const user = seededUser(4);
		const since = mark();
		await del(`/users/${user.id}`);
		return { since, entityType: 'user', entityId: user.id };
	},
} satisfies EventCases;
