/** POST /tasks/{taskId}/checklistitems/tosubtasks: every item of the checklist becomes a subtask; the checklist is then empty. */
import { operation } from '../../shared/descriptions/operation';
import { taskField } from './fields';

export const convertToSubtasks = operation({
	value: 'convertToSubtasks',
	name: 'Convert to Subtasks',
	action: 'Convert checklist items to subtasks',
	description:
		'Turn all checklist items of a task into subtasks of it (the items are removed from the checklist). Returns one item per new subtask; a subtask’s own checklist cannot be converted.',
	method: 'POST',
	path: '/tasks/{taskId}/checklistitems/tosubtasks',
	fields: [taskField()],
	// The endpoint takes no request body.
	body: () => undefined,
});
