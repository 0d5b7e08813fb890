/** GET /projecttypes: the workspace's project types, archived ones only when asked for. */
import { operation } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, projectTypeEntity } from '../../shared/filter';

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many project types',
	description: 'List the project types of the workspace, filtered and sorted',
	method: 'GET',
	path: '/projecttypes',
	paged: true,
	fields: [
		boolean({
			name: 'showArchived',
			displayName: 'Include Archived',
			description: 'Whether to include archived project types, which existing projects keep but new projects cannot get; switch on to find archived ones with the Archived filter',
		}),
		...listQueryProperties(projectTypeEntity).map(shown),
	],
	query: ['showArchived'],
});
