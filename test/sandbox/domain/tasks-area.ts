/** Every handler table of the tasks area, merged (each operation key appears in exactly one table). */
import type { HandlerTable } from '../types';
import { checklistItemHandlers } from './checklistitems';
import { projectCommentHandlers, taskCommentHandlers } from './comments';
import { taskListHandlers } from './tasklists';
import { taskHandlers } from './tasks';
import { taskAssigneeHandlers } from './tasks-assignees';
import { taskCopyHandlers } from './tasks-copy';
import { taskCustomFieldHandlers } from './tasks-customfields';
import { taskDeleteHandlers } from './tasks-delete';
import { taskMoveHandlers } from './tasks-move';
import { taskQueryHandlers } from './tasks-queries';
import { taskStatusChangeHandlers } from './tasks-status';
import { taskSubtaskHandlers } from './tasks-subtasks';
import { taskTagHandlers } from './tasks-tags';
import { taskStatusHandlers } from './taskstatuses';

export const tasksAreaTables: Readonly<Record<string, HandlerTable>> = {
	taskHandlers,
	taskQueryHandlers,
	taskStatusChangeHandlers,
	taskAssigneeHandlers,
	taskCopyHandlers,
	taskDeleteHandlers,
	taskTagHandlers,
	taskCustomFieldHandlers,
	taskSubtaskHandlers,
	taskMoveHandlers,
	taskListHandlers,
	taskStatusHandlers,
	checklistItemHandlers,
	taskCommentHandlers,
	projectCommentHandlers,
};

export const tasksAreaHandlers: HandlerTable = Object.assign({}, ...Object.values(tasksAreaTables));
