/** The company resource (clients): its operations in the order the editor lists them. */
import { operationSelector } from '../../shared/descriptions/operation';
import { addContactInfo } from './addContactInfo';
import { addTags } from './addTags';
import { create } from './create';
import { deleteCompany } from './delete';
import { deleteContactInfo } from './deleteContactInfo';
import { get } from './get';
import { getContactInfo } from './getContactInfo';
import { getMany } from './getMany';
import { getManyContactInfos } from './getManyContactInfos';
import { removeTags } from './removeTags';
import { update } from './update';
import { updateContactInfo } from './updateContactInfo';

export const companyProperties = operationSelector(
	'company',
	[
		addContactInfo,
		addTags,
		create,
		deleteCompany,
		deleteContactInfo,
		get,
		getContactInfo,
		getMany,
		getManyContactInfos,
		removeTags,
		update,
		updateContactInfo,
	],
	'get',
);
