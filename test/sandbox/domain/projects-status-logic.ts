/**
 * Keeps a stored project's nested snapshots (`projectStatus`, `projectType`, `company`) in step
 * with its ids, and moves a project between statuses (closing stamps `closedOn`/`closedBy`).
 * Other areas read these snapshots (e.g. the tasks area treats a closed project as archived).
 */
import type { Store } from '../store';
import type { PropertyChange } from '../types';
import type { StoredProject, StoredProjectStatus } from './projects-model';
import { nestedSnapshots } from './projects-view';

export function refreshNested(store: Store, project: StoredProject): void {
	const nested = nestedSnapshots(store, project);
	if (nested.projectStatus) project.projectStatus = nested.projectStatus;
	if (nested.projectType) project.projectType = nested.projectType;
	else delete project.projectType;
	if (nested.company) project.company = nested.company;
	else delete project.company;
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
