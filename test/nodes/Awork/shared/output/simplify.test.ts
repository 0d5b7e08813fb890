/** Simplify: the switch that turns bulky awork entities into compact ones, and its small helpers. */
import type { IDataObject, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { compact, ref, secondsToHours, simplifyField, simplifyOutput } from '../../../../../nodes/Awork/shared/output/simplify';

/** The function form of a postReceive action, as RoutingNode calls it. */
type PostReceiveFunction = (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) => Promise<INodeExecutionData[]>;
const asFunction = (action: PostReceiveAction) => action as PostReceiveFunction;

/** A postReceive `this` whose `simplify` parameter is the given value (absent: n8n's fallback applies). */
function withSimplify(value?: boolean) {
	const asked: unknown[][] = [];
	const context = {
		getNodeParameter: (name: string, fallback: unknown) => {
			asked.push([name, fallback]);
			return value === undefined ? fallback : value;
		},
	} as unknown as IExecuteSingleFunctions;
	return { context, asked };
}

const response = { body: {}, headers: {}, statusCode: 200 } as IN8nHttpFullResponse;
const project = { id: 'p1', name: 'Website', members: [{ id: 'u1' }], timeBudget: 5400, company: { id: 'c1', name: 'Acme', industry: 'Media' } };
const toCompact = (entity: IDataObject) => compact({ id: entity.id, name: entity.name, hours: secondsToHours(entity.timeBudget), company: ref(entity.company) });

describe('simplifyOutput', () => {
	it('simplifies every item when Simplify is on, keeping the rest of the item', async () => {
		const { context } = withSimplify(true);
		const items: INodeExecutionData[] = [{ json: project, pairedItem: { item: 0 } }, { json: { ...project, id: 'p2' }, pairedItem: { item: 1 } }];
		const out = await asFunction(simplifyOutput(toCompact)).call(context, items, response);
		expect(out).toEqual([
			{ json: { id: 'p1', name: 'Website', hours: 1.5, company: { id: 'c1', name: 'Acme' } }, pairedItem: { item: 0 } },
			{ json: { id: 'p2', name: 'Website', hours: 1.5, company: { id: 'c1', name: 'Acme' } }, pairedItem: { item: 1 } },
		]);
		expect(items[0].json).toBe(project);
	});

	it('returns the items untouched when Simplify is off', async () => {
		const { context } = withSimplify(false);
		const items = [{ json: project }];
		expect(await asFunction(simplifyOutput(toCompact)).call(context, items, response)).toBe(items);
	});

	it('simplifies when the operation shows no Simplify parameter (fallback on, like its default)', async () => {
		const { context, asked } = withSimplify(undefined);
		const out = await asFunction(simplifyOutput(toCompact)).call(context, [{ json: project }], response);
		expect(out[0].json).not.toHaveProperty('members');
		expect(asked).toEqual([['simplify', true]]);
		expect(simplifyField.property).toMatchObject({ name: 'simplify', type: 'boolean', default: true });
	});
});

describe('ref, compact, secondsToHours', () => {
	it('ref keeps id and name (and the extras asked for) of a nested reference', () => {
		expect(ref({ id: 'c1', name: 'Acme', industry: 'Media', color: 'red' }, 'color', 'missing')).toEqual({ id: 'c1', name: 'Acme', color: 'red' });
		expect(ref(null)).toBeUndefined();
		expect(ref('c1')).toBeUndefined();
	});

	it('compact drops only undefined values', () => {
		expect(compact({ a: undefined, b: null, c: 0, d: '', e: false })).toEqual({ b: null, c: 0, d: '', e: false });
	});

	it('secondsToHours rounds to two decimals', () => {
		expect(secondsToHours(5400)).toBe(1.5);
		expect(secondsToHours(1000)).toBe(0.28);
		expect(secondsToHours(0)).toBe(0);
		expect(secondsToHours('5400')).toBeUndefined();
		expect(secondsToHours(null)).toBeUndefined();
	});
});
