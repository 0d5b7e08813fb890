/**
 * Seeds the people side of a workspace: the workspace record, the API user (always first), human
 * users, companies with tags and contact info, and the default types of work.
 */
import type { Store } from '../store';
import type { LargeWorkspaceOptions } from '../types';
import {
	collections,
	newCompany,
	newContactInfo,
	newTypeOfWork,
	newUser,
	type TagRef,
} from '../domain/people-models';
import { ensureTag } from '../domain/people-tags';
import { WORKSPACE_COLLECTION, type SandboxWorkspace } from '../domain/people-shared';

const FIRST_NAMES = [
	'Carla', 'Jonas', 'Mia', 'Lukas', 'Sofia', 'Ben', 'Lea', 'Noah', 'Emma', 'Felix', 'Hannah', 'Paul',
	'Lina', 'Elias', 'Clara', 'Finn', 'Marie', 'Leon', 'Ida', 'Theo', 'Nora', 'Anton', 'Greta', 'Oskar',
];
const LAST_NAMES = [
	'Creative', 'Schmidt', 'Weber', 'Fischer', 'Becker', 'Hoffmann', 'Wagner', 'Koch', 'Richter', 'Klein',
	'Wolf', 'Neumann', 'Schwarz', 'Braun', 'Zimmermann', 'Hartmann', 'Krüger', 'Lange', 'Werner', 'Vogel',
];
const POSITIONS = ['Designer', 'Developer', 'Project Manager', 'Copywriter', 'Account Manager', 'Art Director', 'Consultant'];

const COMPANY_STEMS = [
	'Nordlicht', 'Bergblick', 'Hafenkante', 'Sonnenhof', 'Lindenbaum', 'Falkenstein', 'Blauwal', 'Eichenwald',
	'Kranich', 'Silberstreif', 'Morgenrot', 'Steinbruch', 'Wellenreiter', 'Rotkehlchen', 'Sternwarte',
];
const COMPANY_SUFFIXES = ['Media GmbH', 'Logistics AG', 'Studios', 'Consulting', 'Foods GmbH', 'Software GmbH', 'Architects'];
const INDUSTRIES = ['Media', 'Logistics', 'Food & Beverage', 'Software', 'Architecture', 'Retail', 'Healthcare', 'Education'];
const CITIES = ['Hamburg', 'Berlin', 'Munich', 'Cologne', 'Leipzig', 'Bremen'];
const COMPANY_TAGS: Array<{ name: string; color: string }> = [
	{ name: 'key-account', color: 'red' },
	{ name: 'retainer', color: 'green' },
	{ name: 'new-business', color: 'blue' },
	{ name: 'agency', color: 'yellow' },
	{ name: 'public-sector', color: 'purple' },
];

/** The default types of work of a new awork workspace; time entries need one, so even `empty` has them. */
const DEFAULT_TYPES_OF_WORK = [
	{ name: 'Design', icon: 'brush', description: 'Visual and UX design' },
	{ name: 'Development', icon: 'code', description: 'Software development' },
	{ name: 'Project management', icon: 'people', description: 'Planning and coordination' },
	{ name: 'Meeting', icon: 'chat', description: 'Internal and client meetings' },
	{ name: 'Copywriting', icon: 'edit', description: 'Texts and content' },
	{ name: 'Consulting', icon: 'phone', description: 'Advice and workshops' },
];

const DAY_MS = 86_400_000;

export function seedPeople(store: Store, scale: Required<LargeWorkspaceOptions>): { apiUserId: string } {
	const rng = store.rng;
	const now = store.now().getTime();
	const longAgo = (maxDays: number) => new Date(now - rng.int(30, Math.max(30, maxDays)) * DAY_MS).toISOString();

	store.collection<SandboxWorkspace>(WORKSPACE_COLLECTION, 'workspace').insert({
		id: store.newId(),
		name: 'Sandbox Demo',
		subdomain: 'sandbox-demo',
	});

	const users = collections.users(store);
	const workspaceCreatedOn = new Date(now - 400 * DAY_MS).toISOString();
	// The API user is the workspace's integration account: every API-key request acts as it.
	const apiUser = newUser(store, null, { firstName: 'awork', lastName: 'API', position: 'Integration' }, workspaceCreatedOn);
	users.insert(apiUser);

	for (let i = 0; i < scale.users; i++) {
		const firstName = FIRST_NAMES[i % FIRST_NAMES.length];
		// Vary the last name with the round so large workspaces keep names (mostly) distinct.
		const lastName = LAST_NAMES[(i + Math.floor(i / FIRST_NAMES.length) * 7) % LAST_NAMES.length];
		const user = newUser(
			store,
			apiUser.id,
			{ firstName, lastName, position: rng.pick(POSITIONS), gender: null, language: rng.chance(0.6) ? 'de' : 'en' },
			longAgo(380),
		);
		const email = `${firstName}.${lastName}${i >= FIRST_NAMES.length ? i : ''}@sandbox-demo.example`.toLowerCase();
		user.userContactInfos.push(newContactInfo(store, user.id, { type: 'email', subType: 'work', label: 'Work', value: email }, user.createdOn));
		users.insert(user);
	}

	const companies = collections.companies(store);
	const tagPool: TagRef[] = COMPANY_TAGS.map((tag) => {
		const pooled = ensureTag(store, 'company', tag.name, tag.color, apiUser.id, workspaceCreatedOn);
		return { id: pooled.id, name: pooled.name, color: pooled.color };
	});
	for (let i = 0; i < scale.companies; i++) {
		const stem = COMPANY_STEMS[i % COMPANY_STEMS.length];
		const round = Math.floor(i / COMPANY_STEMS.length);
		const name = `${stem} ${COMPANY_SUFFIXES[(i + round) % COMPANY_SUFFIXES.length]}${round > 0 ? ` ${round + 1}` : ''}`;
		const company = newCompany(store, apiUser.id, { name, industry: rng.pick(INDUSTRIES), description: `Client since ${2015 + (i % 9)}` }, longAgo(360));
		const tagCount = rng.int(0, 2);
		for (let t = 0; t < tagCount; t++) {
			const tag = rng.pick(tagPool);
			if (!company.tags.some((existing) => existing.id === tag.id)) company.tags.push({ ...tag });
		}
		const domain = `${stem.toLowerCase()}.example`;
		// Companies' subtypes differ from people's (ContactInfoForCompanies): central / invoice / primary / other.
		company.companyContactInfos.push(
			newContactInfo(store, apiUser.id, { type: 'email', subType: 'central', label: 'Office', value: `hello@${domain}` }, company.createdOn),
			newContactInfo(store, apiUser.id, { type: 'phone', subType: 'central', label: 'Office', value: `+49 40 ${rng.int(1000000, 9999999)}` }, company.createdOn),
			newContactInfo(
				store,
				apiUser.id,
				{ type: 'address', subType: 'central', label: 'Office', isAddress: true, addressLine1: `${stem}straße ${rng.int(1, 120)}`, zipCode: String(rng.int(10000, 99999)), city: rng.pick(CITIES), country: 'DE' },
				company.createdOn,
			),
		);
		companies.insert(company);
	}

	const typesOfWork = collections.typesOfWork(store);
	for (const type of DEFAULT_TYPES_OF_WORK) typesOfWork.insert(newTypeOfWork(store, apiUser.id, type, workspaceCreatedOn));

	return { apiUserId: apiUser.id };
}
