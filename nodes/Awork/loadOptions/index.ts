/** The `loadOptions` methods behind the node's dropdowns; dependent ones read the chosen project. */
import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { aworkRequest } from '../shared/transport/request';
import { chosenId, DropdownHint, fetchAll, loadList, toOptions } from './loadList';

function requireProject(context: ILoadOptionsFunctions): string {
	const projectId = chosenId(context, 'project', 'project');
	if (!projectId) throw new DropdownHint('Choose a project first');
	return projectId;
}

const statusType = (entity: IDataObject) => (entity.type ? `Type: ${String(entity.type)}` : undefined);

export async function getTaskStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loadList(this, 'the task statuses', async () => {
		const statuses = await fetchAll(this, `/projects/${requireProject(this)}/taskstatuses`);
		return statuses.sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0)).map((s) => ({
			name: String(s.name),
			value: String(s.id),
			description: statusType(s),
		}));
	});
}

export async function getTaskLists(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loadList(this, 'the task lists', async () => toOptions(await fetchAll(this, `/projects/${requireProject(this)}/tasklists`)));
}

/** Statuses of the chosen project, else of the chosen template (both include workflow-shared ones), else all. */
export async function getProjectStatuses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loadList(this, 'the project statuses', async () => {
		const projectId = chosenId(this, 'project', 'project');
		const templateId = projectId ? undefined : chosenId(this, 'projectTemplate', 'projectTemplate');
		const path = projectId
			? `/projects/${projectId}/projectstatuses`
			: templateId
				? `/projecttemplates/${templateId}/projectstatuses`
				: '/projectstatuses';
		const statuses = await fetchAll(this, path);
		return statuses.sort((a, b) => Number(a.order ?? 0) - Number(b.order ?? 0)).map((s) => ({
			name: String(s.name),
			value: String(s.id),
			description: statusType(s),
		}));
	});
}

export async function getProjectTypes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loadList(this, 'the project types', async () => toOptions(await fetchAll(this, '/projecttypes'), (t) => t.description as string));
}

export async function getTypesOfWork(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loadList(this, 'the types of work', async () => toOptions(await fetchAll(this, '/typeofwork')));
}

export async function getProjectRoles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loadList(this, 'the project roles', async () => toOptions(await fetchAll(this, '/projectroles')));
}

export async function getWorkflows(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loadList(this, 'the workflows', async () => toOptions(await fetchAll(this, '/workflows')));
}

export async function getTeams(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loadList(this, 'the teams', async () => toOptions(await fetchAll(this, '/teams')));
}

export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await loadList(this, 'the users', async () =>
		(await fetchAll(this, '/users'))
			.map((u) => ({ name: [u.firstName, u.lastName].filter(Boolean).join(' ') || String(u.id), value: String(u.id) }))
			.sort((a, b) => a.name.localeCompare(b.name)),
	);
}

/** Custom field definitions of one entity kind (`project` or `task`), with their value type. */
async function customFieldDefinitions(context: ILoadOptionsFunctions, entity: string): Promise<INodePropertyOptions[]> {
	return await loadList(context, 'the custom fields', async () => {
		const result = await aworkRequest.call(context, { method: 'GET', path: '/customfielddefinitions' });
		const all = Array.isArray(result) ? (result as IDataObject[]) : [];
		return toOptions(
			all.filter((d) => !d.entity || String(d.entity).toLowerCase() === entity),
			(d) => `Type: ${String(d.type)}`,
		);
	});
}

export async function getProjectCustomFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await customFieldDefinitions(this, 'project');
}

export async function getTaskCustomFields(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await customFieldDefinitions(this, 'task');
}

export const loadOptions = {
	getTaskStatuses,
	getTaskLists,
	getProjectStatuses,
	getProjectTypes,
	getTypesOfWork,
	getProjectRoles,
	getWorkflows,
	getTeams,
	getUsers,
	getProjectCustomFields,
	getTaskCustomFields,
};
