/** The API Call resource: the long tail of awork's API, one operation over the generated endpoint catalog. */
import { operationSelector } from '../../shared/descriptions/operation';
import { call } from './call';

export const apiCallProperties = operationSelector('apiCall', [call], 'call');
