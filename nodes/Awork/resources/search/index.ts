/** The search resource: awork's full-text search across its entities. */
import { operationSelector } from '../../shared/descriptions/operation';
import { search } from './search';

export const searchProperties = operationSelector('search', [search], 'search');
