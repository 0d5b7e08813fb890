/** GET /tasks/{taskId}/checklistitems: the whole checklist in one answer (no paging, filter or sort), so Limit only shortens the output. */
import { operation } from '../../shared/descriptions/operation';
import { limitAnswer, pagingFields } from '../../shared/descriptions/paging';
import { taskField } from './fields';

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many checklist items',
	description: 'List the checklist items of a task in their order (awork returns the whole checklist in one answer)',
	method: 'GET',
	path: '/tasks/{taskId}/checklistitems',
	fields: [taskField(), ...pagingFields],
	output: [limitAnswer()],
});
