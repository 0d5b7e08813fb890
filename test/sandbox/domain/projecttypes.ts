/**
 * Project types. Archiving is awork's soft delete (docs/getting-started.md): an archived type stays
 * on the projects that use it but cannot be given to new ones; preset types cannot be edited.
 */
import type { Store } from '../store';
import type { HandlerTable, SandboxRequest } from '../types';
import { auditFields, projectsOf, projectTemplatesOf, projectTypesOf, publicView, touch, type Entity } from './projects-model';
import { assertName, invalidOperation, requireBodyObject, requireUsableProjectType } from './projects-rules';
import { refreshNested } from './projects-status-logic';
import { renderProject } from './projects-view';
import { applyChanges, emit } from './shared/changes';
import { noContent, ok } from './shared/respond';

export function newProjectType(
	store: Store,
	actorId: string,
	form: { name: string; description?: string | null; icon?: string | null; isPreset?: boolean },
): Entity {
	return projectTypesOf(store).insert({
		id: store.newId(),
		name: form.name,
		description: form.description ?? null,
		icon: form.icon ?? null,
		isArchived: false,
		isPreset: form.isPreset ?? false,
		...auditFields(store, actorId),
	});
}

const showArchived = (req: SandboxRequest) => String(req.query.showArchived ?? 'false').toLowerCase() === 'true';

/** Projects and templates show the type's new name/archived flag in their nested copies. */
function refreshProjectsOfType(store: Store, typeId: string): void {
	for (const project of projectsOf(store).where((p) => p.projectTypeId === typeId)) refreshNested(store, project);
}

export const projectTypeHandlers: HandlerTable = {
	'GET /projecttypes': (req, ctx) =>
		ctx.list(req, projectTypesOf(ctx.store).where((t) => showArchived(req) || !t.isArchived).map(publicView)),

	'GET /projecttypes/{projectTypeId}': (req, ctx) =>
		ok(publicView(projectTypesOf(ctx.store).require(req.params.projectTypeId))),

	'POST /projecttypes': (req, ctx) => {
		const form = requireBodyObject(req);
		assertName(form.name);
		return ok(publicView(newProjectType(ctx.store, req.userId, form as { name: string })));
	},

	'PUT /projecttypes/{projectTypeId}': (req, ctx) => {
		const type = projectTypesOf(ctx.store).require(req.params.projectTypeId);
		const form = requireBodyObject(req);
		assertName(form.name);
		if (type.isPreset) throw invalidOperation('Preset project types cannot be edited.');
		const changes = applyChanges(type, { name: form.name, description: form.description ?? null, icon: form.icon ?? null });
		if (changes.length > 0) {
			touch(ctx.store, type, req.userId);
			refreshProjectsOfType(ctx.store, type.id);
		}
		return ok(publicView(type));
	},

	'POST /projecttypes/{projectTypeId}/setarchived': (req, ctx) => {
		const type = projectTypesOf(ctx.store).require(req.params.projectTypeId);
		const isArchived = requireBodyObject(req).isArchived === true;
		if (type.isArchived !== isArchived) {
			type.isArchived = isArchived;
			touch(ctx.store, type, req.userId);
			refreshProjectsOfType(ctx.store, type.id);
		}
		return ok(publicView(type));
	},

	/** Projects and templates of the deleted type move to the replacement (or lose their type). */
	'POST /projecttypes/{projectTypeId}/delete': (req, ctx) => {
		const store = ctx.store;
		const type = projectTypesOf(store).require(req.params.projectTypeId);
		const replacementId: string | null = (req.body && req.body.projectTypeId) || null;
		if (replacementId && replacementId.toLowerCase() === type.id) {
			throw invalidOperation('A project type cannot be replaced by itself.');
		}
		const replacement = replacementId ? requireUsableProjectType(store, replacementId) : undefined;
		for (const project of projectsOf(store).where((p) => p.projectTypeId === type.id)) {
			const changes = applyChanges(project, { projectTypeId: replacement?.id ?? null });
			touch(store, project, req.userId);
			refreshNested(store, project);
			emit(ctx, req, 'project_type_changed', 'project', renderProject(store, project), changes);
		}
		for (const template of projectTemplatesOf(store).where((t) => t.projectTypeId === type.id)) {
			template.projectTypeId = replacement?.id ?? null;
		}
		projectTypesOf(store).delete(type.id);
		return noContent();
	},
};
