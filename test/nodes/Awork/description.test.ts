/**
 * The awork node's description as the editor and AI agents meet it: every operation has an action
 * and a description, every field says what it wants, shared fields are declared once, and no two
 * fields of one name are shown together.
 */
import { NodeHelpers, type INodeProperties, type INodePropertyOptions } from 'n8n-workflow';

import { Awork } from '../../../nodes/Awork/Awork.node';

const { description } = new Awork();
const properties = description.properties;
const resources = (properties.find((p) => p.name === 'resource')!.options as INodePropertyOptions[]).map((o) => String(o.value));

function operationsOf(resource: string): INodePropertyOptions[] {
	const selector = properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource));
	return (selector?.options ?? []) as INodePropertyOptions[];
}

const pairs = resources.flatMap((resource) => operationsOf(resource).map((operation) => ({ resource, operation: String(operation.value) })));

function shownFor(resource: string, operation: string): INodeProperties[] {
	const parameters = { resource, operation, authentication: 'apiKey' };
	return properties.filter((p) => {
		const show = p.displayOptions?.show ?? {};
		// Judge by resource and operation only; other rules (e.g. Limit behind Return All) depend on values.
		const rule = { ...p, displayOptions: { show: { ...(show.resource ? { resource: show.resource } : {}), ...(show.operation ? { operation: show.operation } : {}) } } };
		return NodeHelpers.displayParameter(parameters, rule, null, null);
	});
}

describe('awork node description', () => {
	it('offers every resource with at least one operation', () => {
		for (const resource of resources) expect(operationsOf(resource).length).toBeGreaterThan(0);
	});

	it.each(pairs)('$resource → $operation has an action, a description and described fields', ({ resource, operation }) => {
		const option = operationsOf(resource).find((o) => o.value === operation)!;
		expect(option.action).toMatch(/^[A-Z]/);
		expect(option.description).toBeTruthy();
		const undescribed = shownFor(resource, operation)
			.filter((p) => !['resource', 'operation', 'authentication', 'requestPath'].includes(p.name))
			.filter((p) => p.type !== 'notice' && p.type !== 'hidden' && !p.description);
		expect(undescribed.map((p) => p.name)).toEqual([]);
	});

	it.each(pairs)('$resource → $operation shows each parameter name once', ({ resource, operation }) => {
		const names = shownFor(resource, operation)
			.filter((p) => !p.displayOptions?.show || Object.keys(p.displayOptions.show).every((k) => k === 'resource' || k === 'operation'))
			.map((p) => p.name);
		expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
	});

	it('declares Return All, Limit and Simplify once for many operations, not once per operation', () => {
		for (const name of ['returnAll', 'limit', 'simplify']) {
			const declared = properties.filter((p) => p.name === name);
			const shownIn = pairs.filter(({ resource, operation }) => shownFor(resource, operation).some((p) => p.name === name));
			expect(declared.length).toBeGreaterThan(0);
			expect(declared.length * 2).toBeLessThanOrEqual(shownIn.length);
		}
	});
});
