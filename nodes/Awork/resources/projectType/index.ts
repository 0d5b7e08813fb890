/** The project type resource: its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { archive } from './archive';
import { deleteProjectType } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { unarchive } from './unarchive';

export const projectTypeProperties = operationSelector('projectType', [archive, deleteProjectType, get, getMany, unarchive], 'get');
