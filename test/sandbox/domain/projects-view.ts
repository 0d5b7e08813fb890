/**
 * Renders a stored project as the API's `Project` model: nested status/type/company refreshed from
 * their collections (so a renamed status shows everywhere) and the calculated properties
 * (docs/api/projects.md) derived from tasks and time entries.
 */
import type { Store } from '../store';
import {
	companiesOf,
	projectStatusesOf,
	projectTypesOf,
	publicView,
	tasksOf,
	timeEntriesOf,
	usersOf,
	type Entity,
	type StoredProject,
	type StoredProjectStatus,
} from './projects-model';

/**
 * Rank of a status type in a project's flow. The webhook example in docs/webhooks.md shows
 * `not-started` as 2; the others follow the natural flow around it.
 */
const STATUS_TYPE_ORDER: Record<string, number> = { stuck: 1, 'not-started': 2, progress: 3, closed: 4 };

export interface ProjectFigures {
	tasksCount: number;
	tasksDoneCount: number;
	plannedDuration: number;
	trackedDuration: number;
}

const emptyFigures = (): ProjectFigures => ({ tasksCount: 0, tasksDoneCount: 0, plannedDuration: 0, trackedDuration: 0 });

/**
 * Figures for the given projects in one pass over tasks and time entries, so listing 400 projects
 * of a 10,000-task workspace stays linear.
 */
export function projectFigures(store: Store, projects: readonly StoredProject[]): Map<string, ProjectFigures> {
	const figures = new Map<string, ProjectFigures>();
	const deductsNonBillable = new Map<string, boolean>();
	for (const project of projects) {
		figures.set(project.id, emptyFigures());
		deductsNonBillable.set(project.id, project.deductNonBillableHours !== false);
	}
	for (const task of tasksOf(store).all()) {
		const f = task.projectId ? figures.get(task.projectId) : undefined;
		if (!f) continue;
		f.tasksCount++;
		if (task.taskStatus?.type === 'done') f.tasksDoneCount++;
		f.plannedDuration += task.plannedDuration ?? 0;
	}
	for (const entry of timeEntriesOf(store).all()) {
		const f = entry.projectId ? figures.get(entry.projectId) : undefined;
		if (!f) continue;
		// Without deduction only billable entries count (docs/api/projects.md, trackedDuration).
		if (!deductsNonBillable.get(entry.projectId) && !entry.isBillable) continue;
		f.trackedDuration += entry.duration ?? 0;
	}
	return figures;
}

export function nestedProjectStatus(status: StoredProjectStatus) {
	return {
		id: status.id,
		name: status.name,
		description: status._description ?? null,
		type: status.type,
		isArchived: status._archived === true,
		typeOrder: STATUS_TYPE_ORDER[status.type] ?? 0,
		isExternal: false,
	};
}

/** The nested `projectStatus`, `projectType` and `company` snapshots of a project, from its IDs. */
export function nestedSnapshots(store: Store, project: StoredProject) {
	const status = projectStatusesOf(store).get(project.projectStatusId);
	const type = project.projectTypeId ? projectTypesOf(store).get(project.projectTypeId) : undefined;
	const company = project.companyId ? companiesOf(store).get(project.companyId) : undefined;
	return {
		projectStatus: status ? nestedProjectStatus(status) : undefined,
		projectType: type ? { id: type.id, name: type.name, icon: type.icon ?? null, isArchived: type.isArchived === true } : undefined,
		company: company
			? { id: company.id, name: company.name, hasImage: company.hasImage === true, description: company.description ?? null }
			: undefined,
		companyTags: company
			? (company.tags ?? []).map((t: any) => ({ id: t.id, name: t.name, color: t.color ?? null, entityId: company.id }))
			: [],
	};
}

/** The project as `GET /projects/{projectId}` returns it. */
export function renderProject(store: Store, project: StoredProject, figures?: ProjectFigures): Entity {
	const f = figures ?? projectFigures(store, [project]).get(project.id) ?? emptyFigures();
	const out: Entity = publicView(project);
	const nested = nestedSnapshots(store, project);
	if (nested.projectStatus) out.projectStatus = nested.projectStatus;
	if (nested.projectType) out.projectType = nested.projectType;
	else delete out.projectType;
	if (nested.company) out.company = { ...nested.company, tags: nested.companyTags };
	else delete out.company;
	out.members = project.members.map((member) => {
		const user = usersOf(store).get(member.userId);
		return publicView({
			...member,
			firstName: user?.firstName ?? member.firstName,
			lastName: user?.lastName ?? member.lastName,
			hasImage: user?.hasImage ?? member.hasImage,
			isDeactivated: user?.isDeactivated ?? member.isDeactivated,
		});
	});
	out.tasksCount = f.tasksCount;
	out.tasksDoneCount = f.tasksDoneCount;
	out.plannedDuration = f.plannedDuration;
	out.totalPlannedDurationWithHierarchy = f.plannedDuration;
	out.trackedDuration = f.trackedDuration;
	return out;
}

export function renderProjects(store: Store, projects: readonly StoredProject[]): Entity[] {
	const figures = projectFigures(store, projects);
	return projects.map((project) => renderProject(store, project, figures.get(project.id)));
}
