/** The Checklist Item resource: the to-do items inside a task. */
import { operationSelector } from '../../shared/descriptions/operation';
import { convertToSubtasks } from './convertToSubtasks';
import { create } from './create';
import { deleteChecklistItem } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const checklistItemProperties = operationSelector(
	'checklistItem',
	[create, get, getMany, update, deleteChecklistItem, convertToSubtasks],
	'getMany',
);
