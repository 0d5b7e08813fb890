/** GET /typeofwork/{id}: one type of work. */
import { operation } from '../../shared/descriptions/operation';
import { typeOfWorkField } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get a type of work',
	description: 'Get a type of work by ID',
	method: 'GET',
	path: '/typeofwork/{typeOfWorkId}',
	fields: [typeOfWorkField()],
});
