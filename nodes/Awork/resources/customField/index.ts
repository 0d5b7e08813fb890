/** The custom field resource: the definitions of project and task custom fields (values are set on projects and tasks). */
import { operationSelector } from '../../shared/descriptions/operation';
import { createDefinition } from './createDefinition';
import { getDefinition } from './getDefinition';
import { getManyDefinitions } from './getManyDefinitions';

export const customFieldProperties = operationSelector('customField', [createDefinition, getDefinition, getManyDefinitions], 'getManyDefinitions');
