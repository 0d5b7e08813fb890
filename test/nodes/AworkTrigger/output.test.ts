import { triggerSuite } from './triggerSuite';

const { start, api } = triggerSuite();

async function renamedCompany() {
	const company = await api('POST', '/companies', { name: 'Old Name', industry: 'Shipping' });
	return company as { id: string };
}

describe('awork Trigger: output', () => {
	it('gives the full event by default, with changes also keyed by property', async () => {
		const company = await renamedCompany();
		const trigger = await start({ events: ['company_updated'] });
		await api('PUT', `/companies/${company.id}`, { name: 'New Name', industry: 'Shipping' });
		const [delivery] = await trigger.waitForDeliveries(1);
		const json = delivery.emitted![0].json;
		expect(json).toMatchObject({ eventType: 'company_updated', entityId: company.id, entityType: 'company' });
		expect(json.changes).toEqual(delivery.body.changes);
		expect(json.changes).toContainEqual({ property: 'Name', old: 'Old Name', new: 'New Name' });
		expect(json.changesByProperty).toMatchObject({ Name: { old: 'Old Name', new: 'New Name' } });
		expect(Object.keys(json.changesByProperty as object)).toHaveLength((delivery.body.changes as unknown[]).length);
	});

	it('gives the entity itself with a short event summary when "Entity Only" is chosen', async () => {
		const company = await renamedCompany();
		const trigger = await start({ events: ['company_updated'], output: 'entityOnly' });
		await api('PUT', `/companies/${company.id}`, { name: 'New Name', industry: 'Shipping' });
		const [delivery] = await trigger.waitForDeliveries(1);
		const json = delivery.emitted![0].json;
		expect(json).toMatchObject({ id: company.id, name: 'New Name', industry: 'Shipping' });
		expect(json.event).toEqual({
			eventType: 'company_updated',
			entityType: 'company',
			entityId: company.id,
			timestamp: delivery.body.timestamp,
			triggeredById: (delivery.body.triggeredBy as { id: string }).id,
			changes: expect.objectContaining({ Name: { old: 'Old Name', new: 'New Name' } }),
		});
		expect(json).not.toHaveProperty('entity');
		expect(json).not.toHaveProperty('entityLink');
	});
});
