/**
 * Linking a project to a workflow and back (docs/api/workflows.md). Linking replaces the project's
 * own project and task statuses by the workflow's shared ones, through the caller's mappings;
 * unlinking clones the workflow's statuses into project-specific, editable ones.
 */
import type { Store } from '../store';
import type { HandlerTable } from '../types';
import { projectStatusesOf, projectsOf, touch, workflowsOf, type StoredProject } from './projects-model';
import { newProjectStatus } from './projects-create';
import { invalidOperation, requireBodyObject, statusesOfProject } from './projects-rules';
import { moveToStatus } from './projects-status-logic';
import { cloneWorkflowTaskStatuses, planTaskStatusLink, type TaskStatusMappingEntry } from './projects-workflow-tasks';
import { renderProject } from './projects-view';
import { entityArchived, ok } from './shared/respond';
import { emit } from './shared/changes';

interface StatusMapping { oldProjectStatusId?: string; newProjectStatusId?: string }

export function linkWorkflow(
	store: Store,
	project: StoredProject,
	form: { workflowId: string; projectStatusMapping?: StatusMapping[] | null; taskStatusMapping?: TaskStatusMappingEntry[] | null },
	actorId: string,
): void {
	const workflow = workflowsOf(store).require(form.workflowId);
	if (workflow.isArchived) throw entityArchived(`The workflow '${workflow.name}' is archived and cannot be linked.`);
	if (project.workflowId === workflow.id) return;
	const target = projectStatusesOf(store).where((s) => s.workflowId === workflow.id).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
	if (target.length === 0) throw invalidOperation('The workflow has no project statuses.');
	const mapping = form.projectStatusMapping ?? [];
	const mapped = mapping.find((m) => m.oldProjectStatusId?.toLowerCase() === project.projectStatusId)?.newProjectStatusId?.toLowerCase();
	if (!mapped) {
		throw invalidOperation('projectStatusMapping must map the project\'s current status to a status of the workflow.');
	}
	const next = target.find((s) => s.id === mapped);
	if (!next) throw invalidOperation(`The project status '${mapped}' does not belong to the workflow.`);
	const moveTasks = planTaskStatusLink(store, project, workflow.id, form.taskStatusMapping ?? [], actorId);
	const ownStatuses = project.workflowId ? [] : statusesOfProject(store, project);
	moveToStatus(store, project, next, actorId);
	project.workflowId = workflow.id;
	for (const own of ownStatuses) projectStatusesOf(store).delete(own.id);
	moveTasks();
	touch(store, project, actorId);
}

export function unlinkWorkflow(store: Store, project: StoredProject, actorId: string): void {
	if (!project.workflowId) throw invalidOperation('The project is not linked to a workflow.');
	const shared = statusesOfProject(store, project);
	const clones = shared.map((s) =>
		newProjectStatus(store, actorId, { name: s.name, type: s.type, order: s.order ?? 0 }, { projectId: project.id }),
	);
	const currentIndex = shared.findIndex((s) => s.id === project.projectStatusId);
	cloneWorkflowTaskStatuses(store, project, project.workflowId, actorId);
	project.workflowId = null;
	if (clones.length > 0) moveToStatus(store, project, clones[Math.max(0, currentIndex)], actorId);
	touch(store, project, actorId);
}

export const projectWorkflowHandlers: HandlerTable = {
	'POST /projects/{projectId}/linkworkflow': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		const before = project.workflowId;
		linkWorkflow(ctx.store, project, requireBodyObject(req) as any, req.userId);
		const rendered = renderProject(ctx.store, project);
		if (before !== project.workflowId) {
			emit(ctx, req, 'project_updated', 'project', rendered, [{ property: 'WorkflowId', old: before, new: project.workflowId }]);
		}
		return ok(rendered);
	},
	'POST /projects/{projectId}/unlinkworkflow': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		const before = project.workflowId;
		unlinkWorkflow(ctx.store, project, req.userId);
		const rendered = renderProject(ctx.store, project);
		emit(ctx, req, 'project_updated', 'project', rendered, [{ property: 'WorkflowId', old: before, new: null }]);
		return ok(rendered);
	},
};
