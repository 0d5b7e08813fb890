/** The user resource: its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { activate } from './activate';
import { archive, unarchive } from './archive';
import { deactivate } from './deactivate';
import { deleteUser } from './delete';
import { get } from './get';
import { getCapacity } from './getCapacity';
import { getCurrent } from './getCurrent';
import { getMany } from './getMany';
import { setCapacity } from './setCapacity';

export const userProperties = operationSelector(
	'user',
	[activate, archive, deactivate, deleteUser, get, getCapacity, getCurrent, getMany, setCapacity, unarchive],
	'getCurrent',
);
