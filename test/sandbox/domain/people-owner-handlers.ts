/**
 * The contact-info and tag endpoints users and companies both have (`/users/{userId}/tags`,
 * `/companies/{companyId}/contactinfo`, …), built once from how to reach each kind of owner.
 */
import type { Collection } from '../store';
import type { HandlerContext, HandlerTable, PropertyChange, SandboxRequest } from '../types';
import { addContactInfo, findContactInfo, removeContactInfo, updateContactInfo } from './people-contactinfo';
import type { StoredContactInfo, TagRef } from './people-models';
import { addTags, deletePoolTag, entityTags, removeTags, renameTag, tagPool, type TagKind } from './people-tags';

export interface OwnerAccess<T extends { id: string; tags: TagRef[] }> {
	kind: TagKind;
	/** The collection path, e.g. `/users`. */
	basePath: string;
	/** The path parameter naming one owner, e.g. `userId`. */
	idParam: string;
	collection(ctx: HandlerContext): Collection<T>;
	/** Marks the owner changed and announces `<kind>_updated`. */
	updated(ctx: HandlerContext, req: SandboxRequest, owner: T, changes?: PropertyChange[]): void;
}

export interface ContactInfoRules<T> {
	infosOf(owner: T): StoredContactInfo[];
	/** The property named in the webhook change, e.g. `UserContactInfos`. */
	changedProperty: string;
	/** Companies' contact infos must say what they are; users' may leave it open. */
	typeRequired: boolean;
}

export function contactInfoHandlers<T extends { id: string; tags: TagRef[] }>(owner: OwnerAccess<T>, rules: ContactInfoRules<T>): HandlerTable {
	const one = `${owner.basePath}/{${owner.idParam}}`;
	const require = (req: SandboxRequest, ctx: HandlerContext) => owner.collection(ctx).require(req.params[owner.idParam]);
	return {
		[`GET ${one}/contactinfo`]: (req, ctx) => {
			// Both owners' lists page, filter and sort, as the spec declares.
			return ctx.list(req, rules.infosOf(require(req, ctx)));
		},

		[`GET ${one}/contactinfo/{contactInfoId}`]: (req, ctx) => ({
			status: 200,
			body: findContactInfo(rules.infosOf(require(req, ctx)), req.params.contactInfoId),
		}),

		[`POST ${one}/contactinfo`]: (req, ctx) => {
			const entity = require(req, ctx);
			const info = addContactInfo(ctx.store, rules.infosOf(entity), req.body ?? {}, req.userId, rules.typeRequired);
			owner.updated(ctx, req, entity, [{ property: rules.changedProperty, new: info }]);
			return { status: 200, body: info };
		},

		[`PUT ${one}/contactinfo/{contactInfoId}`]: (req, ctx) => {
			const entity = require(req, ctx);
			const info = updateContactInfo(ctx.store, rules.infosOf(entity), req.params.contactInfoId, req.body ?? {}, req.userId, rules.typeRequired);
			owner.updated(ctx, req, entity, [{ property: rules.changedProperty, new: info }]);
			return { status: 200, body: info };
		},

		[`DELETE ${one}/contactinfo/{contactInfoId}`]: (req, ctx) => {
			const entity = require(req, ctx);
			removeContactInfo(rules.infosOf(entity), req.params.contactInfoId);
			owner.updated(ctx, req, entity);
			return { status: 204 };
		},
	};
}

/** `renamedStatus`: awork answers `POST /users/updatetags` with 200 but the company variant with 204. */
export function tagHandlers<T extends { id: string; tags: TagRef[] }>(owner: OwnerAccess<T>, renamedStatus: 200 | 204): HandlerTable {
	const { kind, basePath } = owner;
	const one = `${basePath}/{${owner.idParam}}`;
	const require = (req: SandboxRequest, ctx: HandlerContext) => owner.collection(ctx).require(req.params[owner.idParam]);
	const tagNames = (entity: T) => entity.tags.map((t) => t.name);
	return {
		[`GET ${basePath}/tags`]: (_req, ctx) => ({ status: 200, body: tagPool(ctx.store, kind) }),

		[`GET ${one}/tags`]: (req, ctx) => ({ status: 200, body: entityTags(ctx.store, kind, require(req, ctx)) }),

		[`POST ${one}/addtags`]: (req, ctx) => {
			const entity = require(req, ctx);
			const before = tagNames(entity);
			const added = addTags(ctx.store, kind, entity, req.body, req.userId);
			owner.updated(ctx, req, entity, [{ property: 'Tags', old: before, new: tagNames(entity) }]);
			return { status: 200, body: added };
		},

		[`POST ${one}/deletetags`]: (req, ctx) => {
			const entity = require(req, ctx);
			const before = tagNames(entity);
			if (removeTags(entity, req.body) > 0) owner.updated(ctx, req, entity, [{ property: 'Tags', old: before, new: tagNames(entity) }]);
			return { status: 204 };
		},

		[`POST ${basePath}/updatetags`]: (req, ctx) => {
			renameTag(ctx.store, kind, owner.collection(ctx).all(), req.body ?? {}, req.userId);
			return { status: renamedStatus };
		},

		[`POST ${basePath}/deletetags`]: (req, ctx) => {
			deletePoolTag(ctx.store, kind, owner.collection(ctx).all(), req.body ?? {});
			return { status: 204 };
		},
	};
}
