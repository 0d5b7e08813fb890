/** POST /companies/{id}/contactinfo: one e-mail, phone, address, website or custom contact info. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { CONTACT_INFOS_PATH, contactInfoBody, contactInfoCreateFields } from './contactInfo';

export const addContactInfo = operation({
	value: 'addContactInfo',
	name: 'Add Contact Info',
	action: 'Add a contact info to a company',
	description: 'Add an e-mail address, phone number, postal address, website or custom entry to a company; returns the new contact info with its ID',
	method: 'POST',
	path: CONTACT_INFOS_PATH,
	fields: [locator('company'), ...contactInfoCreateFields()],
	body: contactInfoBody,
});
