/** The `listSearch` methods behind every locator's "From List" mode, by entity. */
import { NodeOperationError, type IDataObject, type ILoadOptionsFunctions, type INodeListSearchResult } from 'n8n-workflow';

import { LOCATOR_ENTITIES } from '../shared/locators/entities';
import { readLocator } from '../shared/locators/resolve';
import { searchList } from './searchList';

const byName = (entity: IDataObject) => String(entity.name ?? '');
const personName = (entity: IDataObject) => [entity.firstName, entity.lastName].filter(Boolean).join(' ');

/** The project chosen in the node's `project` parameter, if any (for pickers that depend on it). */
function chosenProject(context: ILoadOptionsFunctions): string | undefined {
	let raw: unknown;
	try {
		raw = context.getCurrentNodeParameter('project');
	} catch {
		return undefined;
	}
	try {
		const value = readLocator(raw, LOCATOR_ENTITIES.project, { node: context.getNode(), itemIndex: 0, field: 'Project' });
		return value && 'id' in value ? value.id : undefined;
	} catch {
		return undefined;
	}
}

export async function searchProjects(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	return await searchList(this, { path: '/projects', searchIn: ['name'], orderby: 'name', name: byName }, filter, token);
}

export async function searchTasks(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const projectId = chosenProject(this);
	const path = projectId ? `/projects/${projectId}/projecttasks` : '/me/allavailabletasks';
	return await searchList(this, { path, searchIn: ['name'], orderby: 'name', name: byName }, filter, token);
}

export async function searchTaskLists(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const projectId = chosenProject(this);
	if (!projectId) {
		throw new NodeOperationError(this.getNode(), 'Choose a project first: task lists belong to a project');
	}
	return await searchList(
		this,
		{ path: `/projects/${projectId}/tasklists`, searchIn: ['name'], orderby: 'order', name: byName },
		filter,
		token,
	);
}

export async function searchUsers(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	return await searchList(
		this,
		{ path: '/users', searchIn: ['firstName', 'lastName'], orderby: 'firstName, lastName', name: personName },
		filter,
		token,
	);
}

export async function searchCompanies(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	return await searchList(this, { path: '/companies', searchIn: ['name'], orderby: 'name', name: byName }, filter, token);
}

export async function searchProjectTemplates(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	return await searchList(this, { path: '/projecttemplates', searchIn: ['name'], orderby: 'name', name: byName }, filter, token);
}

export const listSearch = {
	searchProjects,
	searchTasks,
	searchTaskLists,
	searchUsers,
	searchCompanies,
	searchProjectTemplates,
};
