/** Users, /me, companies, types of work and absences through the real server. */
import { kitForSuite, peopleAreaHandlers } from './people-testkit';

const kit = kitForSuite();

it('registers handler tables with spec operation keys only in the expected shape', () => {
	for (const key of Object.keys(peopleAreaHandlers())) expect(key).toMatch(/^(v2 )?(GET|POST|PUT|DELETE) \/[a-z]/);
});

describe('/me', () => {
	it('returns the API user with its workspace', async () => {
		const me = await kit.call('/me');
		expect(me.status).toBe(200);
		expect(me.body).toMatchObject({ firstName: 'awork', lastName: 'API', workspace: { url: 'https://sandbox-demo.awork.com' } });
		expect(me.body.id).toBe(kit.sandbox.store.apiKeys.get(kit.sandbox.apiKey));
		expect((await kit.call('/users/me')).body).toEqual(me.body);
	});
});

describe('users', () => {
	it('lists seeded users without internal fields and updates one', async () => {
		const list = await kit.call('/users?orderby=lastName');
		expect(list.body).toHaveLength(9);
		expect(Object.keys(list.body[0]).some((k) => k.startsWith('_'))).toBe(false);
		const target = list.body.find((u: any) => u.firstName === 'Mia');
		const put = await kit.call(`/users/${target.id}`, { method: 'PUT', body: { firstName: 'Mia', lastName: 'Meyer', position: 'Lead' } });
		expect(put.body).toMatchObject({ lastName: 'Meyer', position: 'Lead', resourceVersion: 2 });
		expect((await kit.call(`/users?filterby=lastName eq 'Meyer'`)).body.map((u: any) => u.id)).toEqual([target.id]);
	});

	it('deactivates, archives and refuses to deactivate the caller', async () => {
		const users = (await kit.call('/users')).body;
		const other = users.find((u: any) => u.firstName === 'Jonas');
		expect((await kit.call(`/users/${other.id}/deactivate`, { method: 'POST' })).status).toBe(204);
		expect((await kit.call(`/users/${other.id}`)).body).toMatchObject({ isDeactivated: true, status: { isDeactivated: true } });
		expect((await kit.call(`/users/${other.id}/activate`, { method: 'POST' })).status).toBe(204);
		const self = await kit.call(`/users/${kit.sandbox.store.apiKeys.get(kit.sandbox.apiKey)}/deactivate`, { method: 'POST' });
		expect(self.status).toBe(400);
		expect(self.body.code).toBe('invalid-operation');
		const archived = await kit.call(`/users/${other.id}/setarchived`, { method: 'POST', body: { isArchived: true } });
		expect(archived.body.isArchived).toBe(true);
		expect((await kit.call('/users')).body.some((u: any) => u.id === other.id)).toBe(false);
		expect((await kit.call('/users?showArchived=true')).body.some((u: any) => u.id === other.id)).toBe(true);
	});

	it('manages contact infos and tags', async () => {
		const user = (await kit.call('/users')).body[1];
		const bad = await kit.call(`/users/${user.id}/contactinfo`, { method: 'POST', body: { type: 'email', value: 'not-an-email' } });
		expect(bad.status).toBe(400);
		expect(bad.body.validationErrors[0].property).toBe('value');
		const info = await kit.call(`/users/${user.id}/contactinfo`, { method: 'POST', body: { type: 'phone', label: 'Mobile', value: '+49 170 1234567' } });
		expect(info.status).toBe(200);
		expect((await kit.call(`/users/${user.id}/contactinfo/${info.body.id}`)).body.value).toBe('+49 170 1234567');
		expect((await kit.call(`/users/${user.id}/contactinfo/${info.body.id}`, { method: 'DELETE' })).status).toBe(204);
		expect((await kit.call(`/users/${user.id}/contactinfo/${info.body.id}`)).status).toBe(404);

		// The seed may already have tagged the user; only the tag added here is followed.
		const seededTags = user.tags.map((t: any) => t.name);
		const added = await kit.call(`/users/${user.id}/addtags`, { method: 'POST', body: [{ name: 'frontend', color: 'blue' }] });
		expect(added.body[0]).toMatchObject({ name: 'frontend', color: 'blue' });
		expect((await kit.call('/users/tags')).body.map((t: any) => t.name)).toContain('frontend');
		await kit.call('/users/updatetags', { method: 'POST', body: { oldTagName: 'frontend', newTag: { name: 'web' } } });
		expect((await kit.call(`/users/${user.id}`)).body.tags.map((t: any) => t.name)).toEqual([...seededTags, 'web']);
		await kit.call(`/users/${user.id}/deletetags`, { method: 'POST', body: [{ name: 'web' }] });
		expect((await kit.call(`/users/${user.id}`)).body.tags.map((t: any) => t.name)).toEqual(seededTags);
	});
});

