/**
 * Files attached to tasks, projects, companies, users, project templates and the workspace:
 * multipart upload, metadata list/get/update, delete, and download of the exact bytes uploaded;
 * plus files added by URL (stored without bytes: the sandbox has no network), temporary files
 * (upload first, attach later) and the generic `/files/{fileId}/download`.
 * Bytes live on the stored `FileInfo` as `_bytes`.
 */
import { notFound, type ValidationError } from '../http/errors';
import type { Store } from '../store';
import type { HandlerContext, HandlerTable, SandboxRequest, SandboxResponse, UploadedFile } from '../types';
import { createdAudit, touch, workspaceOf } from './people-shared';
import { assertValid } from './shared/respond';
import { withoutInternals } from './shared/internals';

/** Where files can hang: URL segment, path parameter, owning collection, `FileInfo` key. */
const OWNERS = [
	{ segment: 'tasks', param: 'taskId', collection: 'tasks', entityType: 'task', key: 'taskId', hasList: true },
	{ segment: 'projects', param: 'projectId', collection: 'projects', entityType: 'project', key: 'projectId', hasList: true },
	{ segment: 'companies', param: 'companyId', collection: 'companies', entityType: 'company', key: 'companyId', hasList: false },
	{ segment: 'users', param: 'userId', collection: 'users', entityType: 'user', key: 'userId', hasList: true },
	{ segment: 'projecttemplates', param: 'projecttemplateId', collection: 'projectTemplates', entityType: 'projecttemplate', key: 'projectTemplateId', hasList: true },
	{ segment: 'workspaces', param: 'workspaceId', collection: 'workspaces', entityType: 'workspace', key: null, hasList: true },
] as const;
type Owner = (typeof OWNERS)[number];

export interface StoredFile {
	id: string;
	name: string | null;
	description: string | null;
	entityId: string | null;
	projectId: string | null;
	projectTemplateId: string | null;
	companyId: string | null;
	taskId: string | null;
	taskTemplateId: string | null;
	userId: string | null;
	documentId: string | null;
	fileName: string | null;
	entityType: string | null;
	mimeType: string | null;
	createdOn: string;
	createdBy: string;
	updatedOn: string;
	updatedBy: string;
	fileVersions: Array<Record<string, unknown>>;
	isCommentFile: boolean;
	externalProvider: string | null;
	externalFileUrl: string | null;
	isHiddenForConnectUsers: boolean;
	_bytes: Buffer;
	/** Where a file added by URL came from (the sandbox has no network, so such a file has no bytes). */
	_sourceUrl?: string;
	/** True for a temporary file not yet attached to an entity. */
	_temporary: boolean;
}

export const filesOf = (store: Store) => store.collection<StoredFile>('files', 'file');

function uploadedFile(req: SandboxRequest): UploadedFile {
	const file = req.files.find((f) => f.fieldName.toLowerCase() === 'file') ?? req.files[0];
	if (!file) assertValid([{ property: 'File', message: 'A file is required (multipart field "File").' }]);
	return file!;
}

function newFile(store: Store, actorId: string, upload: UploadedFile, name: unknown, temporary: boolean): StoredFile {
	const id = store.newId();
	const at = store.timestamp();
	return {
		id,
		name: typeof name === 'string' && name.trim() ? name.trim() : upload.fileName,
		description: null,
		entityId: null,
		projectId: null,
		projectTemplateId: null,
		companyId: null,
		taskId: null,
		taskTemplateId: null,
		userId: null,
		documentId: null,
		fileName: upload.fileName,
		entityType: null,
		mimeType: upload.contentType || 'application/octet-stream',
		...createdAudit(store, actorId, at),
		fileVersions: [{ id: store.newId(), fileInfoId: id, version: 1, size: upload.data.length, width: null, height: null, ...createdAudit(store, actorId, at) }],
		isCommentFile: false,
		externalProvider: null,
		externalFileUrl: null,
		isHiddenForConnectUsers: false,
		_bytes: Buffer.from(upload.data),
		_temporary: temporary,
	};
}

/** The owning entity's ID, checked to exist (the workspace's ID must be the sandbox workspace). */
function ownerId(ctx: HandlerContext, owner: Owner, req: SandboxRequest): string {
	const id = req.params[owner.param];
	if (owner.segment === 'workspaces') {
		const workspace = workspaceOf(ctx.store);
		if (workspace.id.toLowerCase() !== id.toLowerCase()) throw notFound('workspace', id);
		return workspace.id;
	}
	return ctx.store.collection<{ id: string }>(owner.collection, owner.entityType).require(id).id;
}

