/** The Task resource: its operations, in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { addTags } from './addTags';
import { changeProject } from './changeProject';
import { changeStatus } from './changeStatus';
import { copy } from './copy';
import { create } from './create';
import { deleteTask } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { moveToLists } from './moveToLists';
import { removeTags } from './removeTags';
import { setAssignees } from './setAssignees';
import { setCustomFields } from './setCustomFields';
import { setPriority } from './setPriority';
import { update } from './update';

export const taskProperties = operationSelector('task', [
	create,
	get,
	getMany,
	update,
	deleteTask,
	changeStatus,
	setAssignees,
	moveToLists,
	changeProject,
	setPriority,
	addTags,
	removeTags,
	setCustomFields,
	copy,
], 'get');
