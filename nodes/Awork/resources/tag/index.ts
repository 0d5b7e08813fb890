/** The tag resource: the tags in use, per kind of entity (tags are added and removed on the entities themselves). */
import { operationSelector } from '../../shared/descriptions/operation';
import { getMany } from './getMany';

export const tagProperties = operationSelector('tag', [getMany], 'getMany');
