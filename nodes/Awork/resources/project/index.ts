import { operationSelector } from '../../shared/descriptions/operation';
import { create } from './create';
import { deleteProject } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const projectProperties = operationSelector('project', [create, get, getMany, update, deleteProject], 'get');
