/** Company → Create (with tags), Get, Get Many (filters, sort), Update, Delete (what happens to its projects), Add/Remove Tags through n8n-core's engine against the sandbox. */
import { resourceSuite, rl } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('company');

type Company = {
	id: string;
	name: string;
	description: string | null;
	industry: string | null;
	tags: Array<{ id: string; name: string }>;
	companyContactInfos: Array<{ id: string }>;
};
type Project = { id: string; name: string; companyId?: string | null };
const companies = () => collection<Company>('companies');
const projects = () => collection<Project>('projects');
const pathOf = (url: string) => new URL(url, 'http://sandbox').pathname.replace(/^\/api\/v1/, '');

async function newCompany(name: string): Promise<Company> {
	const created = await api<Company>('POST', '/companies', { name, industry: 'Retail', description: 'A shop' });
	return companies().require(created.id);
}

describe('Company', () => {
	it('creates a company with the fields set only, then tags it and returns it with its tags', async () => {
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'create',
			name: ' Northwind Traders ',
			additionalFields: { industry: 'Wholesale', description: '', tags: 'key account, retainer' },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ name: 'Northwind Traders', industry: 'Wholesale', tags: ['key account', 'retainer'], projectsCount: 0 });
		expect(items[0].json).not.toHaveProperty('createdBy');
		const stored = companies().require(items[0].json.id as string);
		expect(stored).toMatchObject({ name: 'Northwind Traders', industry: 'Wholesale', description: null });
		expect(stored.tags.map((t) => t.name)).toEqual(['key account', 'retainer']);
		expect(sandbox().requests.map((r) => [r.method, pathOf(r.url), r.body])).toEqual([
			['POST', '/companies', { name: 'Northwind Traders', industry: 'Wholesale' }],
			['POST', `/companies/${stored.id}/addtags`, [{ name: 'key account' }, { name: 'retainer' }]],
		]);
	});

	it('gets a company by ID (any case) and by awork link, simplified with its contact infos, or in full', async () => {
		const company = companies().all().find((c) => c.companyContactInfos.length > 0)!;
		const byId = await run({ operation: 'get', company: rl(company.id.toUpperCase()) });
		expect(byId.error).toBeUndefined();
		expect(byId.items[0].json).toMatchObject({ id: company.id, name: company.name });
		expect(byId.items[0].json.contactInfos).toHaveLength(company.companyContactInfos.length);
		expect((byId.items[0].json.contactInfos as Array<Record<string, unknown>>)[0]).not.toHaveProperty('createdOn');
		const byUrl = await run({ operation: 'get', simplify: false, company: rl(`https://acme.awork.com/companies/${company.id}/overview`, 'url') });
		expect(byUrl.items[0].json).toMatchObject({ id: company.id, companyContactInfos: expect.any(Array), createdBy: expect.any(String) });
	});

	it('lists companies up to the limit, or all of them', async () => {
		sandbox().resetLog();
		const limited = await run({ operation: 'getMany', returnAll: false, limit: 2 });
		expect(limited.items).toHaveLength(2);
		expect(new URL(sandbox().requests[0].url, 'http://sandbox').searchParams.get('pageSize')).toBe('2');
		const all = await run({ operation: 'getMany', returnAll: true });
		expect(all.items.map((i) => i.json.id).sort()).toEqual(companies().all().map((c) => c.id).sort());
	});

	it('filters companies by industry, tag and name, and sorts them, in awork', async () => {
		const alpha = await newCompany('Orbital Alpha');
		const beta = await newCompany('Orbital Beta');
		await newCompany('Orbital Gamma');
		await api('PUT', `/companies/${alpha.id}`, { name: alpha.name, industry: 'Aerospace' });
		await api('PUT', `/companies/${beta.id}`, { name: beta.name, industry: 'Aerospace' });
		await api('POST', `/companies/${beta.id}/addtags`, [{ name: 'launch' }]);
		sandbox().resetLog();
		const byIndustry = await run({
			operation: 'getMany',
			returnAll: true,
			filters: { industry: 'Aerospace', nameContains: 'Orbital' },
			sort: { keys: [{ field: 'name', direction: 'desc' }] },
		});
		expect(byIndustry.error).toBeUndefined();
		expect(byIndustry.items.map((i) => i.json.name)).toEqual(['Orbital Beta', 'Orbital Alpha']);
		const url = decodeURIComponent(sandbox().requests[0].url);
		expect(url).toContain("industry eq 'Aerospace'");
		expect(url).toMatch(/orderby=name desc/i);
		const byTag = await run({ operation: 'getMany', returnAll: true, filters: { tag: 'launch', nameContains: 'Orbital' } });
		expect(byTag.items.map((i) => i.json.id)).toEqual([beta.id]);
	});

	it('updates only the fields set and sends the current values for the rest of the form', async () => {
		const company = await newCompany('Contoso');
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'update', company: rl(company.id), updateFields: { industry: 'Software' } });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: company.id, name: 'Contoso', industry: 'Software', description: 'A shop' });
		expect(companies().require(company.id)).toMatchObject({ name: 'Contoso', industry: 'Software', description: 'A shop' });
		const put = sandbox().requests.find((r) => r.method === 'PUT')!;
		expect(put.body).toEqual({ name: 'Contoso', description: 'A shop', industry: 'Software' });
	});

	it('deletes a company, keeping its projects without company by default', async () => {
		const company = await newCompany('Short-lived client');
		const project = await api<Project>('POST', '/projects', { name: 'For the short-lived client', companyId: company.id });
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'delete', company: rl(company.id) });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, companyId: company.id, deleteOperation: 'delete-only-company' });
		expect(companies().get(company.id)).toBeUndefined();
		expect(projects().require(project.id).companyId).toBeNull();
		expect(sandbox().requests.map((r) => [r.method, pathOf(r.url), r.body])).toEqual([
			['POST', `/companies/${company.id}/delete`, { deleteOperation: 'delete-only-company' }],
		]);
	});

	it('deletes a company moving its projects to another company', async () => {
		const company = await newCompany('Merged away');
		const heir = await newCompany('Merged into');
		const project = await api<Project>('POST', '/projects', { name: 'Moves along', companyId: company.id });
		sandbox().resetLog();
		const { items, error } = await run({
			operation: 'delete',
			company: rl(company.id),
			deleteOperation: 'move',
			moveToCompany: rl(heir.id.toUpperCase()),
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, companyId: company.id, deleteOperation: 'move', moveToCompany: heir.id });
		expect(companies().get(company.id)).toBeUndefined();
		expect(projects().require(project.id).companyId).toBe(heir.id);
		expect(sandbox().requests[0].body).toEqual({ deleteOperation: 'move', moveToCompany: heir.id });
	});

	it('adds tags (with a color) and removes tags by name, reporting what it did', async () => {
		const company = await newCompany('Tagged client');
		sandbox().resetLog();
		const added = await run({ operation: 'addTags', company: rl(company.id), tags: 'vip, vip , Fintech', tagColor: 'teal' });
		expect(added.error).toBeUndefined();
		expect(added.items.map((i) => i.json)).toEqual([{ success: true, companyId: company.id, tags: ['vip', 'Fintech'] }]);
		expect(companies().require(company.id).tags.map((t) => t.name)).toEqual(['vip', 'Fintech']);
		expect(sandbox().requests[0].body).toEqual([
			{ name: 'vip', color: 'teal' },
			{ name: 'Fintech', color: 'teal' },
		]);

		sandbox().resetLog();
		const removed = await run({ operation: 'removeTags', company: rl(company.id), tags: ['fintech', 'unknown'] });
		expect(removed.error).toBeUndefined();
		expect(removed.items.map((i) => i.json)).toEqual([{ success: true, companyId: company.id, tags: ['fintech', 'unknown'] }]);
		expect(companies().require(company.id).tags.map((t) => t.name)).toEqual(['vip']);
		expect(sandbox().requests.map((r) => [r.method, pathOf(r.url), r.body])).toEqual([
			['POST', `/companies/${company.id}/deletetags`, [{ name: 'fintech' }, { name: 'unknown' }]],
		]);
	});

	it('stops items with a bad ID, an empty name or no tags before sending them, names field and item, and runs the others', async () => {
		const good = companies().all()[0];
		sandbox().resetLog();
		const got = await run({ operation: 'get', company: rl('={{$json.id}}') }, [{ id: good.id }, { id: 'not-a-guid' }], true);
		expect(got.error).toBeUndefined();
		expect(got.items[0].json.id).toBe(good.id);
		expect(got.items[1].error?.name).toBe('NodeOperationError');
		expect(got.items[1].error?.message).toMatch(/^Invalid 'Company' on item 1: expected a company .*got 'not-a-guid'$/);
		expect(sandbox().requests).toHaveLength(1);

		const count = companies().all().length;
		sandbox().resetLog();
		const created = await run({ operation: 'create', name: '={{$json.name}}' }, [{ name: '  ' }, { name: 'Fabrikam' }], true);
		expect(created.items[0].error?.message).toBe("Invalid 'Name' on item 0: expected a non-empty text, got an empty value");
		expect(created.items[1].json).toMatchObject({ name: 'Fabrikam' });
		expect(companies().all()).toHaveLength(count + 1);
		expect(sandbox().requests.map((r) => r.body)).toEqual([{ name: 'Fabrikam' }]);

		sandbox().resetLog();
		const tagged = await run({ operation: 'addTags', company: rl(good.id), tags: '={{$json.tags}}' }, [{ tags: ' , ' }], true);
		expect(tagged.items[0].error?.message).toMatch(/^Invalid 'Tags' on item 0: expected at least one tag name/);
		expect(sandbox().requests).toHaveLength(0);

		sandbox().resetLog();
		const moved = await run({ operation: 'delete', company: rl(good.id), deleteOperation: 'move', moveToCompany: rl('={{$json.heir}}') }, [{ heir: ' ' }], true);
		expect(moved.items[0].error?.message).toBe("Invalid 'Move to Company' on item 0: expected a company, got an empty value");
		expect(companies().get(good.id)).toBeDefined();
		expect(sandbox().requests).toHaveLength(0);
	});
});
