/** The team resource: its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { addUsers } from './addUsers';
import { create } from './create';
import { deleteTeam } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { removeUsers } from './removeUsers';
import { update } from './update';

export const teamProperties = operationSelector('team', [addUsers, create, deleteTeam, get, getMany, removeUsers, update], 'getMany');
