/** GET /projects/{projectId}/tasklists/{taskListId}: one list with its planned and tracked durations. */
import { operation } from '../../shared/descriptions/operation';
import { projectAndTaskList } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a task list',
	description: 'Get a task list of a project, with its planned and tracked time in seconds',
	method: 'GET',
	path: '/projects/{projectId}/tasklists/{taskListId}',
	fields: projectAndTaskList(),
});
