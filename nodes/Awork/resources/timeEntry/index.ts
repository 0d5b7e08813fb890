/** The time entry resource: its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { create } from './create';
import { deleteTimeEntry } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { setBilled } from './setBilled';
import { setNotBilled } from './setNotBilled';
import { update } from './update';

export const timeEntryProperties = operationSelector(
	'timeEntry',
	[create, deleteTimeEntry, get, getMany, setBilled, setNotBilled, update],
	'getMany',
);
