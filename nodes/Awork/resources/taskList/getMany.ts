/** GET /projects/{projectId}/tasklists: a project's lists, filtered and sorted by awork, paged to the floor. */
import { operation } from '../../shared/descriptions/operation';
import { boolean } from '../../shared/fields/scalars';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, taskListEntity } from '../../shared/filter';
import { locator } from '../../shared/locators/locator';

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many task lists',
	description: 'List the task lists of a project, in their order unless sorted otherwise',
	method: 'GET',
	path: '/projects/{projectId}/tasklists',
	paged: true,
	query: ['showArchived'],
	fields: [
		locator('project', { description: 'The project whose task lists to return: pick it, paste its awork link, or enter its ID (GUID)' }),
		boolean({
			name: 'showArchived',
			displayName: 'Include Archived',
			description: 'Whether to return archived task lists as well; otherwise only active ones',
		}),
		...listQueryProperties(taskListEntity).map(shown),
	],
});
