/** The company fields Create and Update share, and what Simplify keeps of a company. */
import type { IDataObject } from 'n8n-workflow';

import type { Field } from '../../shared/fields/field';
import { text } from '../../shared/fields/scalars';
import { compact } from '../../shared/output/simplify';

export const companyDetailFields = (): Field[] => [
	text({ name: 'description', displayName: 'Description', description: 'What the company is, e.g. who your contacts are there (plain text)', multiline: true }),
	text({ name: 'industry', displayName: 'Industry', description: 'The industry the company works in, as free text, e.g. Brand Agency' }),
];

/** A contact info without its audit fields, and without the address lines of a non-address. */
export function simplifyContactInfo(info: IDataObject): IDataObject {
	return compact({
		id: info.id,
		type: info.type,
		subType: info.subType ?? undefined,
		label: info.label ?? undefined,
		value: info.value ?? undefined,
		...(info.isAddress
			? {
					addressLine1: info.addressLine1 ?? undefined,
					addressLine2: info.addressLine2 ?? undefined,
					zipCode: info.zipCode ?? undefined,
					city: info.city ?? undefined,
					state: info.state ?? undefined,
					country: info.country ?? undefined,
				}
			: {}),
	});
}

/** The company fields most workflows use (Simplify on). */
export function simplifyCompany(company: IDataObject): IDataObject {
	return compact({
		id: company.id,
		name: company.name,
		description: company.description ?? undefined,
		industry: company.industry ?? undefined,
		tags: Array.isArray(company.tags) ? (company.tags as IDataObject[]).map((tag) => tag.name) : undefined,
		contactInfos: Array.isArray(company.companyContactInfos) ? (company.companyContactInfos as IDataObject[]).map(simplifyContactInfo) : undefined,
		projectsCount: company.projectsCount,
		projectsInProgressCount: company.projectsInProgressCount,
		isExternal: company.isExternal,
		createdOn: company.createdOn,
		updatedOn: company.updatedOn,
	});
}
