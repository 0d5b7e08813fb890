/**
 * Project statuses across the workspace (`/projectstatuses`): each belongs to a project, a
 * template or a workflow. Archived statuses stay on projects but cannot be chosen again.
 */
import type { HandlerTable } from '../types';
import { projectsOf, projectStatusesOf, publicView, touch } from './projects-model';
import { invalidOperation, requireBodyObject } from './projects-rules';
import { moveToStatus, refreshNested } from './projects-status-logic';
import { assertProjectStatusForm } from './workflows';
import { applyChanges } from './shared/changes';
import { noContent, ok } from './shared/respond';

const siblingsOf = (all: ReturnType<ReturnType<typeof projectStatusesOf>['all']>, s: (typeof all)[number]) =>
	all.filter((o) =>
		(s.projectId && o.projectId === s.projectId) ||
		(s.workflowId && o.workflowId === s.workflowId) ||
		(s.projectTemplateId && o.projectTemplateId === s.projectTemplateId),
	);

export const projectStatusCatalogHandlers: HandlerTable = {
	'GET /projectstatuses': (req, ctx) => {
		const showArchived = String(req.query.showArchived ?? 'false').toLowerCase() === 'true';
		return ctx.list(req, projectStatusesOf(ctx.store).where((s) => showArchived || !s._archived).map(publicView));
	},
	'GET /projectstatuses/{projectStatusId}': (req, ctx) =>
		ok(publicView(projectStatusesOf(ctx.store).require(req.params.projectStatusId))),
	'PUT /projectstatuses/{projectStatusId}': (req, ctx) => {
		const store = ctx.store;
		const status = projectStatusesOf(store).require(req.params.projectStatusId);
		const form = requireBodyObject(req);
		assertProjectStatusForm(form);
		if (applyChanges(status, { name: form.name, type: form.type }).length > 0) {
			touch(store, status, req.userId);
			for (const p of projectsOf(store).where((p) => p.projectStatusId === status.id)) refreshNested(store, p);
		}
		return ok(publicView(status));
	},
	'POST /projectstatuses/{projectStatusId}/setarchived': (req, ctx) => {
		const store = ctx.store;
		const status = projectStatusesOf(store).require(req.params.projectStatusId);
		status._archived = requireBodyObject(req).isArchived === true;
		touch(store, status, req.userId);
		for (const p of projectsOf(store).where((p) => p.projectStatusId === status.id)) refreshNested(store, p);
		return ok(publicView(status));
	},
	/** Projects in the status move to `projectStatusId` (required while any project uses it). */
	'POST /projectstatuses/{projectStatusId}/delete': (req, ctx) => {
		const store = ctx.store;
		const status = projectStatusesOf(store).require(req.params.projectStatusId);
		const inUse = projectsOf(store).where((p) => p.projectStatusId === status.id);
		if (inUse.length > 0) {
			const targetId = req.body?.projectStatusId ? String(req.body.projectStatusId).toLowerCase() : undefined;
			const target = targetId ? projectStatusesOf(store).get(targetId) : undefined;
			if (!target || target.id === status.id || !siblingsOf(projectStatusesOf(store).all(), status).includes(target)) {
				throw invalidOperation('Projects use this status; projectStatusId must name another status of the same project, template or workflow.');
			}
			for (const project of inUse) moveToStatus(store, project, target, req.userId);
		}
		projectStatusesOf(store).delete(status.id);
		return noContent();
	},
};
