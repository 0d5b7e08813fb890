/** The project template resource: its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { get } from './get';
import { getMany } from './getMany';

export const projectTemplateProperties = operationSelector('projectTemplate', [get, getMany], 'get');
