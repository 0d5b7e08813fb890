/** Project Type → Get, Get Many, Archive, Unarchive, Delete through n8n-core's engine against the sandbox. */
import { resourceSuite } from '../../../../harness/resourceSuite';

const { sandbox, collection, run, api } = resourceSuite('projectType');
type ProjectType = { id: string; name: string; isArchived: boolean };
const types = () => collection<ProjectType>('projectTypes');
const byName = (name: string) => types().all().find((t) => t.name === name)!;

describe('Project Type', () => {
	it('gets a project type by the ID a dropdown or expression gives', async () => {
		const website = byName('Website');
		const { items, error } = await run({ operation: 'get', projectTypeId: website.id.toUpperCase() });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([expect.objectContaining({ id: website.id, name: 'Website', isArchived: false })]);
	});

	it('archives a project type, hides it from the list unless archived ones are asked for, and unarchives it', async () => {
		const internal = byName('Internal');
		sandbox().resetLog();
		const archived = await run({ operation: 'archive', projectTypeId: internal.id });
		expect(archived.error).toBeUndefined();
		expect(archived.items[0].json).toMatchObject({ id: internal.id, isArchived: true });
		expect(types().require(internal.id).isArchived).toBe(true);
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([['POST /projecttypes/{projectTypeId}/setarchived', { isArchived: true }]]);

		const active = await run({ operation: 'getMany', returnAll: true });
		expect(active.items.map((i) => i.json.name)).not.toContain('Internal');
		const withArchived = await run({ operation: 'getMany', returnAll: true, showArchived: true });
		expect(withArchived.items.map((i) => i.json.name)).toContain('Internal');
		expect(sandbox().requests.at(-1)!.url).toMatch(/showArchived=true/);

		sandbox().resetLog();
		const restored = await run({ operation: 'unarchive', projectTypeId: internal.id });
		expect(restored.items[0].json).toMatchObject({ id: internal.id, isArchived: false });
		expect(types().require(internal.id).isArchived).toBe(false);
		expect(sandbox().requests[0].body).toEqual({ isArchived: false });
	});

	it('lists project types up to the limit, active ones only by default', async () => {
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'getMany', limit: 2 });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		expect(sandbox().requests[0].url).toMatch(/showArchived=false/);
	});

	it('finds archived project types with the Archived filter and Include Archived', async () => {
		const branding = byName('Branding');
		await api('POST', `/projecttypes/${branding.id}/setarchived`, { isArchived: true });
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'getMany', returnAll: true, showArchived: true, filters: { archived: true } });
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(types().where((t) => t.isArchived).map((t) => t.id));
		expect(items.map((i) => i.json.name)).toContain('Branding');
		expect(decodeURIComponent(sandbox().requests[0].url)).toMatch(/showArchived=true.*filterby=isArchived eq true/);
		await api('POST', `/projecttypes/${branding.id}/setarchived`, { isArchived: false });
	});

	it('deletes a project type and moves its projects to the replacement', async () => {
		const doomed = await api<ProjectType>('POST', '/projecttypes', { name: 'Short-lived type' });
		const campaign = byName('Campaign');
		const project = await api<{ id: string }>('POST', '/projects', { name: 'Typed project', projectTypeId: doomed.id });
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'delete', projectTypeId: doomed.id, replacementProjectTypeId: campaign.id });
		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, projectTypeId: doomed.id, replacementProjectTypeId: campaign.id });
		expect(types().get(doomed.id)).toBeUndefined();
		expect(collection<{ id: string; projectTypeId: string }>('projects').require(project.id).projectTypeId).toBe(campaign.id);
		expect(sandbox().requests.map((r) => [r.operation, r.body])).toEqual([['POST /projecttypes/{projectTypeId}/delete', { projectTypeId: campaign.id }]]);
	});

	it('deletes a project type without replacement, saying so with null', async () => {
		const doomed = await api<ProjectType>('POST', '/projecttypes', { name: 'Unused type' });
		sandbox().resetLog();
		const { items, error } = await run({ operation: 'delete', projectTypeId: doomed.id });
		expect(error?.message).toBeUndefined();
		expect(items[0].json).toEqual({ success: true, projectTypeId: doomed.id });
		expect(sandbox().requests[0].body).toEqual({ projectTypeId: null });
		expect(types().get(doomed.id)).toBeUndefined();
	});

	it('stops items with a bad or missing project type before sending them, and runs the others', async () => {
		const good = byName('Website');
		sandbox().resetLog();
		const { items, error } = await run(
			{ operation: 'archive', projectTypeId: '={{$json.id}}' },
			[{ id: 'Website' }, { id: '' }, { id: good.id }],
			true,
		);
		expect(error).toBeUndefined();
		expect(items[0].error?.message).toBe("Invalid 'Project Type Name or ID' on item 0: expected a project type ID (GUID) from the list, got 'Website'");
		expect(items[1].error?.message).toBe("Invalid 'Project Type Name or ID' on item 1: expected a project type ID (GUID) from the list, got an empty value");
		expect(items[2].json).toMatchObject({ id: good.id, isArchived: true });
		expect(sandbox().requests).toHaveLength(1);
		await api('POST', `/projecttypes/${good.id}/setarchived`, { isArchived: false });
	});
});
