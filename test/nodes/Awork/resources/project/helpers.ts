/** What the project tests share on top of the resource suite: the stored project, its statuses, users, roles, types and custom field definitions. */
import type { IDataObject } from 'n8n-workflow';

import { resourceSuite } from '../../../../harness/resourceSuite';

export { rl } from '../../../../harness/resourceSuite';

export type StoredProject = IDataObject & {
	id: string;
	name: string;
	projectKey?: string;
	workflowId?: string | null;
	projectStatusId: string;
	projectStatus?: { type?: string };
	projectTypeId?: string | null;
	tags: Array<{ name: string; color: string | null }>;
	members: Array<{ userId: string; projectRoleId: string; isResponsible: boolean }>;
	customFields: IDataObject[];
	_customFieldLinks: Array<{ customFieldDefinitionId: string }>;
};
export type Entity = IDataObject & { id: string; name?: string };

export function projectSuite() {
	const suite = resourceSuite('project');
	const { sandbox, collection } = suite;
	return {
		...suite,
		projects: () => collection<StoredProject>('projects'),
		statuses: () => collection<Entity & { type: string; projectId?: string | null; workflowId?: string | null; order?: number }>('projectStatuses'),
		users: () => collection<Entity & { isDeactivated?: boolean }>('users'),
		roles: () => collection<Entity>('projectRoles'),
		types: () => collection<Entity>('projectTypes'),
		definitions: () => collection<Entity & { type: string; entity: string; selectionOptions: Array<{ id: string; value: string }> }>('customFieldDefinitions'),
		/** Requests other than reads, in order. */
		writes: () => sandbox().requests.filter((r) => r.method !== 'GET'),
	};
}
