/** Comments on tasks and projects: one operation per file, each for either parent. */
import { operationSelector } from '../../shared/descriptions/operation';
import { create } from './create';
import { deleteComment } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';

export const commentProperties = operationSelector('comment', [create, get, getMany, update, deleteComment], 'create');
