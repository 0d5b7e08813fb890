/** What the project tests share: a sandbox per file, running the node on Project, and the stored state. */
import type { IDataObject } from 'n8n-workflow';

import { runNode } from '../../../../harness/runNode';
import { apiKeyCredentials, useSandbox } from '../../../../harness/sandbox';

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

export const rl = (value: string, mode = 'id') => ({ __rl: true, mode, value });

export function projectSuite() {
	const sandbox = useSandbox({ rateLimit: false });
	const collection = <T extends { id: string }>(name: string) => sandbox().store.collection<T>(name);
	return {
		sandbox,
		projects: () => collection<StoredProject>('projects'),
		statuses: () => collection<Entity & { type: string; projectId?: string | null; workflowId?: string | null; order?: number }>('projectStatuses'),
		users: () => collection<Entity & { isDeactivated?: boolean }>('users'),
		roles: () => collection<Entity>('projectRoles'),
		types: () => collection<Entity>('projectTypes'),
		definitions: () => collection<Entity & { type: string; entity: string; selectionOptions: Array<{ id: string; value: string }> }>('customFieldDefinitions'),
		/** Requests other than reads, in order. */
		writes: () => sandbox().requests.filter((r) => r.method !== 'GET'),
		async run(parameters: IDataObject, items?: IDataObject[], continueOnFail = false) {
			return await runNode({
				parameters: { resource: 'project', ...parameters } as never,
				items,
				credentials: apiKeyCredentials(sandbox()),
				settings: continueOnFail ? { continueOnFail: true } : undefined,
			});
		},
	};
}
