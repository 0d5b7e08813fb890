import { operationSelector } from '../../shared/descriptions/operation';
import { getCurrent } from './getCurrent';

export const userProperties = operationSelector('user', [getCurrent], 'getCurrent');
