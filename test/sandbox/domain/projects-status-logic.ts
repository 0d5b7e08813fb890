/**
 * Keeps a stored project's nested snapshots (`projectStatus`, `projectType`, `company`) in step
 * with its ids, and moves a project between statuses (closing stamps `closedOn`/`closedBy`).
 * Other areas read these snapshots (e.g. the tasks area treats a closed project as archived).
 */
import type { Store } from '../store';
import type { PropertyChange } from '../types';
import { companiesOf, projectStatusesOf, projectTypesOf, type StoredProject, type StoredProjectStatus } from './projects-model';
import { nestedProjectStatus } from './projects-view';

export function refreshNested(store: Store, project: StoredProject): void {
	const status = projectStatusesOf(store).get(project.projectStatusId);
	if (status) project.projectStatus = nestedProjectStatus(status);
	const type = project.projectTypeId ? projectTypesOf(store).get(project.projectTypeId) : undefined;
	if (type) project.projectType = { id: type.id, name: type.name, icon: type.icon ?? null, isArchived: type.isArchived === true };
	else delete project.projectType;
	const company = project.companyId ? companiesOf(store).get(project.companyId) : undefined;
	if (company) {
		project.company = { id: company.id, name: company.name, hasImage: company.hasImage === true, description: company.description ?? null };
	} else delete project.company;
}

/** Puts the project into `status`; returns the webhook changes (empty when it already was there). */
export function moveToStatus(store: Store, project: StoredProject, status: StoredProjectStatus, actorId: string): PropertyChange[] {
	if (project.projectStatusId === status.id) return [];
	const changes: PropertyChange[] = [{ property: 'ProjectStatusId', old: project.projectStatusId, new: status.id }];
	const wasClosed = project.projectStatus?.type === 'closed';
	const closes = status.type === 'closed';
	project.projectStatusId = status.id;
	if (closes && !wasClosed) {
		changes.push({ property: 'ClosedOn', new: store.timestamp() }, { property: 'ClosedBy', new: actorId });
		project.closedOn = store.timestamp();
		project.closedBy = actorId;
	} else if (!closes && wasClosed) {
		changes.push({ property: 'ClosedOn', old: project.closedOn, new: null }, { property: 'ClosedBy', old: project.closedBy, new: null });
		project.closedOn = null;
		project.closedBy = null;
	}
	refreshNested(store, project);
	return changes;
}
