/** GET /typeofwork: the workspace's types of work, archived ones only when asked for. */
import { operation } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, typeOfWorkEntity } from '../../shared/filter';

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many types of work',
	description: 'List the types of work of the workspace, filtered and sorted',
	method: 'GET',
	path: '/typeofwork',
	paged: true,
	fields: [
		boolean({
			name: 'showArchived',
			displayName: 'Include Archived',
			description: 'Whether to include archived types of work, which existing tasks and time entries keep but new ones cannot get; switch on to find archived ones with the Archived filter',
		}),
		...listQueryProperties(typeOfWorkEntity).map(shown),
	],
	query: ['showArchived'],
});
