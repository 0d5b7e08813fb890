/** The `listSearch` methods behind every locator's "From List" mode, by entity. */
import { NodeOperationError, type IDataObject, type ILoadOptionsFunctions, type INodeListSearchResult } from 'n8n-workflow';

import { chosenId } from '../loadOptions/loadList';
import { searchEndpoints } from './searchEndpoints';
import { searchList } from './searchList';

const byName = (entity: IDataObject) => String(entity.name ?? '');
const personName = (entity: IDataObject) => [entity.firstName, entity.lastName].filter(Boolean).join(' ');

export async function searchProjects(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	return await searchList(this, { path: '/projects', searchIn: ['name'], orderby: 'name', name: byName }, filter, token);
}

export async function searchTasks(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const projectId = chosenId(this, 'project', 'project');
	const path = projectId ? `/projects/${projectId}/projecttasks` : '/me/allavailabletasks';
	return await searchList(this, { path, searchIn: ['name'], orderby: 'name', name: byName }, filter, token);
}

export async function searchTaskLists(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
	const projectId = chosenId(this, 'project', 'project');
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
		{ path: '/users', searchIn: ['firstName', 'lastName'], orderby: 'firstName,lastName', name: personName },
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
	searchEndpoints,
};
