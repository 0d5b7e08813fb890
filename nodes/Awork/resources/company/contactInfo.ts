/**
 * A company's contact infos (e-mail, phone, address, website, custom): the fields of awork's
 * ContactInfoForm shown per type, and the checks awork's form rules need (a subtype that fits the
 * type, a value or an address, a label for custom ones).
 */
import type { IDataObject, IHttpRequestOptions, INodePropertyOptions } from 'n8n-workflow';

import { shownWhen } from '../../shared/fields/conditional';
import type { Field, FieldContext } from '../../shared/fields/field';
import { inputError } from '../../shared/fields/inputError';
import { choice, text } from '../../shared/fields/scalars';
import { id, optional } from '../../shared/fields/structured';

export const CONTACT_INFOS_PATH = '/companies/{companyId}/contactinfo';
export const CONTACT_INFO_PATH = '/companies/{companyId}/contactinfo/{contactInfoId}';

/** awork's ContactInfoForm properties; its PUT clears what is left out. */
export const CONTACT_INFO_FORM = [
	'type',
	'subType',
	'label',
	'value',
	'isAddress',
	'addressLine1',
	'addressLine2',
	'zipCode',
	'city',
	'state',
	'country',
] as const;

const ADDRESS_FIELDS = ['addressLine1', 'addressLine2', 'zipCode', 'city', 'state', 'country'];

const TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Address', value: 'address', description: 'A postal address (address lines, zip code, city, state, country)' },
	{ name: 'Custom', value: 'custom', description: 'Anything else, with a label of your own' },
	{ name: 'Email', value: 'email', description: 'An e-mail address' },
	{ name: 'Phone', value: 'phone', description: 'A phone number' },
	{ name: 'Website', value: 'url', description: 'A web address' },
];

/** The subtypes awork allows per type; custom ones have none. */
const SUB_TYPES: Record<string, string[]> = {
	address: ['central', 'invoice', 'other'],
	email: ['central', 'invoice', 'other'],
	phone: ['central', 'other'],
	url: ['primary', 'other'],
};

const SUB_TYPE_NAMES: Record<string, string> = { central: 'Central', invoice: 'Invoice', other: 'Other', primary: 'Primary' };

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function contactInfoId(): Field {
	return id({
		name: 'contactInfoId',
		displayName: 'Contact Info ID',
		description: "The ID of the company's contact info, e.g. from Get Many Contact Infos or the contactInfos of Get Company",
		required: true,
		expected: 'a contact info ID (GUID)',
	});
}

/** A two-letter ISO country code, sent in upper case. */
function countryCode(): Field {
	const field = text({ name: 'country', displayName: 'Country', description: 'The country as its two-letter ISO code, e.g. DE' });
	return {
		property: field.property,
		apply(context, path) {
			field.apply!(context, path);
			const country = context.values.country as string | undefined;
			if (country === undefined) return;
			if (!/^[A-Za-z]{2}$/.test(country)) throw inputError(context.node, context.itemIndex, 'Country', 'a two-letter ISO country code such as DE', country);
			context.values.country = country.toUpperCase();
		},
	};
}

const addressFields = (): Field[] => [
	text({ name: 'addressLine1', displayName: 'Address Line 1', description: 'Street and number, e.g. Torstrasse 140' }),
	text({ name: 'addressLine2', displayName: 'Address Line 2', description: 'More of the address, e.g. Hof A' }),
	text({ name: 'zipCode', displayName: 'Zip Code', description: 'The postal code, e.g. 10119' }),
	text({ name: 'city', displayName: 'City', description: 'The city, e.g. Berlin' }),
	text({ name: 'state', displayName: 'State', description: 'The state or region, if the address has one' }),
	countryCode(),
];

const VALUE_DESCRIPTION = 'The e-mail address, phone number, web address or (for Custom) text of the contact info';

