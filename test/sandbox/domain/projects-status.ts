/**
 * A project's status, type and key: change status (`project_status_changed`; closing stamps
 * closedOn/closedBy and freezes the project), change type (`project_type_changed`), set the key,
 * and the statuses valid for one project (own or its workflow's, docs/changelog.md).
 */
import type { HandlerTable } from '../types';
import { projectsOf, projectStatusesOf, publicView, touch } from './projects-model';
import { newProjectStatus } from './projects-create';
import {
	assertProjectKeyFree,
	invalidOperation,
	requireBodyObject,
	requireUsableProjectType,
	statusesOfProject,
} from './projects-rules';
import { moveToStatus, refreshNested } from './projects-status-logic';
import { renderProject } from './projects-view';
import { assertProjectStatusForm } from './workflows';
import { emit } from './shared/changes';
import { entityArchived, noContent, ok } from './shared/respond';

export const projectStatusHandlers: HandlerTable = {
	/** Nothing happens when the project already is in the status. */
	'POST /projects/{projectId}/changestatus': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		const statusId = String(requireBodyObject(req).projectStatusId).toLowerCase();
		const status = statusesOfProject(store, project).find((s) => s.id === statusId);
		if (!status) {
			projectStatusesOf(store).require(statusId);
			throw invalidOperation(`The project status '${statusId}' does not belong to this project.`);
		}
		if (status._archived && status.id !== project.projectStatusId) throw entityArchived(`The project status '${status.name}' is archived.`);
		const changes = moveToStatus(store, project, status, req.userId);
		if (changes.length > 0) {
			touch(store, project, req.userId);
			emit(ctx, req, 'project_status_changed', 'project', renderProject(store, project), changes);
		}
		return noContent();
	},

	'POST /projects/{projectId}/changeprojecttype': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		const type = requireUsableProjectType(store, String(requireBodyObject(req).projectTypeId));
		if (project.projectTypeId !== type.id) {
			const changes = [{ property: 'ProjectTypeId', old: project.projectTypeId, new: type.id }];
			project.projectTypeId = type.id;
			refreshNested(store, project);
			touch(store, project, req.userId);
			emit(ctx, req, 'project_type_changed', 'project', renderProject(store, project), changes);
		}
		return noContent();
	},

	'POST /projects/{projectId}/setprojectkey': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		const key = String(requireBodyObject(req).projectKey ?? '');
		assertProjectKeyFree(store, key, true, project.id);
		if (project.projectKey !== key) {
			const changes = [{ property: 'ProjectKey', old: project.projectKey, new: key }];
			// Task identifiers derive from the key when tasks are rendered, so they follow at once.
			project.projectKey = key;
			touch(store, project, req.userId);
			emit(ctx, req, 'project_updated', 'project', renderProject(store, project), changes);
		}
		return ok(renderProject(store, project));
	},

	'GET /projects/{projectId}/projectstatuses': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		return ctx.list(req, statusesOfProject(ctx.store, project).map(publicView));
	},

	'POST /projects/{projectId}/projectstatuses': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		if (project.workflowId) throw invalidOperation('The project takes its statuses from its workflow; add the status to the workflow.');
		const form = requireBodyObject(req);
		assertProjectStatusForm(form);
		const order = statusesOfProject(store, project).reduce((max, s) => Math.max(max, s.order ?? 0), -1) + 1;
		return ok(publicView(newProjectStatus(store, req.userId, { name: form.name, type: form.type, order }, { projectId: project.id })));
	},
};
