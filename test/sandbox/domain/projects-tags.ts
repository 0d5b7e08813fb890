/**
 * Project tags: per project (add, remove, list) and workspace-wide (list with usage, rename/merge,
 * remove everywhere). Tag names compare case-insensitively, as awork's do.
 */
import { ApiError } from '../http/errors';
import type { HandlerTable } from '../types';
import { projectsOf, touch, type StoredProject } from './projects-model';
import { assertName, assertProjectWritable, bodyArray, requireBodyObject } from './projects-rules';
import { renderProject } from './projects-view';
import { emit } from './shared/changes';
import { noContent, ok } from './shared/respond';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function tagView(tag: { id: string; name: string; color: string | null }, project: StoredProject) {
	return { id: tag.id, createdOn: project.createdOn, createdBy: project.createdBy, updatedOn: project.updatedOn, updatedBy: project.updatedBy, name: tag.name, color: tag.color };
}

export const projectTagHandlers: HandlerTable = {
	'GET /projects/{projectId}/tags': (req, ctx) => {
		const project = projectsOf(ctx.store).require(req.params.projectId);
		return ctx.list(req, project.tags.map((t) => tagView(t, project)));
	},

	'GET /projects/tags': (req, ctx) => {
		const usage = new Map<string, { name: string; color: string | null; usageCount: number }>();
		for (const project of projectsOf(ctx.store).all()) {
			for (const tag of project.tags) {
				const key = tag.name.toLowerCase();
				const entry = usage.get(key) ?? { name: tag.name, color: tag.color, usageCount: 0 };
				entry.usageCount++;
				usage.set(key, entry);
			}
		}
		return ctx.list(req, [...usage.values()]);
	},

	/** Existing names are kept (no duplicates); returns the project's tags afterwards. */
	'POST /projects/{projectId}/addtags': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		assertProjectWritable(project);
		const added: string[] = [];
		for (const form of bodyArray<{ name: string; color?: string | null }>(req)) {
			assertName(form.name);
			if (project.tags.some((t) => same(t.name, form.name))) continue;
			project.tags.push({ id: store.newId(), name: form.name.trim(), color: form.color ?? null });
			added.push(form.name.trim());
		}
		if (added.length > 0) {
			touch(store, project, req.userId);
			emit(ctx, req, 'project_updated', 'project', renderProject(store, project), [{ property: 'Tags', new: added }]);
		}
		return ok(project.tags.map((t) => tagView(t, project)));
	},

	'POST /projects/{projectId}/deletetags': (req, ctx) => {
		const store = ctx.store;
		const project = projectsOf(store).require(req.params.projectId);
		assertProjectWritable(project);
		const names = bodyArray<{ name: string }>(req).map((f) => f.name);
		const removed = project.tags.filter((t) => names.some((n) => same(n, t.name)));
		if (removed.length > 0) {
			project.tags = project.tags.filter((t) => !removed.includes(t));
			touch(store, project, req.userId);
			emit(ctx, req, 'project_updated', 'project', renderProject(store, project), [{ property: 'Tags', old: removed.map((t) => t.name) }]);
		}
		return noContent();
	},

	/** Renames a tag everywhere; a clash with an existing name needs `shouldMerge`. */
	'POST /projects/updatetags': (req, ctx) => {
		const form = requireBodyObject(req);
		assertName(form.newTag?.name, 'NewTag.Name');
		const projects = projectsOf(ctx.store).all();
		const clash = !same(form.oldTagName, form.newTag.name) && projects.some((p) => p.tags.some((t) => same(t.name, form.newTag.name)));
		if (clash && form.shouldMerge !== true) {
			throw new ApiError(400, 'already-exist-error', `The tag '${form.newTag.name}' already exists; set shouldMerge to merge them.`);
		}
		for (const project of projects) {
			const tag = project.tags.find((t) => same(t.name, form.oldTagName));
			if (!tag) continue;
			if (project.tags.some((t) => t !== tag && same(t.name, form.newTag.name))) project.tags = project.tags.filter((t) => t !== tag);
			else Object.assign(tag, { name: form.newTag.name, color: form.newTag.color ?? tag.color });
			touch(ctx.store, project, req.userId);
		}
		return noContent();
	},

	'POST /projects/deletetags': (req, ctx) => {
		const name = String(requireBodyObject(req).name ?? '');
		for (const project of projectsOf(ctx.store).all()) {
			const before = project.tags.length;
			project.tags = project.tags.filter((t) => !same(t.name, name));
			if (project.tags.length !== before) touch(ctx.store, project, req.userId);
		}
		return noContent();
	},
};

