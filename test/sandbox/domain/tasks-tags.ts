/**
 * Task tags. Project tasks share one workspace-wide tag set; each user's private tasks have their
 * own. A tag is identified by its name (case-insensitive) within its set.
 */
import { ApiError, validationFailed } from '../http/errors';
import type { Store } from '../store';
import type { HandlerContext, HandlerTable, SandboxRequest } from '../types';
import { BatchOutcome } from './tasks-batch';
import { requireVisibleTask } from './tasks-core';
import { audit, bodyArray, requireWritableProject, taskTagsOf, tasksOf, touch, type StoredTask } from './tasks-shared';
import { renderTask } from './tasks-view';
import { emit } from './shared/changes';
import { noContent, ok } from './shared/respond';
import { withoutInternals } from './shared/internals';

const TAG_COLORS = ['red', 'coral', 'yellow', 'green', 'teal', 'arctic', 'blue', 'azure', 'purple', 'violet'];

const PROJECT_SCOPE = 'projecttask';
const privateScope = (userId: string) => `private:${userId.toLowerCase()}`;
const scopeOf = (task: StoredTask) => (task.baseType === 'projecttask' ? PROJECT_SCOPE : privateScope(task.userId!));
const sameName = (a: string | null, b: string) => (a ?? '').toLowerCase() === b.trim().toLowerCase();

function findTag(store: Store, scope: string, name: string) {
	return taskTagsOf(store).all().find((t) => t._scope === scope && sameName(t.name, name));
}

function checkTagForm(form: { name: string; color?: string | null }, property = 'Name') {
	if (!form.name || !form.name.trim()) throw validationFailed([{ property, message: `'${property}' must not be empty.` }]);
	if (form.color != null && !TAG_COLORS.includes(form.color)) {
		throw validationFailed([{ property: 'Color', message: `'Color' must be one of: ${TAG_COLORS.join(', ')}.` }]);
	}
}

/** The registry tag for a name in a scope, created on first use (a given color wins over the old one). */
function upsertTag(store: Store, scope: string, form: { name: string; color?: string | null }, actorId: string) {
	const existing = findTag(store, scope, form.name);
	if (existing) {
		if (form.color && existing.color !== form.color) {
			existing.color = form.color;
			touch(store, existing, actorId);
		}
		return existing;
	}
	return taskTagsOf(store).insert({ id: store.newId(), ...audit(store, actorId), name: form.name.trim(), color: form.color ?? null, _scope: scope });
}

/** Tasks carry name/color copies of their tags; refresh them after a registry change. */
function syncTaskTags(store: Store, scope: string) {
	const registry = new Map(taskTagsOf(store).where((t) => t._scope === scope).map((t) => [t.id, t]));
	for (const task of tasksOf(store).where((t) => scopeOf(t) === scope && t.tags.length > 0)) {
		task.tags = task.tags.filter((t) => registry.has(t.id)).map((t) => ({ id: t.id, name: registry.get(t.id)!.name, color: registry.get(t.id)!.color }));
	}
}

function writableTask(req: SandboxRequest, ctx: HandlerContext) {
	const task = requireVisibleTask(ctx.store, req.params.taskId, req.userId);
	if (task.projectId) requireWritableProject(ctx.store, task.projectId);
	return task;
}

function tagsInScope(store: Store, scope: string) {
	return taskTagsOf(store).where((t) => t._scope === scope).map(withoutInternals);
}

/** Renames (or merges) a tag across every task of the scope. */
function renameTag(req: SandboxRequest, ctx: HandlerContext, scope: string) {
	const { oldTagName, newTag, shouldMerge } = req.body as { oldTagName: string; newTag: { name: string; color?: string | null }; shouldMerge?: boolean | null };
	checkTagForm(newTag, 'NewTag.Name');
	const tag = findTag(ctx.store, scope, oldTagName);
	if (!tag) throw new ApiError(404, 'not-found', `The tag '${oldTagName}' could not be found.`);
	const clash = findTag(ctx.store, scope, newTag.name);
	if (clash && clash.id !== tag.id) {
		if (!shouldMerge) throw new ApiError(400, 'already-exist-error', `A tag named '${newTag.name}' already exists.`);
		for (const task of tasksOf(ctx.store).where((t) => scopeOf(t) === scope && t.tags.some((x) => x.id === tag.id))) {
			task.tags = task.tags.filter((x) => x.id !== tag.id);
			if (!task.tags.some((x) => x.id === clash.id)) task.tags.push({ id: clash.id, name: clash.name, color: clash.color });
		}
		taskTagsOf(ctx.store).delete(tag.id);
		if (newTag.color) clash.color = newTag.color;
	} else {
		tag.name = newTag.name.trim();
		if (newTag.color) tag.color = newTag.color;
		touch(ctx.store, tag, req.userId);
	}
	syncTaskTags(ctx.store, scope);
	return noContent();
}