/** Add Contact Info: the type, then only the fields that type has. */
export function contactInfoCreateFields(): Field[] {
	const whenType = (types: string[], field: Field) => shownWhen({ parameter: 'contactInfoType', is: types, value: 'type' }, field);
	return [
		choice({
			name: 'contactInfoType',
			displayName: 'Type',
			description: 'What kind of contact info it is',
			options: TYPE_OPTIONS,
			default: 'email',
			required: true,
			to: 'type',
		}),
		...Object.entries(SUB_TYPES).map(([type, subTypes]) =>
			whenType(
				[type],
				choice({
					name: `${type}SubType`,
					displayName: 'Subtype',
					description: `What the ${type === 'url' ? 'web address' : type} is for`,
					options: subTypes.map((value) => ({ name: SUB_TYPE_NAMES[value], value })),
					default: subTypes[0],
					to: 'subType',
				}),
			),
		),
		whenType(['custom'], text({ name: 'label', displayName: 'Label', description: 'What the contact info is, e.g. Support hotline', required: true })),
		whenType(['email', 'phone', 'url', 'custom'], text({ name: 'value', displayName: 'Value', description: VALUE_DESCRIPTION, required: true })),
		...addressFields().map((field) => whenType(['address'], field)),
	];
}

/** Update Contact Info: any of the form's properties; the rest keep their value. */
export function contactInfoUpdateFields(): Field {
	return optional({
		name: 'updateFields',
		displayName: 'Update Fields',
		fields: [
			choice({ name: 'contactInfoType', displayName: 'Type', description: 'The new kind of contact info', options: TYPE_OPTIONS, to: 'type' }),
			choice({
				name: 'subType',
				displayName: 'Subtype',
				description:
					'What it is for. Address and Email: Central, Invoice or Other; Phone: Central or Other; Website: Primary or Other; Custom has none.',
				options: Object.entries(SUB_TYPE_NAMES).map(([value, name]) => ({ name, value })),
			}),
			text({ name: 'label', displayName: 'Label', description: 'What the contact info is (used by Custom ones), e.g. Support hotline' }),
			text({ name: 'value', displayName: 'Value', description: VALUE_DESCRIPTION }),
			...addressFields(),
		],
	});
}

const isBlank = (value: unknown) => value === undefined || value === null || String(value).trim() === '';

/**
 * The rules awork's form has across fields, on the form about to be sent. `changed`: the values
 * the user set (an update re-checks only what it changes, so older contact infos stay editable).
 */
export function checkContactInfo(context: FieldContext, form: IDataObject, changed: IDataObject): void {
	const fail = (field: string, expected: string, got: unknown) => inputError(context.node, context.itemIndex, field, expected, got);
	const type = String(form.type ?? '');
	const typeChanged = 'type' in changed;
	const subTypes = SUB_TYPES[type];
	if (typeChanged || 'subType' in changed) {
		if (subTypes && !subTypes.includes(String(form.subType ?? ''))) {
			throw fail('Subtype', `${subTypes.map((s) => `'${s}'`).join(' or ')} for a ${type} contact info`, form.subType);
		}
		if (!subTypes) form.subType = null;
	}
	if (type === 'custom' && (typeChanged || 'label' in changed) && isBlank(form.label)) {
		throw fail('Label', 'a label for a custom contact info', form.label);
	}
	form.isAddress = type === 'address';
	if (type === 'address') {
		if (ADDRESS_FIELDS.some((name) => name in changed) || typeChanged) {
			if (isBlank(form.addressLine1) && isBlank(form.zipCode) && isBlank(form.city)) {
				throw fail('Address Line 1', 'an address: at least Address Line 1, Zip Code or City', form.addressLine1);
			}
		}
		return;
	}
	for (const name of ADDRESS_FIELDS) delete form[name];
	if ((typeChanged || 'value' in changed) && isBlank(form.value)) throw fail('Value', `a value for a ${type} contact info`, form.value);
	if (type === 'email' && (typeChanged || 'value' in changed) && !EMAIL.test(String(form.value))) {
		throw fail('Value', 'an e-mail address such as hello@example.com', form.value);
	}
}

/** Add Contact Info's body: the checked form (nothing sent when it fails). */
export function contactInfoBody(values: IDataObject, context: FieldContext): IDataObject {
	const form = { ...values };
	delete form.companyId;
	checkContactInfo(context, form, form);
	if (!form.isAddress) delete form.isAddress;
	if (form.subType === null) delete form.subType;
	return form;
}

/** Update Contact Info, after the merge with the current contact info. */
export async function checkMergedContactInfo(context: FieldContext, request: IHttpRequestOptions): Promise<void> {
	const changed = { ...context.values };
	delete changed.companyId;
	delete changed.contactInfoId;
	checkContactInfo(context, request.body as IDataObject, changed);
}
