/** Contact info (e-mail, phone, address …) lists of users and companies. */
import { notFound, type ValidationError } from '../http/errors';
import type { Store } from '../store';
import { CONTACT_INFO_FIELDS, newContactInfo, type StoredContactInfo } from './people-models';
import { touch } from './people-shared';
import { assertValid } from './shared/respond';

/** awork distinguishes addresses (structured) from value-type infos (e-mail, phone, url …). */
function checkForm(form: Record<string, any>, typeRequired: boolean): void {
	const errors: ValidationError[] = [];
	if (typeRequired && (typeof form.type !== 'string' || form.type.trim() === '')) {
		errors.push({ property: 'type', message: 'The contact info type is required.' });
	}
	if (form.isAddress) {
		if (!form.addressLine1 && !form.city && !form.zipCode) errors.push({ property: 'addressLine1', message: 'An address needs at least an address line, zip code or city.' });
	} else if (typeof form.value !== 'string' || form.value.trim() === '') {
		errors.push({ property: 'value', message: 'The contact info value is required.' });
	} else if (form.type === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.value)) {
		errors.push({ property: 'value', message: `'${form.value}' is not a valid e-mail address.` });
	}
	assertValid(errors);
}

export function addContactInfo(store: Store, list: StoredContactInfo[], form: Record<string, any>, actorId: string, typeRequired: boolean): StoredContactInfo {
	checkForm(form ?? {}, typeRequired);
	const info = newContactInfo(store, actorId, form);
	list.push(info);
	return info;
}

export function findContactInfo(list: StoredContactInfo[], id: string): StoredContactInfo {
	const info = list.find((item) => item.id.toLowerCase() === id.toLowerCase());
	if (!info) throw notFound('contact info', id);
	return info;
}

export function updateContactInfo(store: Store, list: StoredContactInfo[], id: string, form: Record<string, any>, actorId: string, typeRequired: boolean): StoredContactInfo {
	const info = findContactInfo(list, id);
	checkForm(form ?? {}, typeRequired);
	for (const field of CONTACT_INFO_FIELDS) (info as any)[field] = field === 'isAddress' ? Boolean(form.isAddress) : (form[field] ?? null);
	touch(store, info as any, actorId);
	return info;
}

export function removeContactInfo(list: StoredContactInfo[], id: string): void {
	const info = findContactInfo(list, id);
	list.splice(list.indexOf(info), 1);
}
