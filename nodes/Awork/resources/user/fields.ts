/** What Simplify keeps of a user and of a user's weekly capacity (awork's seconds shown as hours). */
import type { IDataObject } from 'n8n-workflow';

import { compact, secondsToHours } from '../../shared/output/simplify';

const names = (list: unknown): unknown[] | undefined => (Array.isArray(list) ? (list as IDataObject[]).map((entry) => entry.name) : undefined);

/** The user fields most workflows use (Simplify on): the work email is lifted out of the contact infos. */
export function simplifyUser(user: IDataObject): IDataObject {
	const infos = Array.isArray(user.userContactInfos) ? (user.userContactInfos as IDataObject[]) : [];
	const email = infos.find((info) => info.type === 'email')?.value;
	const status = (user.status ?? {}) as IDataObject;
	return compact({
		id: user.id,
		firstName: user.firstName ?? undefined,
		lastName: user.lastName ?? undefined,
		name: [user.firstName, user.lastName].filter(Boolean).join(' ') || undefined,
		email: email ?? undefined,
		position: user.position ?? undefined,
		title: user.title ?? undefined,
		language: user.language ?? undefined,
		isArchived: user.isArchived,
		isDeactivated: user.isDeactivated,
		invitationAccepted: status.invitationAccepted,
		isExternal: user.isExternal,
		tags: names(user.tags),
		teams: names(user.teams),
		createdOn: user.createdOn,
		updatedOn: user.updatedOn,
	});
}

export const WEEKDAYS = [
	['mon', 'Monday'],
	['tue', 'Tuesday'],
	['wed', 'Wednesday'],
	['thu', 'Thursday'],
	['fri', 'Friday'],
	['sat', 'Saturday'],
	['sun', 'Sunday'],
] as const;

/** A capacity in hours: per weekday (`monday: 8`) and the week's total. */
export function simplifyCapacity(capacity: IDataObject): IDataObject {
	const weekly = (capacity.weeklyCapacity ?? {}) as IDataObject;
	const hours: IDataObject = {};
	let total = 0;
	for (const [key, day] of WEEKDAYS) {
		const seconds = typeof weekly[key] === 'number' ? (weekly[key] as number) : 0;
		total += seconds;
		hours[day.toLowerCase()] = secondsToHours(seconds);
	}
	return compact({ userId: capacity.userId, hoursPerWeek: secondsToHours(total), hoursPerDay: hours, updatedOn: capacity.updatedOn });
}
