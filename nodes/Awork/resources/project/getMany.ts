/** GET /projects, filtered and sorted by awork, paged to the floor. */
import { operation } from '../../shared/descriptions/operation';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, projectEntity } from '../../shared/filter';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyProject } from './fields';

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many projects',
	description: 'List projects, filtered and sorted',
	method: 'GET',
	path: '/projects',
	paged: true,
	fields: [...listQueryProperties(projectEntity).map(shown), simplifyField],
	output: [simplifyOutput(simplifyProject)],
});
