/** GET /users, filtered and sorted by awork, paged to the floor; archived users only when asked for. */
import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { operation } from '../../shared/descriptions/operation';
import type { FieldContext } from '../../shared/fields/field';
import { boolean } from '../../shared/fields/scalars';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, userEntity } from '../../shared/filter';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyUser } from './fields';

/** awork leaves archived users out before filtering, so the Archived filter needs them included. */
async function includeArchivedWhenFiltered(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	const filters = context.fn.getNodeParameter('filters', {}) as IDataObject;
	if (filters.archived === true) request.qs = { ...request.qs, showArchived: true };
}

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many users',
	description: 'List the users of the workspace (API users included), filtered and sorted; archived users are left out unless included',
	method: 'GET',
	path: '/users',
	paged: true,
	fields: [
		boolean({
			name: 'showArchived',
			displayName: 'Include Archived',
			description: 'Whether to include archived users, which awork leaves out otherwise (the Archived filter includes them by itself)',
		}),
		...listQueryProperties(userEntity).map(shown),
		simplifyField,
	],
	query: ['showArchived'],
	before: [includeArchivedWhenFiltered],
	output: [simplifyOutput(simplifyUser)],
});
