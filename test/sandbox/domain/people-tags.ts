/**
 * Tags of users and companies. Each entity kind has its own tag pool (`GET /users/tags`,
 * `GET /companies/tags`); adding a tag whose name is already in the pool reuses that tag, and
 * renaming or deleting a pool tag changes every entity that carries it.
 */
import { ApiError, type ValidationError } from '../http/errors';
import type { Store } from '../store';
import type { TagRef } from './people-models';
import { createdAudit } from './people-shared';
import { assertValid } from './shared/respond';

export type TagKind = 'user' | 'company';

/** The spec's `BaseTagModel`. */
export interface PoolTag {
	id: string;
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
	name: string;
	color: string | null;
}

const poolOf = (store: Store, kind: TagKind) => store.collection<PoolTag>(`${kind}Tags`, 'tag');

const sameName = (a: string | null, b: string | null) => (a ?? '').trim().toLowerCase() === (b ?? '').trim().toLowerCase();

export function tagPool(store: Store, kind: TagKind): PoolTag[] {
	return poolOf(store, kind).all();
}

/** The pool tag with this name, created when missing. */
export function ensureTag(store: Store, kind: TagKind, name: string, color: string | null, actorId: string, at?: string): PoolTag {
	const existing = poolOf(store, kind).where((tag) => sameName(tag.name, name))[0];
	if (existing) return existing;
	return poolOf(store, kind).insert({ id: store.newId(), ...createdAudit(store, actorId, at), name: name.trim(), color: color ?? null });
}

function checkNames(forms: unknown): Array<{ name: string; color?: string | null }> {
	const errors: ValidationError[] = [];
	if (!Array.isArray(forms)) throw new ApiError(400, 'validation-failed', 'A list of tags is expected.', [{ property: 'body', message: 'A list of tags is expected.' }]);
	forms.forEach((form, i) => {
		if (typeof form?.name !== 'string' || form.name.trim() === '') errors.push({ property: `[${i}].name`, message: 'The tag name must not be empty.' });
	});
	assertValid(errors);
	return forms;
}

/** Adds tags to an entity's `tags`; returns the pool tags that were added (spec: `BaseTagModel[]`). */
export function addTags(store: Store, kind: TagKind, entity: { tags: TagRef[] | null }, forms: unknown, actorId: string): PoolTag[] {
	const added: PoolTag[] = [];
	entity.tags ??= [];
	for (const form of checkNames(forms)) {
		const tag = ensureTag(store, kind, form.name, form.color ?? null, actorId);
		if (!entity.tags.some((t) => t.id === tag.id)) entity.tags.push({ id: tag.id, name: tag.name, color: tag.color });
		added.push(tag);
	}
	return added;
}

/** Removes tags (by name) from one entity; returns how many were removed. */
export function removeTags(entity: { tags: TagRef[] | null }, forms: unknown): number {
	const names = checkNames(forms).map((form) => form.name);
	const before = entity.tags?.length ?? 0;
	entity.tags = (entity.tags ?? []).filter((tag) => !names.some((name) => sameName(name, tag.name)));
	return before - entity.tags.length;
}

/** `POST /…/updatetags`: renames (or recolours) a pool tag on every entity; `shouldMerge` merges into an existing tag. */
export function renameTag(
	store: Store,
	kind: TagKind,
	entities: Array<{ tags: TagRef[] | null }>,
	form: { oldTagName?: string; newTag?: { name?: string; color?: string | null }; shouldMerge?: boolean | null },
	actorId: string,
): void {
	const pool = poolOf(store, kind);
	const old = pool.where((tag) => sameName(tag.name, form.oldTagName ?? null))[0];
	if (!old) throw new ApiError(404, 'not-found', `The tag '${form.oldTagName}' could not be found.`);
	const newName = form.newTag?.name?.trim();
	if (!newName) assertValid([{ property: 'newTag.name', message: 'The tag name must not be empty.' }]);
	const target = pool.where((tag) => tag.id !== old.id && sameName(tag.name, newName!))[0];
	if (target && !form.shouldMerge) {
		throw new ApiError(400, 'invalid-operation', `A tag named '${newName}' already exists; set shouldMerge to merge the tags.`);
	}
	const result = target ?? old;
	if (!target) {
		old.name = newName!;
		if (form.newTag && 'color' in form.newTag) old.color = form.newTag.color ?? null;
		old.updatedOn = store.timestamp();
		old.updatedBy = actorId;
	} else {
		pool.delete(old.id);
	}
	for (const entity of entities) {
		if (!entity.tags?.some((tag) => tag.id === old.id)) continue;
		const others = entity.tags.filter((tag) => tag.id !== old.id && tag.id !== result.id);
		entity.tags = [...others, { id: result.id, name: result.name, color: result.color }];
	}
}

/** `POST /…/deletetags` (workspace-wide): drops the pool tags and removes them from every entity. */
export function deletePoolTag(store: Store, kind: TagKind, entities: Array<{ tags: TagRef[] | null }>, form: { name?: string }): void {
	const pool = poolOf(store, kind);
	const doomed = pool.where((tag) => sameName(tag.name, form.name ?? null));
	if (doomed.length === 0) throw new ApiError(404, 'not-found', `The tag '${form.name}' could not be found.`);
	for (const tag of doomed) pool.delete(tag.id);
	for (const entity of entities) entity.tags = (entity.tags ?? []).filter((tag) => !doomed.some((d) => d.id === tag.id));
}

/** An entity's tags as `BaseTagModel`s (its pool tags). */
export function entityTags(store: Store, kind: TagKind, entity: { tags: TagRef[] | null }): PoolTag[] {
	const pool = poolOf(store, kind);
	return (entity.tags ?? []).map((tag) => pool.get(tag.id)).filter((tag): tag is PoolTag => Boolean(tag));
}
