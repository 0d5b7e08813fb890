/** The type of work resource: its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { archive } from './archive';
import { deleteTypeOfWork } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { unarchive } from './unarchive';

export const typeOfWorkProperties = operationSelector('typeOfWork', [archive, deleteTypeOfWork, get, getMany, unarchive], 'get');
