import { operation } from '../../shared/descriptions/operation';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyProject } from './fields';

/** GET /projects, filtered and sorted by awork, paged to the floor. */
export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many projects',
	description: 'List projects, filtered and sorted',
	method: 'GET',
	path: '/projects',
	paged: true,
	fields: [simplifyField],
	output: [simplifyOutput(simplifyProject)],
});
