/** The Task List resource: the lists that group a project's tasks. */
import { operationSelector } from '../../shared/descriptions/operation';
import { addTasks } from './addTasks';
import { archive } from './archive';
import { create } from './create';
import { deleteTaskList } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { removeTasks } from './removeTasks';
import { unarchive } from './unarchive';
import { update } from './update';

export const taskListProperties = operationSelector(
	'taskList',
	[create, get, getMany, update, archive, unarchive, deleteTaskList, addTasks, removeTasks],
	'get',
);
