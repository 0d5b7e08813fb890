/** GET /projecttypes/{id}: one project type. */
import { operation } from '../../shared/descriptions/operation';
import { projectTypeField } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a project type',
	description: 'Get a project type by ID',
	method: 'GET',
	path: '/projecttypes/{projectTypeId}',
	fields: [projectTypeField()],
});
