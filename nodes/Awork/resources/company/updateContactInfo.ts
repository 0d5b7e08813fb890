/** PUT /companies/{id}/contactinfo/{contactInfoId}, merged with the current contact info so unset fields keep their values. */
import { operation } from '../../shared/descriptions/operation';
import { locator } from '../../shared/locators/locator';
import { mergeWithCurrent } from '../../shared/routing/mergeCurrent';
import { CONTACT_INFO_FORM, CONTACT_INFO_PATH, checkMergedContactInfo, contactInfoId, contactInfoUpdateFields } from './contactInfo';

export const updateContactInfo = operation({
	value: 'updateContactInfo',
	name: 'Update Contact Info',
	action: 'Update a contact info of a company',
	description:
		'Change a contact info of a company, e.g. its value or address; what you do not set keeps its current value. Changing the type may need a fitting subtype and value.',
	method: 'PUT',
	path: CONTACT_INFO_PATH,
	fields: [locator('company'), contactInfoId(), contactInfoUpdateFields()],
	before: [mergeWithCurrent(CONTACT_INFO_PATH, CONTACT_INFO_FORM), checkMergedContactInfo],
});
