/** Company → Add, Get, Get Many, Update, Delete Contact Info through n8n-core's engine against the sandbox. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('company');

type ContactInfo = { id: string; type: string; subType: string | null; label: string | null; value: string | null; isAddress: boolean; city: string | null };
type Company = { id: string; name: string; companyContactInfos: ContactInfo[] };
const companies = () => collection<Company>('companies');
const infosOf = (companyId: string) => companies().require(companyId).companyContactInfos;
const pathOf = (url: string) => new URL(url, 'http://sandbox').pathname.replace(/^\/api\/v1/, '');

async function newCompany(name: string): Promise<Company> {
	const created = await api<Company>('POST', '/companies', { name });
	return companies().require(created.id);
}

async function addInfo(companyId: string, form: Record<string, unknown>): Promise<ContactInfo> {
	return await api<ContactInfo>('POST', `/companies/${companyId}/contactinfo`, form);
}

describe('Company contact infos', () => {
	it('adds an e-mail address with its subtype, sending only the fields of its type', async () => {
		const company = await newCompany('Mail client');
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'addContactInfo',
			company: rl(company.id),
			value: ' billing@mail.example ',
			city: 'Hidden for e-mails',
			emailSubType: 'invoice',
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ type: 'email', subType: 'invoice', value: 'billing@mail.example', isAddress: false, city: null });
		expect(infosOf(company.id)).toEqual([expect.objectContaining({ id: items[0].json.id, type: 'email', value: 'billing@mail.example' })]);
		expect(sandbox().requests.map((r) => [r.method, pathOf(r.url), r.body])).toEqual([
			['POST', `/companies/${company.id}/contactinfo`, { type: 'email', subType: 'invoice', value: 'billing@mail.example' }],
		]);
	});

	it('adds an address (country code in upper case) and a custom entry with its label', async () => {
		const company = await newCompany('Address client');
		sandbox().resetLog();
		const address = await run({
			operation: 'addContactInfo',
			company: rl(company.id),
			contactInfoType: 'address',
			addressLine1: 'Torstrasse 140',
			zipCode: '10119',
			city: 'Berlin',
			country: 'de',
			value: 'not for addresses',
		});
		expect(address.error).toBeUndefined();
		expect(address.items[0].json).toMatchObject({ type: 'address', subType: 'central', isAddress: true, city: 'Berlin', country: 'DE' });
		const custom = await run({ operation: 'addContactInfo', company: rl(company.id), contactInfoType: 'custom', label: 'Support hotline', value: 'Ask for Kim' });
		expect(custom.error).toBeUndefined();
		expect(sandbox().requests.map((r) => r.body)).toEqual([
			{ type: 'address', subType: 'central', addressLine1: 'Torstrasse 140', zipCode: '10119', city: 'Berlin', country: 'DE', isAddress: true },
			{ type: 'custom', label: 'Support hotline', value: 'Ask for Kim' },
		]);
		expect(infosOf(company.id).map((i) => [i.type, i.isAddress, i.label])).toEqual([
			['address', true, null],
			['custom', false, 'Support hotline'],
		]);
	});

	it('gets one contact info and lists all of a company, one item each', async () => {
		const company = await newCompany('Listed client');
		const phone = await addInfo(company.id, { type: 'phone', subType: 'central', value: '+49 30 1234567' });
		const site = await addInfo(company.id, { type: 'url', subType: 'primary', value: 'https://listed.example' });
		const one = await run({ operation: 'getContactInfo', company: rl(company.id), contactInfoId: site.id.toUpperCase() });
		expect(one.error).toBeUndefined();
		expect(one.items.map((i) => i.json)).toEqual([expect.objectContaining({ id: site.id, type: 'url', value: 'https://listed.example' })]);
		sandbox().resetLog();
		const all = await run({ operation: 'getManyContactInfos', company: rl(company.id), returnAll: true });
		expect(all.error).toBeUndefined();
		expect(all.items.map((i) => i.json.id)).toEqual([phone.id, site.id]);
		expect(sandbox().requests.map((r) => pathOf(r.url))).toEqual([`/companies/${company.id}/contactinfo`]);
	});

	it('lists the contact infos of one type, or whose value contains a text, filtered by awork', async () => {
		const company = await newCompany('Filtered client');
		const mail = await addInfo(company.id, { type: 'email', subType: 'invoice', value: 'billing@filtered.example' });
		const phone = await addInfo(company.id, { type: 'phone', subType: 'central', value: '+49 30 3333333' });
		sandbox().resetLog();
		const emails = await run({ operation: 'getManyContactInfos', company: rl(company.id), returnAll: true, filters: { type: 'email' } });
		expect(emails.items.map((i) => i.json.id)).toEqual([mail.id]);
		expect(decodeURIComponent(sandbox().requests[0].url)).toContain("filterby=type eq 'email'");
		const berlin = await run({ operation: 'getManyContactInfos', company: rl(company.id), returnAll: true, filters: { valueContains: '+49 30' } });
		expect(berlin.items.map((i) => i.json.id)).toEqual([phone.id]);
	});

	it('updates only the fields set, keeping the rest of the contact info', async () => {
		const company = await newCompany('Updated client');
		const phone = await addInfo(company.id, { type: 'phone', subType: 'central', value: '+49 30 1111111' });
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'updateContactInfo', company: rl(company.id), contactInfoId: phone.id, updateFields: { value: '+49 30 2222222' } });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: phone.id, type: 'phone', subType: 'central', value: '+49 30 2222222' });
		expect(infosOf(company.id)[0]).toMatchObject({ type: 'phone', subType: 'central', value: '+49 30 2222222' });
		const put = sandbox().requests.find((r) => r.method === 'PUT')!;
		expect(pathOf(put.url)).toBe(`/companies/${company.id}/contactinfo/${phone.id}`);
		expect(put.body).toMatchObject({ type: 'phone', subType: 'central', value: '+49 30 2222222', isAddress: false });
	});

	it('turns a contact info into an address, and refuses a subtype that does not fit the new type', async () => {
		const company = await newCompany('Retyped client');
		const site = await addInfo(company.id, { type: 'url', subType: 'primary', value: 'https://retyped.example' });
		const retyped = await run({
			operation: 'updateContactInfo',
			company: rl(company.id),
			contactInfoId: site.id,
			updateFields: { contactInfoType: 'address', subType: 'invoice', city: 'Hamburg' },
		});
		expect(retyped.error).toBeUndefined();
		expect(infosOf(company.id)[0]).toMatchObject({ type: 'address', subType: 'invoice', isAddress: true, city: 'Hamburg' });

		sandbox().resetLog();
		const misfit = await run(
			{ operation: 'updateContactInfo', company: rl(company.id), contactInfoId: site.id, updateFields: { contactInfoType: 'phone', value: '+49 40 1' } },
			undefined,
			true,
		);
		expect(misfit.items[0].error?.message).toBe("Invalid 'Subtype' on item 0: expected 'central' or 'other' for a phone contact info, got 'invoice'");
		expect(sandbox().requests.map((r) => r.method)).toEqual(['GET']);
		expect(infosOf(company.id)[0]).toMatchObject({ type: 'address', city: 'Hamburg' });
	});

	it('deletes a contact info and reports what it did', async () => {
		const company = await newCompany('Pruned client');
		const keep = await addInfo(company.id, { type: 'email', subType: 'central', value: 'keep@pruned.example' });
		const drop = await addInfo(company.id, { type: 'email', subType: 'other', value: 'drop@pruned.example' });
		const { items, error } = await run({ operation: 'deleteContactInfo', company: rl(company.id), contactInfoId: drop.id });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ success: true, companyId: company.id, contactInfoId: drop.id }]);
		expect(infosOf(company.id).map((i) => i.id)).toEqual([keep.id]);
	});

	it('stops items with a bad contact info ID, an empty value, a bad e-mail or country before sending them, and runs the others', async () => {
		const company = await newCompany('Careful client');
		const info = await addInfo(company.id, { type: 'email', subType: 'central', value: 'a@careful.example' });
		sandbox().resetLog();
		const got = await run(
			{ operation: 'getContactInfo', company: rl(company.id), contactInfoId: '={{$json.id}}' },
			[{ id: 'not-a-guid' }, { id: info.id }],
			true,
		);
		expect(got.items[0].error?.message).toBe("Invalid 'Contact Info ID' on item 0: expected a contact info ID (GUID), got 'not-a-guid'");
		expect(got.items[1].json.id).toBe(info.id);
		expect(sandbox().requests).toHaveLength(1);

		sandbox().resetLog();
		const added = await run(
			{ operation: 'addContactInfo', company: rl(company.id), contactInfoType: '={{$json.type}}', label: 'Only for custom ones', value: '={{$json.value}}', country: '={{$json.country}}' },
			[
				{ type: 'email', value: '' },
				{ type: 'email', value: 'not an address' },
				{ type: 'address', country: 'Germany' },
				{ type: 'address', country: 'DE' },
				{ type: 'phone', value: '+49 40 7654321' },
			],
			true,
		);
		expect(added.items.map((i) => i.error?.message)).toEqual([
			"Invalid 'Value' on item 0: expected a non-empty text, got an empty value",
			"Invalid 'Value' on item 1: expected an e-mail address such as hello@example.com, got 'not an address'",
			"Invalid 'Country' on item 2: expected a two-letter ISO country code such as DE, got 'Germany'",
			"Invalid 'Address Line 1' on item 3: expected an address: at least Address Line 1, Zip Code or City, got nothing",
			undefined,
		]);
		expect(added.items[4].json).toMatchObject({ type: 'phone', subType: 'central', value: '+49 40 7654321' });
		expect(sandbox().requests.map((r) => r.body)).toEqual([{ type: 'phone', subType: 'central', value: '+49 40 7654321' }]);
		expect(infosOf(company.id)).toHaveLength(2);
	});
});
