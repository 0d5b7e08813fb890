/**
 * Projects: list, read (by id or key), create (scratch / workflow / template), update, delete.
 * Deleting removes the project's tasks, task lists, statuses and comments; time entries lose the
 * project unless `deleteTimeTrackings` is set (POST /projects/{projectId}/delete).
 */
import { notFound } from '../http/errors';
import type { HandlerTable } from '../types';
import {
	commentsOf,
	projectStatusesOf,
	projectsOf,
	taskListsOf,
	tasksOf,
	timeEntriesOf,
	touch,
} from './projects-model';
import { createProject, type ProjectForm } from './projects-create';
import {
	assertDateOrder,
	assertName,
	assertProjectWritable,
	requireBodyObject,
	requireCompany,
	requireUsableProjectType,
} from './projects-rules';
import { refreshNested } from './projects-status-logic';
import { renderProject, renderProjects } from './projects-view';
import { applyChanges, emit } from './shared/changes';
import { noContent, ok } from './shared/respond';

/** Properties PUT replaces (ProjectPutForm); omitted ones keep their value. */
const PUT_FIELDS = [
	'name', 'isPrivate', 'description', 'startDate', 'dueDate', 'companyId', 'timeBudget', 'isBillableByDefault',
	'projectTypeId', 'color', 'deductNonBillableHours', 'isProjectKeyVisible',
] as const;

export const projectHandlers: HandlerTable = {
	'GET /projects': (req, ctx) => ctx.list(req, renderProjects(ctx.store, projectsOf(ctx.store).all())),

	'GET /projects/{projectId}': (req, ctx) =>
		ok(renderProject(ctx.store, projectsOf(ctx.store).require(req.params.projectId))),

	'GET /projects/key/{projectKey}': (req, ctx) => {
		const key = req.params.projectKey.toUpperCase();
		const project = projectsOf(ctx.store).all().find((p) => (p.projectKey ?? '').toUpperCase() === key);
		if (!project) throw notFound('project', req.params.projectKey);
		return ok(renderProject(ctx.store, project));
	},

	'POST /projects': (req, ctx) => {
		const project = createProject(ctx.store, requireBodyObject(req) as ProjectForm, req.userId);
		const rendered = renderProject(ctx.store, project);
		emit(ctx, req, 'project_added', 'project', rendered);
		return ok(rendered);
	},

	'PUT /projects/{projectId}': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		assertProjectWritable(project);
		const form = requireBodyObject(req);
		assertName(form.name);
		const next = (field: string) => (field in form ? form[field] : project[field]);
		assertDateOrder(next('startDate'), next('dueDate'));
		if (form.companyId) requireCompany(store, form.companyId);
		if (form.projectTypeId && form.projectTypeId.toLowerCase() !== project.projectTypeId) {
			requireUsableProjectType(store, form.projectTypeId);
		}
		const patch: Record<string, unknown> = {};
		for (const field of PUT_FIELDS) {
			if (!(field in form)) continue;
			const value = form[field];
			patch[field] = typeof value === 'string' && field.endsWith('Id') ? value.toLowerCase() : value;
		}
		// Retainer budgets are the sum of their retainers (docs/api/projects.md).
		if (project.isRetainer) delete patch.timeBudget;
		const changes = applyChanges(project, patch);
		if (changes.length > 0) {
			touch(store, project, req.userId);
			refreshNested(store, project);
			const rendered = renderProject(store, project);
			emit(ctx, req, 'project_updated', 'project', rendered, changes);
			if (changes.some((c) => c.property === 'ProjectTypeId')) {
				emit(ctx, req, 'project_type_changed', 'project', rendered, changes.filter((c) => c.property === 'ProjectTypeId'));
			}
			return ok(rendered);
		}
		return ok(renderProject(store, project));
	},

	'POST /projects/{projectId}/delete': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		const snapshot = renderProject(store, project);
		const deleteTimeTrackings = req.body?.deleteTimeTrackings === true;
		const taskIds = new Set(tasksOf(store).where((t) => t.projectId === project.id).map((t) => t.id));
		for (const id of taskIds) tasksOf(store).delete(id);
		for (const list of taskListsOf(store).where((l) => l.projectId === project.id)) taskListsOf(store).delete(list.id);
		for (const status of store.collection<{ id: string; projectId?: string | null }>('taskStatuses').where((s) => s.projectId === project.id)) {
			store.collection('taskStatuses').delete(status.id);
		}
		for (const status of projectStatusesOf(store).where((s) => s.projectId === project.id)) projectStatusesOf(store).delete(status.id);
		for (const comment of commentsOf(store).where((c) => c._target?.type === 'project' && c._target.id === project.id)) {
			commentsOf(store).delete(comment.id);
		}
		for (const entry of timeEntriesOf(store).where((e) => e.projectId === project.id || (e.taskId && taskIds.has(e.taskId)))) {
			if (deleteTimeTrackings) {
				timeEntriesOf(store).delete(entry.id);
			} else {
				// The entries stay but lose their relation to the deleted project and tasks.
				entry.projectId = null;
				delete entry.project;
				if (entry.taskId && taskIds.has(entry.taskId)) {
					entry.taskId = null;
					delete entry.task;
				}
			}
		}
		projectsOf(store).delete(project.id);
		// Deleted events carry deletion metadata on the entity (docs/webhooks.md).
		const deleted: Record<string, unknown> & { id: string } = { ...snapshot, deletedOn: store.timestamp(), deletedBy: req.userId };
		emit(ctx, req, 'project_deleted', 'project', deleted);
		return noContent();
	},
};
