/** GET /companies/{id}/contactinfo: all contact infos of a company, one item each. */
import { operation } from '../../shared/descriptions/operation';
import { shown } from '../../shared/fields/structured';
import { contactInfoEntity, listQueryProperties } from '../../shared/filter';
import { locator } from '../../shared/locators/locator';
import { CONTACT_INFOS_PATH } from './contactInfo';

export const getManyContactInfos = operation({
	value: 'getManyContactInfos',
	name: 'Get Many Contact Infos',
	action: 'Get many contact infos of a company',
	description: 'List the contact infos (e-mail addresses, phone numbers, addresses, websites, custom entries) of a company, one item each with its ID; filtered by type or value and sorted',
	method: 'GET',
	path: CONTACT_INFOS_PATH,
	paged: true,
	fields: [locator('company'), ...listQueryProperties(contactInfoEntity).map(shown)],
});