describe('companies', () => {
	it('creates, reads, updates and deletes a company', async () => {
		const missing = await kit.call('/companies', { method: 'POST', body: { name: '  ' } });
		expect(missing.status).toBe(400);
		expect(missing.body.validationErrors).toEqual([expect.objectContaining({ property: 'name' })]);
		const created = await kit.call('/companies', { method: 'POST', body: { name: 'ACME Corp', industry: 'Retail' } });
		expect(created.body).toMatchObject({ name: 'ACME Corp', industry: 'Retail', projectsCount: 0, tags: [], companyContactInfos: [] });
		const id = created.body.id;
		const updated = await kit.call(`/companies/${id}`, { method: 'PUT', body: { name: 'ACME Corporation', description: 'Anvils' } });
		expect(updated.body).toMatchObject({ name: 'ACME Corporation', description: 'Anvils', industry: null });
		expect((await kit.call(`/companies?filterby=name eq 'ACME Corporation'`)).body).toHaveLength(1);
		expect((await kit.call('/companies/industries')).body).toContain('Retail');
		const badOp = await kit.call(`/companies/${id}/delete`, { method: 'POST', body: { deleteOperation: 'explode' } });
		expect(badOp.status).toBe(400);
		expect((await kit.call(`/companies/${id}/delete`, { method: 'POST', body: { deleteOperation: 'delete-only-company' } })).status).toBe(204);
		const gone = await kit.call(`/companies/${id}`);
		expect(gone.status).toBe(404);
		expect(gone.body.code).toBe('not-found');
	});

	it('adds, renames and removes tags across companies; keeps contact info', async () => {
		const [a, b] = (await kit.call('/companies')).body;
		await kit.call(`/companies/${a.id}/addtags`, { method: 'POST', body: [{ name: 'vip', color: 'red' }] });
		const again = await kit.call(`/companies/${b.id}/addtags`, { method: 'POST', body: [{ name: 'VIP' }] });
		const tagA = (await kit.call(`/companies/${a.id}/tags`)).body.find((t: any) => t.name === 'vip');
		expect(again.body[0].id).toBe(tagA.id); // same pool tag, matched case-insensitively
		await kit.call('/companies/updatetags', { method: 'POST', body: { oldTagName: 'vip', newTag: { name: 'priority', color: 'orange' } } });
		for (const c of [a, b]) expect((await kit.call(`/companies/${c.id}`)).body.tags).toContainEqual({ id: tagA.id, name: 'priority', color: 'orange' });
		await kit.call('/companies/deletetags', { method: 'POST', body: { name: 'priority' } });
		expect((await kit.call(`/companies/${a.id}`)).body.tags.some((t: any) => t.id === tagA.id)).toBe(false);

		const info = await kit.call(`/companies/${a.id}/contactinfo`, { method: 'POST', body: { type: 'address', isAddress: true, addressLine1: 'Hafenstr. 1', city: 'Hamburg' } });
		expect(info.status).toBe(200);
		const put = await kit.call(`/companies/${a.id}/contactinfo/${info.body.id}`, { method: 'PUT', body: { type: 'address', isAddress: true, addressLine1: 'Hafenstr. 2', city: 'Hamburg' } });
		expect(put.body.addressLine1).toBe('Hafenstr. 2');
		expect((await kit.call(`/companies/${a.id}/contactinfo`)).body.map((i: any) => i.id)).toContain(info.body.id);
	});
});

describe('types of work', () => {
	it('creates, rejects duplicates, archives and deletes with a replacement', async () => {
		const created = await kit.call('/typeofwork', { method: 'POST', body: { name: 'QA', icon: 'bug_report' } });
		expect(created.body).toMatchObject({ name: 'QA', isArchived: false });
		expect((await kit.call('/typeofwork', { method: 'POST', body: { name: 'qa' } })).status).toBe(400);
		await kit.call(`/typeofwork/${created.body.id}/setarchived`, { method: 'POST', body: { isArchived: true } });
		expect((await kit.call('/typeofwork')).body.some((t: any) => t.id === created.body.id)).toBe(false);
		expect((await kit.call('/typeofwork?showArchived=true')).body.some((t: any) => t.id === created.body.id)).toBe(true);
		const other = (await kit.call('/typeofwork')).body[0];
		expect((await kit.call(`/typeofwork/${created.body.id}/delete`, { method: 'POST', body: { typeOfWorkId: other.id } })).status).toBe(204);
		expect((await kit.call(`/typeofwork/${created.body.id}`)).status).toBe(404);
	});
});

describe('absences', () => {
	it('creates (time of day ignored), validates, updates and deletes', async () => {
		const user = (await kit.call('/users')).body[2];
		const bad = await kit.call('/absences', { method: 'POST', body: { userId: user.id, startOn: '2025-04-10T00:00:00Z', endOn: '2025-04-08T00:00:00Z' } });
		expect(bad.status).toBe(400);
		expect(bad.body.validationErrors[0].property).toBe('endOn');
		const created = await kit.call('/absences', { method: 'POST', body: { userId: user.id, startOn: '2025-04-07T13:45:00Z', endOn: '2025-04-11T09:00:00Z', description: 'Vacation' } });
		expect(created.body).toMatchObject({ startOn: '2025-04-07T00:00:00.000Z', endOn: '2025-04-11T00:00:00.000Z', isReadOnly: false });
		const put = await kit.call(`/absences/${created.body.id}`, { method: 'PUT', body: { userId: user.id, startOn: '2025-04-07T00:00:00Z', endOn: '2025-04-09T00:00:00Z', description: 'Short trip' } });
		expect(put.body).toMatchObject({ description: 'Short trip', endOn: '2025-04-09T00:00:00.000Z' });
		expect((await kit.call(`/absences?filterby=userId eq guid'${user.id}'`)).body.map((a: any) => a.id)).toContain(created.body.id);
		expect((await kit.call(`/absences/${created.body.id}`, { method: 'DELETE' })).status).toBe(204);
		expect((await kit.call(`/absences/${created.body.id}`)).status).toBe(404);
	});

	it('keeps externally managed absences read-only', async () => {
		const user = (await kit.call('/users')).body[2];
		const ext = await kit.call('/absences', { method: 'POST', body: { userId: user.id, startOn: '2025-05-01T00:00:00Z', endOn: '2025-05-01T00:00:00Z', externalProvider: 'Personio' } });
		expect(ext.body.isReadOnly).toBe(true);
		const del = await kit.call(`/absences/${ext.body.id}`, { method: 'DELETE' });
		expect(del.status).toBe(400);
		expect(del.body.code).toBe('invalid-operation');
	});
});