function attach(file: StoredFile, owner: Owner, id: string): void {
	file.entityId = id;
	file.entityType = owner.entityType;
	if (owner.key) (file as any)[owner.key] = id;
	file._temporary = false;
}

/** Entity types that can own files (`task`, `project`, `company`, `user`, `projecttemplate`, `workspace`). */
export type FileOwnerType = Owner['entityType'];

/**
 * Stores a file attached to an entity exactly as an upload through the owner's `files` endpoint
 * would (used by the seed, which cannot go through HTTP). The owner is not checked here.
 */
export function storeAttachedFile(
	store: Store,
	actorId: string,
	ownerType: FileOwnerType,
	ownerEntityId: string,
	upload: UploadedFile,
	at?: string,
): StoredFile {
	const owner = OWNERS.find((o) => o.entityType === ownerType)!;
	const file = newFile(store, actorId, upload, undefined, false);
	if (at) Object.assign(file, createdAudit(store, actorId, at), { fileVersions: file.fileVersions.map((v) => ({ ...v, ...createdAudit(store, actorId, at) })) });
	attach(file, owner, ownerEntityId);
	return filesOf(store).insert(file);
}

const belongs = (file: StoredFile, owner: Owner, id: string) =>
	!file._temporary && file.entityType === owner.entityType && (file.entityId ?? '').toLowerCase() === id.toLowerCase();

function fileOf(ctx: HandlerContext, owner: Owner, req: SandboxRequest): StoredFile {
	const id = ownerId(ctx, owner, req);
	const file = filesOf(ctx.store).get(req.params.fileId);
	if (!file || !belongs(file, owner, id)) throw notFound('file', req.params.fileId);
	return file;
}

/** The stored bytes, unchanged, with the upload's content type and file name. */
export function download(file: StoredFile, inline = false): SandboxResponse {
	const name = file.fileName ?? file.name ?? 'file';
	const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
	return {
		status: 200,
		raw: file._bytes,
		contentType: file.mimeType ?? 'application/octet-stream',
		headers: { 'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}` },
	};
}

function updateMeta(ctx: HandlerContext, req: SandboxRequest, file: StoredFile): SandboxResponse {
	const errors: ValidationError[] = [];
	const body = req.body ?? {};
	if ('name' in body && (typeof body.name !== 'string' || body.name.trim() === '')) errors.push({ property: 'name', message: 'The file name must not be empty.' });
	assertValid(errors);
	if ('name' in body) file.name = body.name.trim();
	if ('description' in body) file.description = body.description ?? null;
	touch(ctx.store, file, req.userId);
	return { status: 200, body: withoutInternals(file) };
}

/** The file name an address suggests: its last path segment, else its host, else the address itself. */
function nameFromAddress(address: string): string {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		return address;
	}
	const segment = url.pathname.split('/').filter(Boolean).pop() ?? '';
	try {
		return decodeURIComponent(segment) || url.hostname || address;
	} catch {
		return segment || url.hostname || address;
	}
}

