/**
 * Builders for the stored shapes of users, companies, types of work and contact infos (the spec's
 * `User`, `Company`, `TypeOfWork`, `ContactInfo` models), used by handlers and the seed alike.
 */
import type { Store } from '../store';
import { createdAudit } from './people-shared';

export interface TagRef {
	id: string;
	name: string | null;
	color: string | null;
}

export interface StoredContactInfo {
	id: string;
	label: string | null;
	value: string | null;
	type: string | null;
	subType: string | null;
	addressLine1: string | null;
	addressLine2: string | null;
	zipCode: string | null;
	city: string | null;
	state: string | null;
	country: string | null;
	isAddress: boolean;
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
}

export interface StoredUser {
	id: string;
	firstName: string | null;
	lastName: string | null;
	birthDate: string | null;
	gender: string | null;
	title: string | null;
	position: string | null;
	language: string | null;
	status: { invitationAccepted: boolean; isDeactivated: boolean };
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
	isArchived: boolean;
	isDeactivated: boolean;
	isAgent: boolean;
	deactivatedOn: string | null;
	deletedOn: string | null;
	hasImage: boolean;
	shouldMigrateToConnect: boolean;
	userContactInfos: StoredContactInfo[];
	resourceVersion: number;
	tags: TagRef[];
	teams: Array<{ id: string; name: string | null; icon: string | null; color: string | null }>;
	isExternal: boolean;
	/** The user's time zone (for timers started without one); not part of the model. */
	_timezone: string;
}

export interface StoredCompany {
	id: string;
	name: string;
	description: string | null;
	industry: string | null;
	hasImage: boolean;
	companyContactInfos: StoredContactInfo[];
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
	resourceVersion: number;
	tags: TagRef[];
	/** Computed from the `projects` collection when the company is read. */
	projectsCount: number;
	projectsInProgressCount: number;
	isExternal: boolean;
}

export interface StoredTypeOfWork {
	id: string;
	name: string;
	description: string | null;
	icon: string | null;
	isArchived: boolean;
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
}

export const CONTACT_INFO_FIELDS = [
	'label', 'value', 'type', 'subType', 'addressLine1', 'addressLine2', 'zipCode', 'city', 'state', 'country', 'isAddress',
] as const;

export function newContactInfo(store: Store, actorId: string, form: Record<string, any>, at?: string): StoredContactInfo {
	const info: Record<string, any> = { id: store.newId() };
	for (const field of CONTACT_INFO_FIELDS) info[field] = field === 'isAddress' ? Boolean(form.isAddress) : (form[field] ?? null);
	return Object.assign(info, createdAudit(store, actorId, at)) as StoredContactInfo;
}

export function newUser(
	store: Store,
	actorId: string | null,
	fields: Partial<Pick<StoredUser, 'firstName' | 'lastName' | 'position' | 'title' | 'gender' | 'language' | 'birthDate'>>,
	at = store.timestamp(),
): StoredUser {
	const id = store.newId();
	return {
		id,
		firstName: fields.firstName ?? null,
		lastName: fields.lastName ?? null,
		birthDate: fields.birthDate ?? null,
		gender: fields.gender ?? null,
		title: fields.title ?? null,
		position: fields.position ?? null,
		language: fields.language ?? 'en',
		status: { invitationAccepted: true, isDeactivated: false },
		// The first user of a workspace created itself.
		...createdAudit(store, actorId ?? id, at),
		isArchived: false,
		isDeactivated: false,
		isAgent: false,
		deactivatedOn: null,
		deletedOn: null,
		hasImage: false,
		shouldMigrateToConnect: false,
		userContactInfos: [],
		resourceVersion: 1,
		tags: [],
		teams: [],
		isExternal: false,
		_timezone: 'Europe/Berlin',
	};
}

export function newCompany(
	store: Store,
	actorId: string,
	fields: { name: string; description?: string | null; industry?: string | null },
	at = store.timestamp(),
): StoredCompany {
	return {
		id: store.newId(),
		name: fields.name,
		description: fields.description ?? null,
		industry: fields.industry ?? null,
		hasImage: false,
		companyContactInfos: [],
		...createdAudit(store, actorId, at),
		resourceVersion: 1,
		tags: [],
		projectsCount: 0,
		projectsInProgressCount: 0,
		isExternal: false,
	};
}

export function newTypeOfWork(
	store: Store,
	actorId: string,
	fields: { name: string; description?: string | null; icon?: string | null },
	at = store.timestamp(),
): StoredTypeOfWork {
	return {
		id: store.newId(),
		name: fields.name,
		description: fields.description ?? null,
		icon: fields.icon ?? null,
		isArchived: false,
		...createdAudit(store, actorId, at),
	};
}

/** The icons `GET /typeofwork/icons` offers (awork uses icon names of its own icon font). */
export const TYPE_OF_WORK_ICONS = [
	'brush', 'code', 'chat', 'phone', 'mail', 'edit', 'people', 'search', 'bug_report', 'school', 'settings', 'description',
] as const;

export const collections = {
	users: (store: Store) => store.collection<StoredUser>('users', 'user'),
	companies: (store: Store) => store.collection<StoredCompany>('companies', 'company'),
	typesOfWork: (store: Store) => store.collection<StoredTypeOfWork>('typesOfWork', 'type of work'),
};