function deleteTagEverywhere(req: SandboxRequest, ctx: HandlerContext, scope: string) {
	const tag = findTag(ctx.store, scope, req.body.name);
	if (!tag) throw new ApiError(404, 'not-found', `The tag '${req.body.name}' could not be found.`);
	taskTagsOf(ctx.store).delete(tag.id);
	syncTaskTags(ctx.store, scope);
	return noContent();
}

export const taskTagHandlers: HandlerTable = {
	'GET /tasks/{taskId}/tags': (req, ctx) => {
		const task = requireVisibleTask(ctx.store, req.params.taskId, req.userId);
		const ids = new Set(task.tags.map((t) => t.id));
		return ctx.list(req, taskTagsOf(ctx.store).where((t) => ids.has(t.id)).map(withoutInternals));
	},

	/** All-or-nothing: an empty or repeated name fails the whole batch. */
	'POST /tasks/{taskId}/addtags': (req, ctx) => {
		const task = writableTask(req, ctx);
		const forms = bodyArray<{ name: string; color?: string | null }>(req);
		const seen = new Set<string>();
		for (const form of forms) {
			checkTagForm(form);
			const key = form.name.trim().toLowerCase();
			if (seen.has(key)) throw validationFailed([{ property: 'Name', message: `The tag '${form.name}' is listed twice.` }]);
			seen.add(key);
		}
		const added = forms.map((form) => upsertTag(ctx.store, scopeOf(task), form, req.userId));
		const before = task.tags.map((t) => t.name);
		for (const tag of added) if (!task.tags.some((t) => t.id === tag.id)) task.tags.push({ id: tag.id, name: tag.name, color: tag.color });
		syncTaskTags(ctx.store, scopeOf(task));
		touch(ctx.store, task, req.userId);
		emit(ctx, req, 'task_updated', 'task', renderTask(ctx.store, task), [{ property: 'Tags', old: before, new: task.tags.map((t) => t.name) }]);
		return ok(added.map(withoutInternals));
	},

	'POST /tasks/{taskId}/deletetags': (req, ctx) => {
		const task = writableTask(req, ctx);
		const before = task.tags.map((t) => t.name);
		const outcome = new BatchOutcome();
		for (const form of bodyArray<{ name: string }>(req)) {
			outcome.run(form.name, () => {
				const index = task.tags.findIndex((t) => sameName(t.name, form.name));
				if (index < 0) throw new ApiError(404, 'not-found', `The task has no tag '${form.name}'.`);
				task.tags.splice(index, 1);
			});
		}
		if (outcome.ok.length > 0) {
			touch(ctx.store, task, req.userId);
			emit(ctx, req, 'task_updated', 'task', renderTask(ctx.store, task), [{ property: 'Tags', old: before, new: task.tags.map((t) => t.name) }]);
		}
		const response = outcome.respond();
		// MultiStatusResult ids are uuids; the failed tag names are carried in the 400's details instead.
		return response.status === 207 ? { status: 207 } : response;
	},

	'GET /tasks/tags': (req, ctx) => ctx.list(req, tagsInScope(ctx.store, PROJECT_SCOPE)),
	'GET /projects/projecttasks/tags': (req, ctx) => ctx.list(req, tagsInScope(ctx.store, PROJECT_SCOPE)),
	'GET /me/tasks/tags': (req, ctx) =>
		ctx.list(req, [...tagsInScope(ctx.store, PROJECT_SCOPE), ...tagsInScope(ctx.store, privateScope(req.userId))]),
	'GET /users/{userId}/tasks/tags': (req, ctx) =>
		ctx.list(req, [...tagsInScope(ctx.store, PROJECT_SCOPE), ...tagsInScope(ctx.store, privateScope(req.params.userId))]),

	'GET /me/privatetasks/tags': (req, ctx) => {
		const scope = privateScope(req.userId);
		const tasks = tasksOf(ctx.store).where((t) => scopeOf(t) === scope);
		return ctx.list(
			req,
			taskTagsOf(ctx.store)
				.where((t) => t._scope === scope)
				.map((t) => ({ name: t.name, color: t.color, usageCount: tasks.filter((task) => task.tags.some((x) => x.id === t.id)).length })),
		);
	},

	'POST /tasks/updatetags': (req, ctx) => renameTag(req, ctx, PROJECT_SCOPE),
	'POST /tasks/deletetags': (req, ctx) => deleteTagEverywhere(req, ctx, PROJECT_SCOPE),
	'POST /me/privatetasks/updatetags': (req, ctx) => renameTag(req, ctx, privateScope(req.userId)),
	'POST /me/privatetasks/deletetags': (req, ctx) => deleteTagEverywhere(req, ctx, privateScope(req.userId)),
};
