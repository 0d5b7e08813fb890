/** DELETE /companies/{id}/contactinfo/{contactInfoId}: awork answers with no body. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { successOutput } from '../../shared/output/success';
import { CONTACT_INFO_PATH, contactInfoId } from './contactInfo';

export const deleteContactInfo = operation({
	value: 'deleteContactInfo',
	name: 'Delete Contact Info',
	action: 'Delete a contact info of a company',
	description: 'Remove one contact info from a company for good; the company and its other contact infos stay',
	method: 'DELETE',
	path: CONTACT_INFO_PATH,
	fields: [locator('company'), contactInfoId()],
	output: [successOutput(['companyId', 'contactInfoId'])],
});
