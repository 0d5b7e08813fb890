/**
 * Business rules shared by the project handlers: referential checks, date order, the unique project
 * key, the "closed project is read-only" rule and webhook change lists.
 */
import { ApiError, invalidOperation, validationFailed } from '../http/errors';
import type { Store } from '../store';
import type { SandboxRequest } from '../types';
import {
	companiesOf,
	projectsOf,
	projectStatusesOf,
	projectTypesOf,
	type Entity,
	type StoredProject,
	type StoredProjectStatus,
} from './projects-model';
import { dateDependency, entityArchived } from './shared/respond';

export const duplication = (description: string) => new ApiError(400, 'duplication-violation', description);

export function assertDateOrder(startDate: unknown, dueDate: unknown): void {
	if (typeof startDate === 'string' && typeof dueDate === 'string' && Date.parse(startDate) > Date.parse(dueDate)) {
		throw dateDependency('The start date of the project must not be after its due date.');
	}
}

export function assertName(name: unknown, property = 'Name'): void {
	if (typeof name !== 'string' || name.trim() === '') {
		throw validationFailed([{ property, message: `'${property}' must not be empty.` }]);
	}
}

/** Form rule for keys given on create: 1-32 letters, numbers, dashes or underscores. */
const CREATE_KEY = /^[A-Za-z0-9_-]{1,32}$/;
/** Stricter rule of `setprojectkey`: uppercase letters, numbers and dashes. */
const SET_KEY = /^[A-Z0-9-]{1,32}$/;

/** Throws unless `key` is well-formed and no other project uses it (keys compare case-insensitively). */
export function assertProjectKeyFree(store: Store, key: string, strict: boolean, exceptProjectId?: string): void {
	if (!(strict ? SET_KEY : CREATE_KEY).test(key)) {
		throw validationFailed([{
			property: 'ProjectKey',
			message: strict
				? 'The project key must consist of 1-32 uppercase letters, numbers or dashes.'
				: 'The project key must consist of 1-32 letters, numbers, dashes or underscores.',
		}]);
	}
	const clash = projectsOf(store).all().find(
		(p) => p.id !== exceptProjectId && (p.projectKey ?? '').toUpperCase() === key.toUpperCase(),
	);
	if (clash) throw duplication(`The project key '${key}' is already used by another project.`);
}

/** A free key derived from the project name ("Website Relaunch" → "WR", then "WR1", "WR2", ...). */
export function generateProjectKey(store: Store, name: string): string {
	const words = name.toUpperCase().replace(/[^A-Z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
	let stem = words.length > 1 ? words.map((w) => w[0]).join('').slice(0, 6) : (words[0] ?? 'P').slice(0, 4);
	if (stem === '') stem = 'P';
	const taken = new Set(projectsOf(store).all().map((p) => (p.projectKey ?? '').toUpperCase()));
	if (!taken.has(stem)) return stem;
	for (let n = 1; ; n++) if (!taken.has(`${stem}${n}`)) return `${stem}${n}`;
}

export function requireCompany(store: Store, companyId: string | null | undefined): Entity | undefined {
	return companyId ? companiesOf(store).require(companyId) : undefined;
}

export function requireUsableProjectType(store: Store, projectTypeId: string): Entity {
	const type = projectTypesOf(store).require(projectTypeId);
	if (type.isArchived) throw entityArchived(`The project type '${type.name}' is archived and cannot be used.`);
	return type;
}

/** The statuses a project may be in: its own, or its workflow's when linked (docs/changelog.md). */
export function statusesOfProject(store: Store, project: Pick<StoredProject, 'id' | 'workflowId'>): StoredProjectStatus[] {
	return projectStatusesOf(store)
		.where((s) => (project.workflowId ? s.workflowId === project.workflowId : s.projectId === project.id))
		.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
}

/** A closed project is archived for changes: readable, but its data is frozen until reopened. */
export function isProjectClosed(project: StoredProject): boolean {
	return project.projectStatus?.type === 'closed';
}

export function assertProjectWritable(project: StoredProject): void {
	if (isProjectClosed(project)) {
		throw entityArchived(`The project with the id '${project.id}' is closed (archived) and cannot be changed.`);
	}
}

export function requireBodyObject(req: SandboxRequest): Record<string, any> {
	if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) {
		throw new ApiError(400, 'invalid-model', 'The body of the request is invalid or empty.');
	}
	return req.body;
}

export function bodyArray<T>(req: SandboxRequest): T[] {
	if (!Array.isArray(req.body)) throw new ApiError(400, 'invalid-model', 'The body of the request must be an array.');
	return req.body as T[];
}

export { invalidOperation };