function ownerHandlers(owner: Owner): HandlerTable {
	const base = `/${owner.segment}/{${owner.param}}/files`;
	const table: HandlerTable = {
		[`POST ${base}`]: (req, ctx) => {
			const id = ownerId(ctx, owner, req);
			const file = newFile(ctx.store, req.userId, uploadedFile(req), req.body?.name, false);
			attach(file, owner, id);
			filesOf(ctx.store).insert(file);
			return { status: 200, body: withoutInternals(file) };
		},
		[`POST ${base}/byurl`]: (req, ctx) => {
			const id = ownerId(ctx, owner, req);
			const body = req.body ?? {};
			const address = typeof body.url === 'string' ? body.url.trim() : '';
			if (!address) assertValid([{ property: 'url', message: 'The url of the file is required.' }]);
			const upload: UploadedFile = { fieldName: 'File', fileName: nameFromAddress(address), contentType: 'application/octet-stream', data: Buffer.alloc(0) };
			const file = newFile(ctx.store, req.userId, upload, body.name, false);
			if (typeof body.description === 'string') file.description = body.description;
			file._sourceUrl = address;
			attach(file, owner, id);
			filesOf(ctx.store).insert(file);
			return { status: 200, body: withoutInternals(file) };
		},
		[`GET ${base}/{fileId}`]: (req, ctx) => ({ status: 200, body: withoutInternals(fileOf(ctx, owner, req)) }),
		[`PUT ${base}/{fileId}`]: (req, ctx) => updateMeta(ctx, req, fileOf(ctx, owner, req)),
		[`GET ${base}/{fileId}/download`]: (req, ctx) => download(fileOf(ctx, owner, req)),
		[`DELETE ${base}/{fileId}`]: (req, ctx) => {
			filesOf(ctx.store).delete(fileOf(ctx, owner, req).id);
			return { status: 204 };
		},
		[`DELETE ${base}`]: (req, ctx) => {
			const id = ownerId(ctx, owner, req);
			for (const file of filesOf(ctx.store).where((f) => belongs(f, owner, id))) filesOf(ctx.store).delete(file.id);
			return { status: 204 };
		},
	};
	if (owner.hasList) {
		table[`GET ${base}`] = (req, ctx) => {
			const id = ownerId(ctx, owner, req);
			return ctx.list(req, filesOf(ctx.store).where((f) => belongs(f, owner, id)).map(withoutInternals));
		};
	}
	return table;
}

const temporary = (ctx: HandlerContext, id: string) => {
	const file = filesOf(ctx.store).get(id);
	if (!file || !file._temporary) throw notFound('temporary file', id);
	return file;
};

export const filesHandlers: HandlerTable = Object.assign(
	{},
	...OWNERS.map(ownerHandlers),
	{
		'GET /projects/{projectId}/allfiles': (req: SandboxRequest, ctx: HandlerContext) => {
			const project = ctx.store.collection<{ id: string }>('projects', 'project').require(req.params.projectId);
			const key = project.id.toLowerCase();
			// The project's own files and those of its tasks.
			const all = filesOf(ctx.store).where((f) => {
				if (f._temporary) return false;
				if ((f.projectId ?? '').toLowerCase() === key) return true;
				return f.taskId !== null && String(ctx.store.collection<any>('tasks', 'task').get(f.taskId)?.projectId ?? '').toLowerCase() === key;
			});
			return ctx.list(req, all.map(withoutInternals));
		},
		'GET /files/{fileId}/download': (req: SandboxRequest, ctx: HandlerContext) =>
			download(filesOf(ctx.store).require(req.params.fileId), String(req.query.inline ?? 'false') === 'true'),
		'POST /temporaryfiles': (req: SandboxRequest, ctx: HandlerContext) => {
			const file = filesOf(ctx.store).insert(newFile(ctx.store, req.userId, uploadedFile(req), req.body?.name, true));
			return { status: 200, body: withoutInternals(file) };
		},
		'GET /temporaryfiles': (req: SandboxRequest, ctx: HandlerContext) =>
			ctx.list(req, filesOf(ctx.store).where((f) => f._temporary && f.createdBy === req.userId).map(withoutInternals)),
		'GET /temporaryfiles/{fileId}': (req: SandboxRequest, ctx: HandlerContext) => ({ status: 200, body: withoutInternals(temporary(ctx, req.params.fileId)) }),
		'PUT /temporaryfiles/{fileId}': (req: SandboxRequest, ctx: HandlerContext) => updateMeta(ctx, req, temporary(ctx, req.params.fileId)),
		'GET /temporaryfiles/{fileId}/download': (req: SandboxRequest, ctx: HandlerContext) => download(temporary(ctx, req.params.fileId)),
		'POST /temporaryfiles/{fileId}/setentity': (req: SandboxRequest, ctx: HandlerContext) => {
			const file = temporary(ctx, req.params.fileId);
			const type = String(req.body?.entityType ?? '').toLowerCase();
			const owner = OWNERS.find((o) => o.entityType === type || o.segment === type);
			if (!owner) assertValid([{ property: 'entityType', message: `'${req.body?.entityType}' cannot have files.` }]);
			const id = ownerId(ctx, owner!, { ...req, params: { [owner!.param]: String(req.body?.entityId ?? '') } });
			attach(file, owner!, id);
			touch(ctx.store, file, req.userId);
			return { status: 200, body: withoutInternals(file) };
		},
	},
);
