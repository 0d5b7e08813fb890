/** mergeIdenticalProperties: fewer declarations, but every field shown for exactly the operations it was shown for. */
import { NodeHelpers, type INodeProperties } from 'n8n-workflow';

import { mergeIdenticalProperties } from '../../../../../nodes/Awork/shared/descriptions/merge';

const simplify = (resource: string, operation: string, extra: Partial<INodeProperties> = {}): INodeProperties => ({
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to simplify',
	displayOptions: { show: { resource: [resource], operation: [operation] } },
	...extra,
});

/** Every (resource, operation) pair a list of properties shows `name` for, judged the way n8n judges it. */
function shownFor(properties: INodeProperties[], name: string, pairs: Array<[string, string]>): string[] {
	return pairs
		.filter(([resource, operation]) =>
			properties.some((p) => p.name === name && NodeHelpers.displayParameter({ resource, operation }, p, null, null)),
		)
		.map(([resource, operation]) => `${resource}/${operation}`);
}

const everyPair: Array<[string, string]> = ['r1', 'r2', 'r3'].flatMap((r) => ['o1', 'o2', 'o3'].map((o): [string, string] => [r, o]));

describe('mergeIdenticalProperties', () => {
	it('merges the operations of one resource that show the same field', () => {
		const merged = mergeIdenticalProperties([simplify('r1', 'o1'), simplify('r1', 'o2')]);
		expect(merged).toHaveLength(1);
		expect(merged[0].displayOptions!.show).toEqual({ resource: ['r1'], operation: ['o1', 'o2'] });
	});

	it('merges the resources of one set of operations', () => {
		const merged = mergeIdenticalProperties([simplify('r1', 'o1'), simplify('r2', 'o1')]);
		expect(merged).toHaveLength(1);
		expect(merged[0].displayOptions!.show).toEqual({ resource: ['r1', 'r2'], operation: ['o1'] });
	});

	it('does not merge (r1, o1) and (r2, o2) into a cross product that would also show (r1, o2) and (r2, o1)', () => {
		const input = [simplify('r1', 'o1'), simplify('r2', 'o2')];
		const merged = mergeIdenticalProperties(input);
		expect(merged).toHaveLength(2);
		expect(shownFor(merged, 'simplify', everyPair)).toEqual(['r1/o1', 'r2/o2']);
	});

	it('keeps the display rules exact for any mix, merging a full grid into one declaration', () => {
		const grid = [simplify('r1', 'o1'), simplify('r1', 'o2'), simplify('r2', 'o1'), simplify('r2', 'o2')];
		const merged = mergeIdenticalProperties(grid);
		expect(merged).toHaveLength(1);
		expect(shownFor(merged, 'simplify', everyPair)).toEqual(shownFor(grid, 'simplify', everyPair));

		const ragged = [simplify('r1', 'o1'), simplify('r1', 'o2'), simplify('r2', 'o1'), simplify('r3', 'o3'), simplify('r2', 'o3')];
		const mergedRagged = mergeIdenticalProperties(ragged);
		expect(mergedRagged.length).toBeLessThan(ragged.length);
		expect(shownFor(mergedRagged, 'simplify', everyPair)).toEqual(shownFor(ragged, 'simplify', everyPair));
	});

	it('merges only fields that are the same apart from where they are shown', () => {
		const merged = mergeIdenticalProperties([
			simplify('r1', 'o1'),
			simplify('r1', 'o2', { default: false }),
			simplify('r1', 'o3', { displayOptions: { show: { resource: ['r1'], operation: ['o3'], returnAll: [true] } } }),
		]);
		expect(merged).toHaveLength(3);
	});

	it('keeps other display rules and leaves fields without resource and operation rules alone', () => {
		const limit = (operation: string): INodeProperties => ({
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { resource: ['r1'], operation: [operation], returnAll: [false] } },
		});
		const global: INodeProperties = { displayName: 'Resource', name: 'resource', type: 'options', default: 'r1', options: [] };
		const merged = mergeIdenticalProperties([global, limit('o1'), limit('o2')]);
		expect(merged).toHaveLength(2);
		expect(merged[0]).toBe(global);
		expect(merged[1].displayOptions!.show).toEqual({ resource: ['r1'], operation: ['o1', 'o2'], returnAll: [false] });
	});

	it('tells functions apart (e.g. different routing hooks) and does not change its input', () => {
		const a = async () => [];
		const b = async () => [];
		const withHook = (operation: string, hook: () => Promise<never[]>) =>
			simplify('r1', operation, { routing: { output: { postReceive: [hook] } } } as Partial<INodeProperties>);
		expect(mergeIdenticalProperties([withHook('o1', a), withHook('o2', a)])).toHaveLength(1);
		expect(mergeIdenticalProperties([withHook('o1', a), withHook('o2', b)])).toHaveLength(2);

		const input = [simplify('r1', 'o1'), simplify('r1', 'o2')];
		mergeIdenticalProperties(input);
		expect(input[0].displayOptions!.show!.operation).toEqual(['o1']);
	});

	describe('keeps the order in which every form lists its fields', () => {
		const field = (name: string, show: Record<string, string[]>): INodeProperties => ({
			displayName: name,
			name,
			type: 'string',
			default: '',
			description: name,
			displayOptions: { show },
		});
		/** The names a (resource, operation) form shows, in the order the editor lists them. */
		const formOrder = (properties: INodeProperties[], resource: string, operation: string) =>
			properties.filter((p) => NodeHelpers.displayParameter({ resource, operation }, p, null, null)).map((p) => p.name);
		const expectSameForms = (before: INodeProperties[], after: INodeProperties[], forms: Array<[string, string]>) => {
			for (const [resource, operation] of forms) expect(formOrder(after, resource, operation)).toEqual(formOrder(before, resource, operation));
		};

		it('moves a merged field only where no field of its forms lies in between', () => {
			const input = [
				field('project', { resource: ['r1'], operation: ['get', 'setKey'] }),
				simplify('r1', 'get'),
				field('projectKey', { resource: ['r1'], operation: ['setKey'] }),
				simplify('r1', 'setKey'),
			];
			const merged = mergeIdenticalProperties(input);
			expect(merged.filter((p) => p.name === 'simplify')).toHaveLength(1);
			expectSameForms(input, merged, [
				['r1', 'get'],
				['r1', 'setKey'],
			]);
		});

		it("never lists a resource's shared field above that resource's Operation selector", () => {
			const returnAll = (resource: string) => field('returnAll', { resource: [resource], operation: ['getMany'] });
			const input = [
				{ ...field('operation', { resource: ['r1'] }), type: 'options' as const },
				returnAll('r1'),
				{ ...field('operation', { resource: ['r2'] }), type: 'options' as const },
				field('scope', { resource: ['r2'], operation: ['getMany'] }),
				returnAll('r2'),
			];
			const merged = mergeIdenticalProperties(input);
			expect(merged.filter((p) => p.name === 'returnAll')).toHaveLength(1);
			expect(formOrder(merged, 'r2', 'getMany')).toEqual(['operation', 'scope', 'returnAll']);
			expectSameForms(input, merged, [
				['r1', 'getMany'],
				['r2', 'getMany'],
			]);
		});

		it('leaves a merge out when two forms list the same two fields in opposite orders', () => {
			const input = [
				field('tags', { resource: ['r1'], operation: ['o1'] }),
				field('color', { resource: ['r1'], operation: ['o1'] }),
				field('color', { resource: ['r1'], operation: ['o2'] }),
				field('tags', { resource: ['r1'], operation: ['o2'] }),
			];
			const merged = mergeIdenticalProperties(input);
			expect(merged).toHaveLength(3);
			expectSameForms(input, merged, [
				['r1', 'o1'],
				['r1', 'o2'],
			]);
		});
	});
});
