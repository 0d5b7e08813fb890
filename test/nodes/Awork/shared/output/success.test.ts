/** successOutput: awork's empty answers to business operations become `{ success: true, <what was involved> }`. */
import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

import { successOutput } from '../../../../../nodes/Awork/shared/output/success';
import { itemState } from '../../../../../nodes/Awork/shared/routing/itemState';

/** The function form of a postReceive action, as RoutingNode calls it. */
type PostReceiveFunction = (this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) => Promise<INodeExecutionData[]>;
const asFunction = (action: PostReceiveAction) => action as PostReceiveFunction;
const success = (keys: string[], options?: { always?: boolean }) => asFunction(successOutput(keys, options));

/** A per-item routing context (RoutingNode's have their own `itemIndex`) whose fields produced `values`. */
function itemContext(values: Record<string, unknown>, itemIndex = 0): IExecuteSingleFunctions {
	const context = { itemIndex } as unknown as IExecuteSingleFunctions;
	Object.assign(itemState(context).values, values);
	return context;
}

const answer = (body: unknown): IN8nHttpFullResponse => ({ body, headers: {}, statusCode: body === undefined ? 204 : 200 }) as IN8nHttpFullResponse;
const VALUES = { projectId: 'p1', tags: ['a', 'b'], deleteTimeTrackings: false, unused: undefined };

describe('successOutput', () => {
	it.each([
		['no body', undefined],
		['null', null],
		['an empty text', ''],
		['an empty object', {}],
		['an empty buffer', Buffer.alloc(0)],
	])('turns %s into one success item with the named values that were set', async (_, body) => {
		const items: INodeExecutionData[] = [{ json: {} }];
		const out = await success(['projectId', 'tags', 'deleteTimeTrackings', 'unused', 'never']).call(itemContext(VALUES), items, answer(body));
		expect(out).toEqual([{ json: { success: true, projectId: 'p1', tags: ['a', 'b'], deleteTimeTrackings: false } }]);
	});

	it('leaves the items alone when awork answered with content', async () => {
		for (const body of [{ id: 'p1' }, [], [{ id: 'x' }], 'text', Buffer.from('x')]) {
			const items: INodeExecutionData[] = [{ json: { id: 'p1' } }];
			expect(await success(['projectId']).call(itemContext(VALUES), items, answer(body))).toBe(items);
		}
	});

	it('reports success whatever the body when told to', async () => {
		const out = await success(['projectId'], { always: true }).call(itemContext(VALUES), [{ json: { id: 'p1' } }], answer({ id: 'p1' }));
		expect(out).toEqual([{ json: { success: true, projectId: 'p1' } }]);
	});

	it("reads the values of the item's own context, also from the context RoutingNode derives from it", async () => {
		const first = itemContext({ projectId: 'p1' }, 0);
		const second = itemContext({ projectId: 'p2' }, 1);
		const derived = Object.create(second) as IExecuteSingleFunctions;
		expect(await success(['projectId']).call(first, [], answer(undefined))).toEqual([{ json: { success: true, projectId: 'p1' } }]);
		expect(await success(['projectId']).call(derived, [], answer(undefined))).toEqual([{ json: { success: true, projectId: 'p2' } }]);
	});
});
