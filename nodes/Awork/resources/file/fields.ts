/** What every file operation shares: the task, project or company the file belongs to, the file ID, Simplify. */
import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { shownWhen } from '../../shared/fields/conditional';
import type { Field } from '../../shared/fields/field';
import { choice } from '../../shared/fields/scalars';
import { id } from '../../shared/fields/structured';
import { locator } from '../../shared/locators/locator';
import { compact } from '../../shared/output/simplify';
import { itemState } from '../../shared/routing/itemState';

export type FileParent = 'task' | 'project' | 'company';

/** awork's file endpoints have the same shape under `/tasks/{id}`, `/projects/{id}` and `/companies/{id}`. */
const PARENT_SEGMENTS: Record<FileParent, string> = { task: 'tasks', project: 'projects', company: 'companies' };

const PARENT_OPTIONS: Record<FileParent, { name: string; value: FileParent; description: string }> = {
	task: { name: 'Task', value: 'task', description: 'Files attached to a task' },
	project: { name: 'Project', value: 'project', description: 'Files of a project itself (see Include Task Files for those of its tasks)' },
	company: { name: 'Company', value: 'company', description: 'Files of a company (client)' },
};

/** `{_parent}` and `{_parentId}` come from `fileParentFields`. */
export const FILES_PATH = '/{_parent}/{_parentId}/files';
/** What `{_parent}` may be, for the endpoint catalog's curated marks. */
export const FILE_PARENTS = { _parent: ['tasks', 'projects', 'companies'] };
export const FILE_PATH = `${FILES_PATH}/{fileId}`;

/** "Parent" and the locator of the chosen kind; they fill `{_parent}/{_parentId}` of the path. */
export function fileParentFields(parents: FileParent[] = ['task', 'project', 'company']): Field[] {
	const parent = choice({
		name: 'parent',
		displayName: 'Parent',
		description: 'What the file is attached to in awork',
		options: parents.map((value) => PARENT_OPTIONS[value]),
		default: 'task',
		required: true,
		to: '_parentType',
	});
	return [
		{
			// Fixed per node: it decides which locator is shown (and required).
			property: { ...parent.property, noDataExpression: true },
			apply(context, path) {
				parent.apply?.(context, path);
				context.values._parent = PARENT_SEGMENTS[context.values._parentType as FileParent];
			},
		},
		...parents.map((kind) =>
			shownWhen(
				{ parameter: 'parent', value: '_parentType', is: [kind] },
				locator(kind, {
					to: '_parentId',
					description: `The ${kind} the file belongs to: pick it from the list, paste its link from awork, or enter its ID (GUID)`,
				}),
			),
		),
	];
}

/** The file ID (no picker: IDs come from Get Many, Upload or a webhook). */
export const fileIdField = (): Field =>
	id({
		name: 'fileId',
		displayName: 'File ID',
		description: 'The ID (GUID) of the file, e.g. from Get Many or Upload',
		required: true,
		expected: 'a file ID (GUID), e.g. from Get Many or Upload',
	});

/** The parent's ID under its own name (`taskId`, …), for outputs without a body. */
export function parentOf(values: IDataObject): IDataObject {
	return { [`${String(values._parentType)}Id`]: values._parentId };
}

/** The file fields most workflows use (Simplify on): names, type, size of the latest version, where it hangs. */
export function simplifyFile(file: IDataObject): IDataObject {
	const versions = Array.isArray(file.fileVersions) ? (file.fileVersions as IDataObject[]) : [];
	const latest = versions.reduce<IDataObject | undefined>((last, version) => (!last || Number(version.version) > Number(last.version) ? version : last), undefined);
	return compact({
		id: file.id,
		name: file.name ?? undefined,
		fileName: file.fileName ?? undefined,
		description: file.description ?? undefined,
		mimeType: file.mimeType ?? undefined,
		size: latest?.size ?? undefined,
		version: latest?.version ?? undefined,
		entityType: file.entityType ?? undefined,
		entityId: file.entityId ?? undefined,
		externalFileUrl: file.externalFileUrl ?? undefined,
		createdOn: file.createdOn,
		createdBy: file.createdBy,
		updatedOn: file.updatedOn,
	});
}

/** awork answers a delete with no body: say what was deleted instead. */
export const deletedFileOutput: PostReceiveAction = async function (this: IExecuteSingleFunctions): Promise<INodeExecutionData[]> {
	const { values } = itemState(this);
	return [{ json: { success: true, fileId: values.fileId, ...parentOf(values) } }];
};
