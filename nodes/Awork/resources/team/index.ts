/** The team resource: its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { addUsers } from './addUsers';
import { get } from './get';
import { getMany } from './getMany';
import { removeUsers } from './removeUsers';

export const teamProperties = operationSelector('team', [addUsers, get, getMany, removeUsers], 'getMany');
