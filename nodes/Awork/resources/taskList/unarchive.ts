/** POST …/tasklists/{taskListId}/setarchived with `isArchived: false`: the list is editable again. */
import { operation } from '../../shared/descriptions/operation';
import { projectAndTaskList } from './fields';

export const unarchive = operation({
	value: 'unarchive',
	name: 'Unarchive',
	action: 'Unarchive a task list',
	description: 'Make an archived task list active and editable again (tasks moved out when it was archived do not come back)',
	method: 'POST',
	path: '/projects/{projectId}/tasklists/{taskListId}/setarchived',
	fields: projectAndTaskList(),
	body: () => ({ isArchived: false }),
});
