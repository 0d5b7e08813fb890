/** GET /projecttemplates, filtered and sorted by awork, paged to the floor. */
import { operation } from '../../shared/descriptions/operation';
import { shown } from '../../shared/fields/structured';
import { listQueryProperties, projectTemplateEntity } from '../../shared/filter';
import { simplifyField, simplifyOutput } from '../../shared/output/simplify';
import { simplifyProjectTemplate } from './fields';

export const getMany = operation({
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many project templates',
	description: 'List the project templates of the workspace, filtered and sorted',
	method: 'GET',
	path: '/projecttemplates',
	paged: true,
	fields: [...listQueryProperties(projectTemplateEntity).map(shown), simplifyField],
	output: [simplifyOutput(simplifyProjectTemplate)],
});
