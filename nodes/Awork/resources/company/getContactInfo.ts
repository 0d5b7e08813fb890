/** GET /companies/{id}/contactinfo/{contactInfoId}: one contact info of a company. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { CONTACT_INFO_PATH, contactInfoId } from './contactInfo';

export const getContactInfo = operation({
	value: 'getContactInfo',
	name: 'Get Contact Info',
	action: 'Get a contact info of a company',
	description: 'Get one contact info (e-mail, phone, address, website or custom) of a company by its ID',
	method: 'GET',
	path: CONTACT_INFO_PATH,
	fields: [locator('company'), contactInfoId()],
});
