/** GET /absences/{id}. */
import { operation } from '../../shared/descriptions/operation';
import { absenceIdField, ABSENCE_PATH } from './fields';

export const get = operation({
	value: 'get',
	name: 'Get',
	action: 'Get an absence',
	description: 'Get an absence by its ID',
	method: 'GET',
	path: ABSENCE_PATH,
	fields: [absenceIdField()],
});
